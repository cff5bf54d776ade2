import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { dissentEntries } from '../../../../shared/statements/dissent';
import { errorText } from '../../api/errorText';
import { listRecords, patchRecord } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useLiveQuery } from '../../api/useLiveQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAnnounce } from '../../state/Announcer';
import { dissentHtml } from './dissentHtml';
import { RichTextField } from './editor/RichTextField';
import { useRichText } from './editor/useRichText';
import { useStatement } from './statementContext';

/**
 * /statements/:id/dissent — the reasons of deputies who oppose or abstain on the statement's
 * issues, and the annex built from them, which the secretary may edit (saved with the statement).
 */
export function DissentPage() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { statement, deputyName } = useStatement();
  const { items: issues } = useCollection('issues');
  const issueIds = statement.issueIds;
  const { data: positions, error } = useLiveQuery(
    async () => (await Promise.all(issueIds.map((issueId) => listRecords('positions', { where: { issueId } })))).flat(),
    [issueIds],
    { collections: POSITION_SOURCES },
  );
  const entries = useMemo(() => dissentEntries(positions ?? [], issueIds), [positions, issueIds]);
  const issueTitle = useCallback((id: string) => issues?.find((issue) => issue.id === id)?.title ?? t('statements.unknownIssue'), [issues, t]);
  const rich = useRichText(statement.dissentAnnex, statement.language);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [saving, setSaving] = useState(false);

  const build = () => {
    const fixed = i18n.getFixedT(statement.language);
    rich.editor.commands.setContent(dissentHtml(entries, { deputy: deputyName, issue: issueTitle }, fixed), { emitUpdate: true });
    rich.editor.commands.focus('start');
    setConfirmReplace(false);
    announce(t('statements.dissent.built', { count: entries.length }));
  };
  const save = async () => {
    setSaving(true);
    // What is sent is what counts as saved: the user may go on typing while the save is under way.
    const sent = rich.snapshot();
    const empty = rich.editor.isEmpty;
    try {
      await patchRecord('statements', statement.id, { dissentAnnex: empty ? '' : sent.html });
      sent.markSaved();
      announce(t('statements.dissent.saved'));
    } catch (failure) {
      announce(errorText(t, failure), 'error');
    } finally {
      setSaving(false);
    }
  };

  const opposed = entries.filter((entry) => entry.stance === 'oppose').length;
  return (
    <>
      <section className="card" aria-labelledby="dissent-title">
        <h2 id="dissent-title">{t('statements.dissent.title')}</h2>
        <ErrorNotice error={error} />
        {issueIds.length === 0 ? <p className="muted">{t('statements.dissent.noIssues')}</p> : null}
        {positions && issueIds.length > 0 ? (
          <p>
            {entries.length === 0
              ? t('statements.dissent.nobody')
              : `${[
                  opposed > 0 ? t('statements.dissent.opposed', { count: opposed }) : '',
                  entries.length > opposed ? t('statements.dissent.abstained', { count: entries.length - opposed }) : '',
                ]
                  .filter(Boolean)
                  .join(', ')}.`}
          </p>
        ) : null}
        {entries.length > 0 ? (
          <ul className="stmt-dissent-list">
            {entries.map((entry) => (
              <li key={`${entry.issueId}-${entry.deputyId}`}>
                <strong>{deputyName(entry.deputyId)}</strong> — {t(`statements.dissent.stanceUi.${entry.stance}`)}
                {issueIds.length > 1 ? <span className="muted"> ({issueTitle(entry.issueId)})</span> : null}
                <p className="stmt-dissent-reasons">{entry.reasons || t('statements.dissent.noReasons')}</p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="card" aria-labelledby="annex-title">
        <h2 id="annex-title">{t('statements.dissent.annexTitle')}</h2>
        <p>{t('statements.dissent.annexIntro')}</p>
        <div className="form stmt-form-wide">
          <div className="form-actions">
            <Button className="button" isDisabled={!positions} onPress={() => (rich.editor.isEmpty ? build() : setConfirmReplace(true))}>
              {t('statements.dissent.build')}
            </Button>
          </div>
          {confirmReplace ? (
            <div className="stmt-confirm" role="group" aria-label={t('statements.dissent.build')}>
              <p>{t('statements.dissent.replaceQuestion')}</p>
              <div className="form-actions">
                <Button className="button button-primary" autoFocus onPress={build}>
                  {t('statements.dissent.replaceYes')}
                </Button>
                <Button className="button" onPress={() => setConfirmReplace(false)}>
                  {t('common.cancel')}
                </Button>
              </div>
            </div>
          ) : null}
          <RichTextField rich={rich} label={t('statements.dissent.annexField')} />
          <div className="form-actions">
            <Button className="button button-primary" isDisabled={saving || !rich.dirty} onPress={() => void save()}>
              {saving ? t('common.saving') : t('statements.dissent.save')}
            </Button>
            <p className="muted stmt-form-state" role="status">
              {rich.dirty ? t('statements.edit.unsaved') : t('statements.edit.upToDate')}
            </p>
          </div>
        </div>
      </section>
    </>
  );
}

const POSITION_SOURCES = ['positions'] as const;
