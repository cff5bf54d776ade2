import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { EntityOf } from '../../../../shared/schema/collections';
import { createRecord, patchRecord } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { ExportButton } from '../shared/export/ExportButton';
import { DeputyForm, OPTIONAL_DEPUTY_FIELDS } from './DeputyForm';

/** /deputies/new or /deputies/:id. */
export function DeputyEditPage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { record, error } = useRecord('deputies', isNew ? undefined : id);
  const districts = useCollection('districts');
  const groups = useCollection('groups', { orderBy: 'name' });
  const back = <BackLink to="/deputies" label={t('deputies.title')} />;

  if (!isNew && record === null) return <NotFoundPage listPath="/deputies" />;
  if ((!isNew && !record) || !districts.items || !groups.items) {
    return (
      <Page title={t('deputies.title')} back={back}>
        <ErrorNotice error={error ?? districts.error ?? groups.error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const save = async (data: EntityOf<'deputies'>) => {
    if (isNew) {
      await createRecord('deputies', data);
      announce(t('deputies.created', { name: data.name }));
    } else {
      const unset = OPTIONAL_DEPUTY_FIELDS.filter((field) => record?.[field] !== undefined && data[field] === undefined);
      await patchRecord('deputies', id, data, unset);
      announce(t('deputies.saved'));
    }
    navigate('/deputies');
  };

  return (
    <Page title={record ? t('deputies.editTitle', { name: record.name }) : t('deputies.newTitle')} back={back} actions={record ? <ExportButton what={`deputy:${record.id}`} /> : undefined}>
      <div className="card">
        <DeputyForm
          key={record?.id ?? 'new'}
          deputy={record ?? undefined}
          districts={districts.items}
          groups={groups.items}
          onSave={save}
          onCancel={() => navigate('/deputies')}
        />
      </div>
    </Page>
  );
}
