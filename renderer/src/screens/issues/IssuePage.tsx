import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { listRecords } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useLiveQuery } from '../../api/useLiveQuery';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { IssueAgreementSection } from '../shared/agreement/IssueAgreementSection';
import { ContactList } from '../shared/contacts/ContactList';
import { newestPerDeputy, useIdentity } from '../shared/positions/positionsApi';
import { IssueFacts } from './IssueFacts';
import { IssuePositions } from './IssuePositions';
import { IssueTimeline } from './IssueTimeline';

/** /issues/:id — the issue, the alliance's agreement on it, every deputy's position, contacts, and a timeline. */
export function IssuePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const identity = useIdentity();
  const issue = useRecord('issues', id);
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const principles = useCollection('principles', { orderBy: 'number' });
  const positions = useLiveQuery(async () => newestPerDeputy(await listRecords('positions', { where: { issueId: id } })), [id], { collections: ['positions'] });
  const contacts = useLiveQuery(() => listRecords('contacts', { where: { issueIds: id }, orderBy: 'date', descending: true }), [id], { collections: ['contacts'] });
  const deputyMap = useMemo(() => new Map((deputies.items ?? []).map((d) => [d.id, d])), [deputies.items]);
  const districtMap = useMemo(() => new Map((districts.items ?? []).map((d) => [d.id, d])), [districts.items]);
  const back = <BackLink to="/issues" label={t('issues.title')} />;

  if (issue.record === null) return <NotFoundPage listPath="/issues" />;
  if (!issue.record || !deputies.items || !districts.items || !principles.items || !positions.data) {
    return (
      <Page title={issue.record?.title ?? t('issues.title')} back={back}>
        <ErrorNotice error={issue.error ?? deputies.error ?? districts.error ?? principles.error ?? positions.error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const record = issue.record;
  const mine = identity.kind === 'deputy' ? positions.data.find((p) => p.deputyId === identity.deputyId) : undefined;
  const positionAction =
    identity.kind === 'secretary' ? t('issues.page.recordOnBehalf') : mine ? t('issues.page.changeMine') : t('issues.page.recordMine');

  return (
    <Page
      title={record.title}
      back={back}
      className="issue-page"
      actions={
        <>
          <Link className="button button-primary" to={`/issues/${id}/position`}>
            {positionAction}
          </Link>
          <Link className="button" to={`/issues/${id}/edit`}>
            {t('issues.edit')}
          </Link>
        </>
      }
    >
      <IssueFacts issue={record} districts={districtMap} principles={principles.items} />
      {/* The agreement panel and the alliance line: built and owned by the alliance screens. */}
      <div className="issue-agreement-slot">
        <IssueAgreementSection issueId={id} />
      </div>
      <IssuePositions issue={record} positions={positions.data} deputies={deputyMap} principles={principles.items} identity={identity} />
      <section className="issue-contacts" aria-labelledby="issue-contacts-title">
        <div className="section-header">
          <h2 id="issue-contacts-title">{t('issues.page.contacts')}</h2>
          <Link className="button" to={`/contacts/new?issue=${id}`}>
            {t('issues.page.addContact')}
          </Link>
        </div>
        <ErrorNotice error={contacts.error} />
        {contacts.data?.length === 0 ? <p className="muted">{t('contacts.noneHere')}</p> : null}
        <ContactList contacts={contacts.data ?? []} deputies={deputyMap} districts={districtMap} hideIssueId={id} />
      </section>
      <IssueTimeline issue={record} positions={positions.data} deputies={deputyMap} districts={districtMap} principles={principles.items} />
    </Page>
  );
}
