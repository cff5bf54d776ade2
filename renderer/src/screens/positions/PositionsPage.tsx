import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import type { Position } from '../../../../shared/schema/collections';
import { call, toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCollection } from '../../api/useCollection';
import { useLiveQuery } from '../../api/useLiveQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { confirmStance, useIdentity } from '../shared/positions/positionsApi';
import { PositionsTable } from '../shared/positions/PositionsTable';

/** /positions — a deputy's own positions (unconfirmed first); for the secretary, those awaiting confirmation. */
export function PositionsPage() {
  const identity = useIdentity();
  return identity.kind === 'deputy' ? <MyPositions deputyId={identity.deputyId} /> : <PendingPositions />;
}

const MINE_LIMIT = 2_000;
const PAGE = 100;

function QuickEntryLink() {
  const { t } = useTranslation();
  return (
    <Link className="button button-primary" to="/positions/quick">
      {t('positions.page.quickEntry')}
    </Link>
  );
}

function MyPositions({ deputyId }: { deputyId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const list = useLiveQuery(() => call('stances:list', { deputyId, limit: MINE_LIMIT }), [deputyId], { collections: ['positions', 'issues'] });
  const confirm = async (position: Position) => {
    try {
      await confirmStance(position.id);
      announce(t('positions.confirmed'));
    } catch (failure) {
      announce(errorText(t, toApiError(failure)), 'error');
    }
  };
  const value = list.data;
  return (
    <Page title={t('positions.page.mineTitle')} intro={t('positions.page.mineIntro')} actions={<QuickEntryLink />}>
      <ErrorNotice error={list.error} />
      <p className="toolbar-count" role="status">
        {value === undefined
          ? t('common.loading')
          : value.items.length < value.total
            ? t('positions.page.pendingShown', { shown: value.items.length, count: value.total })
            : `${t('positions.page.mineCount', { count: value.total })}${value.unconfirmed > 0 ? `; ${t('positions.page.awaitingMine', { count: value.unconfirmed })}` : ''}`}
      </p>
      {value?.total === 0 ? <p className="empty-state">{t('positions.page.noneMine')}</p> : null}
      {value && value.items.length > 0 ? <PositionsTable items={value.items} label={t('positions.page.mineTitle')} editable="own" onConfirm={(p) => void confirm(p)} /> : null}
    </Page>
  );
}

function PendingPositions() {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const deputies = useCollection('deputies');
  const deputyMap = useMemo(() => new Map((deputies.items ?? []).map((d) => [d.id, d])), [deputies.items]);
  const list = useLiveQuery(() => call('stances:list', { unconfirmedOnly: true, limit }), [limit], { collections: ['positions', 'issues'], keepPrevious: true });
  const value = list.data;
  return (
    <Page title={t('positions.page.pendingTitle')} intro={t('positions.page.pendingIntro')} actions={<QuickEntryLink />}>
      <ErrorNotice error={list.error ?? deputies.error} />
      <p className="toolbar-count" role="status">
        {value === undefined
          ? t('common.loading')
          : value.items.length < value.total
            ? t('positions.page.pendingShown', { shown: value.items.length, count: value.total })
            : t('positions.page.pendingCount', { count: value.total })}
      </p>
      {value?.total === 0 ? <p className="empty-state">{t('positions.page.nonePending')}</p> : null}
      {value && value.items.length > 0 ? <PositionsTable items={value.items} deputies={deputyMap} editable="onBehalf" label={t('positions.page.pendingTitle')} /> : null}
      {value && value.items.length < value.total ? (
        <Button className="button" onPress={() => setLimit((n) => n + PAGE)}>
          {t('positions.page.more')}
        </Button>
      ) : null}
    </Page>
  );
}
