import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Position } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { call, toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { listRecords } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useLiveQuery } from '../../api/useLiveQuery';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { ContactList } from '../shared/contacts/ContactList';
import { confirmStance, useIdentity } from '../shared/positions/positionsApi';
import { PositionsTable } from '../shared/positions/PositionsTable';
import { DeputyDetails } from './DeputyDetails';

const POSITIONS_LIMIT = 2_000;

/** /deputies/:id/view — a deputy: contacts, district, groups, every position, and contacts with residents. */
export function DeputyViewPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { id = '' } = useParams();
  const identity = useIdentity();
  const announce = useAnnounce();
  const deputy = useRecord('deputies', id);
  const districts = useCollection('districts');
  const groups = useCollection('groups');
  const deputies = useCollection('deputies');
  const positions = useLiveQuery(() => call('stances:list', { deputyId: id, limit: POSITIONS_LIMIT }), [id], { collections: ['positions', 'issues'] });
  const contacts = useLiveQuery(() => listRecords('contacts', { where: { deputyIds: id }, orderBy: 'date', descending: true }), [id], { collections: ['contacts'] });
  const deputyMap = useMemo(() => new Map((deputies.items ?? []).map((d) => [d.id, d])), [deputies.items]);
  const districtMap = useMemo(() => new Map((districts.items ?? []).map((d) => [d.id, d])), [districts.items]);
  const back = <BackLink to="/deputies" label={t('deputies.title')} />;

  if (deputy.record === null) return <NotFoundPage listPath="/deputies" />;
  if (!deputy.record || !districts.items || !groups.items) {
    return (
      <Page title={t('deputies.title')} back={back}>
        <ErrorNotice error={deputy.error ?? districts.error ?? groups.error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }
  const record = deputy.record;
  const mayEnter = identity.kind === 'secretary' || identity.deputyId === id;
  const list = positions.data;
  const confirm = async (position: Position) => {
    try {
      await confirmStance(position.id);
      announce(t('positions.confirmed'));
    } catch (failure) {
      announce(errorText(t, toApiError(failure)), 'error');
    }
  };

  return (
    <Page
      title={record.name}
      back={back}
      className="deputy-page"
      actions={
        <>
          {mayEnter ? (
            <Link className="button button-primary" to={identity.kind === 'secretary' ? `/positions/quick?deputy=${id}` : '/positions/quick'}>
              {t('deputyPage.quickEntry')}
            </Link>
          ) : null}
          <Link className="button" to={`/deputies/${id}`}>
            {t('deputyPage.edit')}
          </Link>
        </>
      }
    >
      <DeputyDetails deputy={record} districts={districtMap} groups={groups.items} language={language} />
      <section aria-labelledby="deputy-positions-title">
        <h2 id="deputy-positions-title">{t('deputyPage.positions')}</h2>
        <ErrorNotice error={positions.error} />
        <p className="figure-basis">
          {list === undefined
            ? t('common.loading')
            : list.items.length < list.total
              ? t('positions.page.pendingShown', { shown: list.items.length, count: list.total })
              : `${t('positions.page.mineCount', { count: list.total })}${list.unconfirmed > 0 ? `; ${t('positions.unconfirmedBadge').toLocaleLowerCase(language)}: ${list.unconfirmed}` : ''}`}
        </p>
        {list && list.items.length > 0 ? (
          <PositionsTable
            items={list.items}
            label={t('deputyPage.positions')}
            editable={identity.kind === 'secretary' ? 'onBehalf' : identity.deputyId === id ? 'own' : undefined}
            onConfirm={identity.kind === 'deputy' && identity.deputyId === id ? (position) => void confirm(position) : undefined}
          />
        ) : null}
      </section>
      <section aria-labelledby="deputy-contacts-title">
        <div className="section-header">
          <h2 id="deputy-contacts-title">{t('deputyPage.contacts')}</h2>
          <Link className="button" to={`/contacts/new?deputy=${id}`}>
            {t('deputyPage.addContact')}
          </Link>
        </div>
        <ErrorNotice error={contacts.error} />
        {contacts.data?.length === 0 ? <p className="muted">{t('contacts.noneHere')}</p> : null}
        <ContactList contacts={contacts.data ?? []} deputies={deputyMap} districts={districtMap} />
      </section>
    </Page>
  );
}
