import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityOf } from '../../../../shared/schema/collections';
import { createRecord, patchRecord } from '../../api/records';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { ExportButton } from '../shared/export/ExportButton';
import { GroupForm } from './GroupForm';
import { GroupMembers } from './GroupMembers';

/** /groups/new or /groups/:id — the group's details and its members. */
export function GroupPage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { record, error } = useRecord('groups', isNew ? undefined : id);
  const back = <BackLink to="/groups" label={t('groups.title')} />;

  if (!isNew && record === null) return <NotFoundPage listPath="/groups" />;
  if (!isNew && !record) {
    return (
      <Page title={t('groups.title')} back={back}>
        <ErrorNotice error={error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const save = async (data: EntityOf<'groups'>) => {
    if (isNew) {
      const created = await createRecord('groups', data);
      announce(t('groups.created'));
      // Straight on to the members, which need a saved group.
      navigate(`/groups/${created.id}`, { replace: true });
    } else {
      await patchRecord('groups', id, data);
      announce(t('groups.saved'));
    }
  };

  return (
    <Page title={record ? t('groups.editTitle', { name: record.name }) : t('groups.newTitle')} back={back} actions={record ? <ExportButton what={`group:${record.id}`} /> : undefined}>
      <div className="card">
        <GroupForm key={record?.id ?? 'new'} group={record ?? undefined} onSave={save} onCancel={() => navigate('/groups')} />
      </div>
      {record ? <GroupMembers groupId={record.id} /> : <p className="muted">{t('groups.saveFirst')}</p>}
    </Page>
  );
}
