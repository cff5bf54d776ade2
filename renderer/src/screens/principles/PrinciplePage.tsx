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
import { RecordHistory } from '../shared/RecordHistory';
import { PrincipleForm } from './PrincipleForm';

/** /principles/new or /principles/:id — the edit form, and for a saved principle its history. */
export function PrinciplePage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { record, error } = useRecord('principles', isNew ? undefined : id);
  const { items: all } = useCollection('principles');

  if (!isNew && record === null) return <NotFoundPage listPath="/principles" />;
  if ((!isNew && record === undefined) || all === undefined) {
    return (
      <Page title={t('principles.title')}>
        <ErrorNotice error={error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const save = async (data: EntityOf<'principles'>) => {
    if (isNew) {
      await createRecord('principles', data);
      announce(t('principles.created'));
      navigate('/principles');
    } else {
      await patchRecord('principles', id, data);
      announce(t('principles.saved'));
    }
  };

  const nextNumber = all.reduce((max, p) => Math.max(max, p.number), 0) + 1;
  const fieldLabel = (field: string) => (field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field);
  return (
    <Page
      title={isNew || !record ? t('principles.newTitle') : t('principles.numbered', { number: record.number, title: record.title })}
      back={<BackLink to="/principles" label={t('principles.title')} />}
    >
      <div className="card">
        {/* Keyed by record so a save elsewhere does not leave stale defaults in the form. */}
        <PrincipleForm key={record?.id ?? 'new'} principle={record ?? undefined} nextNumber={nextNumber} onSave={save} onCancel={() => navigate('/principles')} />
      </div>
      {!isNew ? <RecordHistory collection="principles" id={id} fieldLabel={fieldLabel} /> : null}
    </Page>
  );
}

const FIELD_KEYS = {
  number: 'principles.fields.number',
  title: 'principles.fields.title',
  summary: 'principles.fields.summary',
  text: 'principles.fields.text',
} as const;
