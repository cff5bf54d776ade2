import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Position } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { listRecords } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useLiveQuery } from '../../api/useLiveQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { districtName } from '../../lib/districts';
import { compareText } from '../../lib/search';
import { useAnnounce } from '../../state/Announcer';
import { recordStance, useIdentity } from '../shared/positions/positionsApi';
import type { Stance } from '../shared/positions/stances';
import { DeputyPicker } from '../shared/DeputyPicker';
import { OnBehalfBar, useOnBehalf } from './OnBehalfBar';
import { QuickEntryGrid, type QuickRow } from './QuickEntryGrid';
import { ReasonsDialog } from './ReasonsDialog';

const OPEN = new Set(['open', 'hearing']);

/** /positions/quick — many stances of one deputy, fast, by keyboard: every open issue of their district. */
export function QuickEntryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const announce = useAnnounce();
  const identity = useIdentity();
  const [params, setParams] = useSearchParams();
  const deputyId = identity.kind === 'deputy' ? identity.deputyId : params.get('deputy');
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const deputy = deputies.items?.find((d) => d.id === deputyId);
  const district = districts.items?.find((d) => d.id === deputy?.districtId);
  const districtLabel = district ? districtName(district, language) : '';
  const onBehalf = useOnBehalf(identity.kind === 'secretary');
  const issues = useLiveQuery(
    async () => (deputy ? (await listRecords('issues', { where: { districtIds: deputy.districtId } })).filter((i) => OPEN.has(i.status)) : []),
    [deputy?.districtId],
    { collections: ['issues'] },
  );
  const positions = useLiveQuery(async () => (deputyId ? await listRecords('positions', { where: { deputyId } }) : []), [deputyId], { collections: ['positions'] });
  // What was saved here, and what is being saved: shown at once, before the list reloads.
  const [saved, setSaved] = useState(new Map<string, Position>());
  const [pending, setPending] = useState(new Map<string, Stance>());
  const [editing, setEditing] = useState<{ row: QuickRow; cell: HTMLElement }>();
  const returnFocus = useRef<HTMLElement | null>(null);

  const byIssue = useMemo(() => {
    const map = new Map<string, Position>();
    for (const position of positions.data ?? []) {
      const seen = map.get(position.issueId);
      if (!seen || seen.updatedAt < position.updatedAt) map.set(position.issueId, position);
    }
    for (const position of saved.values()) {
      const seen = map.get(position.issueId);
      if (!seen || seen.updatedAt <= position.updatedAt) map.set(position.issueId, position);
    }
    return map;
  }, [positions.data, saved]);
  const rows: QuickRow[] = useMemo(
    () =>
      [...(issues.data ?? [])]
        .sort((a, b) => compareText(a.title, b.title, language))
        .map((issue) => {
          const position = byIssue.get(issue.id);
          return {
            issue,
            stance: pending.get(issue.id) ?? position?.stance,
            reasons: position?.reasons ?? '',
            unconfirmed: position ? !position.provenance.confirmed : false,
          };
        }),
    [issues.data, byIssue, pending, language],
  );

  const save = async (row: QuickRow, stance: Stance, reasons: string) => {
    if (!deputyId) return;
    const channel = onBehalf.input();
    if (onBehalf.enabled && !channel) return;
    const existing = byIssue.get(row.issue.id);
    setPending((map) => new Map(map).set(row.issue.id, stance));
    try {
      const position = await recordStance({
        issueId: row.issue.id,
        deputyId,
        stance,
        reasons,
        principleChecks: existing?.principleChecks ?? [],
        ...(channel ? { onBehalf: channel } : {}),
      });
      setSaved((map) => new Map(map).set(row.issue.id, position));
      const stanceText = t(`positions.stances.${stance}`).toLocaleLowerCase(language);
      announce(reasons === row.reasons ? t('positions.quick.saved', { title: row.issue.title, stance: stanceText }) : t('positions.quick.reasonsSaved', { title: row.issue.title }));
    } catch (failure) {
      announce(errorText(t, toApiError(failure)), 'error');
    } finally {
      setPending((map) => {
        const next = new Map(map);
        next.delete(row.issue.id);
        return next;
      });
    }
  };

  const setCount = rows.filter((row) => row.stance).length;
  return (
    <Page title={t('positions.quick.title')} intro={t('positions.quick.intro')} className="quick-page">
      <ErrorNotice error={deputies.error ?? issues.error ?? positions.error} />
      {identity.kind === 'secretary' && deputies.items && districts.items ? (
        <div className="card quick-setup">
          <DeputyPicker
            label={t('positions.quick.forDeputy')}
            deputies={deputies.items}
            districts={districts.items}
            value={deputyId}
            onChange={(id) => setParams(id ? { deputy: id } : {}, { replace: true })}
          />
          <OnBehalfBar state={onBehalf} />
        </div>
      ) : null}
      {!deputyId ? <p className="empty-state">{t('positions.quick.chooseDeputy')}</p> : null}
      {deputy && issues.data ? (
        <>
          <p className="quick-keys">{t('positions.quick.keys')}</p>
          <p className="toolbar-count" role="status">
            {t('positions.quick.district', { district: districtLabel })}. {t('positions.quick.counts', { count: rows.length, set: setCount })}
          </p>
          {rows.length === 0 ? (
            <p className="empty-state">{t('positions.quick.noIssues')}</p>
          ) : (
            <div className="quick-grid-wrap">
              <QuickEntryGrid
                rows={rows}
                label={t('positions.quick.gridLabel', { district: `${deputy.name}, ${districtLabel}` })}
                onStance={(row, stance) => void save(row, stance, row.reasons)}
                onReasons={(row, cell) => {
                  if (!row.stance) {
                    announce(t('positions.quick.reasonsNeedStance'), 'error');
                    return;
                  }
                  returnFocus.current = cell;
                  setEditing({ row, cell });
                }}
              />
            </div>
          )}
        </>
      ) : null}
      {editing ? (
        <ReasonsDialog
          title={editing.row.issue.title}
          initial={editing.row.reasons}
          onClose={() => {
            setEditing(undefined);
            returnFocus.current?.focus();
          }}
          onSave={(reasons) => {
            const { row } = editing;
            setEditing(undefined);
            returnFocus.current?.focus();
            if (row.stance) void save(row, row.stance, reasons);
          }}
        />
      ) : null}
    </Page>
  );
}
