import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { createRecord, patchRecord } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { formatNumericDate } from '../../lib/dates';
import { useAnnounce } from '../../state/Announcer';
import { useIssueSummaries } from '../shared/useIssueSummaries';
import { ContactForm } from './ContactForm';
import { OPTIONAL_CONTACT_FIELDS, type ContactData, type ContactValues } from './contactFormModel';

/** /contacts/new (?issue=, ?deputy= fill those in) or /contacts/:id. */
export function ContactEditPage() {
  const { t, i18n } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { record, error } = useRecord('contacts', isNew ? undefined : id);
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const issues = useIssueSummaries();
  const fromIssue = params.get('issue');
  const fromDeputy = params.get('deputy');
  // Back where the user came from: the issue or the deputy the new entry was started on, else the log.
  const backTo = fromIssue ? `/issues/${fromIssue}` : fromDeputy ? `/deputies/${fromDeputy}/view` : '/contacts';
  const back = <BackLink to={backTo} label={t('contacts.title')} />;

  if (!isNew && record === null) return <NotFoundPage listPath="/contacts" />;
  if ((!isNew && !record) || !deputies.items || !districts.items || !issues.data) {
    return (
      <Page title={t('contacts.title')} back={back}>
        <ErrorNotice error={error ?? deputies.error ?? districts.error ?? issues.error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const deputy = fromDeputy ? deputies.items.find((d) => d.id === fromDeputy) : undefined;
  const preset: Partial<ContactValues> = {
    ...(fromIssue ? { issueIds: [fromIssue] } : {}),
    ...(deputy ? { deputyIds: [deputy.id], districtId: deputy.districtId } : {}),
  };
  const save = async (data: ContactData) => {
    if (isNew) {
      await createRecord('contacts', data);
      announce(t('contacts.created'));
    } else {
      const unset = OPTIONAL_CONTACT_FIELDS.filter((field) => record?.[field] !== undefined && data[field] === undefined);
      await patchRecord('contacts', id, data, unset);
      announce(t('contacts.saved'));
    }
    navigate(backTo);
  };

  const title = record
    ? t('contacts.editTitle', { kind: t(`contacts.kinds.${record.kind}`), date: formatNumericDate(record.date, i18n.language) })
    : t('contacts.newTitle');
  return (
    <Page title={title} back={back}>
      <div className="card">
        <ContactForm
          key={record?.id ?? 'new'}
          contact={record ?? undefined}
          preset={isNew ? preset : undefined}
          deputies={deputies.items}
          districts={districts.items}
          issues={issues.data}
          onSave={save}
          onCancel={() => navigate(backTo)}
        />
      </div>
    </Page>
  );
}
