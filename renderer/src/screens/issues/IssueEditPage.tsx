import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { createRecord, patchRecord } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { IssueForm } from './IssueForm';
import { OPTIONAL_ISSUE_FIELDS, type IssueData } from './issueFormSchema';

/** /issues/new, or /issues/:id/edit. */
export function IssueEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isNew = id === undefined;
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { record, error } = useRecord('issues', id);
  const districts = useCollection('districts');
  const principles = useCollection('principles', { orderBy: 'number' });
  const backTo = isNew ? '/issues' : `/issues/${id}`;
  const back = <BackLink to={backTo} label={isNew || !record ? t('issues.title') : record.title} />;

  if (!isNew && record === null) return <NotFoundPage listPath="/issues" />;
  if ((!isNew && !record) || !districts.items || !principles.items) {
    return (
      <Page title={t('issues.title')} back={back}>
        <ErrorNotice error={error ?? districts.error ?? principles.error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const save = async (data: IssueData) => {
    if (isNew) {
      const created = await createRecord('issues', data);
      announce(t('issues.created', { title: data.title }));
      navigate(`/issues/${created.id}`);
      return;
    }
    const unset = OPTIONAL_ISSUE_FIELDS.filter((field) => record?.[field] !== undefined && data[field] === undefined);
    await patchRecord('issues', id, data, unset);
    announce(t('issues.saved'));
    navigate(`/issues/${id}`);
  };

  return (
    <Page title={record ? t('issues.editTitle', { title: record.title }) : t('issues.newTitle')} back={back}>
      <div className="card">
        <IssueForm
          key={record?.id ?? 'new'}
          issue={record ?? undefined}
          districts={districts.items}
          principles={principles.items}
          onSave={save}
          onCancel={() => navigate(backTo)}
        />
      </div>
    </Page>
  );
}
