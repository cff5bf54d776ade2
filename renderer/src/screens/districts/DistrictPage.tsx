import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { District, EntityOf } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { createRecord, patchRecord } from '../../api/records';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { districtName, okrugAbbr, okrugLabel } from '../../lib/districts';
import { useAnnounce } from '../../state/Announcer';
import { ExportButton } from '../shared/export/ExportButton';
import { DistrictDeputies } from './DistrictDeputies';
import { DistrictForm } from './DistrictForm';

/** /districts/new, a user-added district (editable), or a built-in one (read-only). */
export function DistrictPage() {
  const { t, i18n } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { record, error } = useRecord('districts', isNew ? undefined : id);
  const back = <BackLink to="/districts" label={t('districts.title')} />;

  if (!isNew && record === null) return <NotFoundPage listPath="/districts" />;
  if (!isNew && !record) {
    return (
      <Page title={t('districts.title')} back={back}>
        <ErrorNotice error={error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }
  if (record?.builtIn) return <BuiltInDistrict district={record} language={i18n.language as Language} back={back} />;

  const save = async (data: EntityOf<'districts'>) => {
    if (isNew) {
      await createRecord('districts', data);
      announce(t('districts.created'));
      navigate('/districts');
    } else {
      await patchRecord('districts', id, data, unsetFields(record, data));
      announce(t('districts.saved'));
    }
  };
  return (
    <Page title={record ? t('districts.editTitle', { name: record.name }) : t('districts.newTitle')} back={back} actions={record ? <ExportButton what={`district:${record.id}`} /> : undefined}>
      <div className="card">
        <DistrictForm key={record?.id ?? 'new'} district={record ?? undefined} onSave={save} onCancel={() => navigate('/districts')} />
      </div>
      {record ? <DistrictDeputies districtId={record.id} /> : null}
    </Page>
  );
}

/** Optional fields the user emptied: the patch must clear them, not keep the old values. */
function unsetFields(record: District | null | undefined, data: EntityOf<'districts'>): string[] {
  const optional = ['nameEn', 'okrug', 'okrugName', 'oktmo'] as const;
  return optional.filter((field) => record?.[field] !== undefined && data[field] === undefined);
}

function BuiltInDistrict({ district, language, back }: { district: District; language: Language; back: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={districtName(district, language)} back={back} actions={<ExportButton what={`district:${district.id}`} />}>
      <div className="card">
        <p className="muted">{t('districts.builtInNote')}</p>
        <dl className="details">
          <dt>{t('districts.fields.region')}</dt>
          <dd>{district.region}</dd>
          {district.okrug ? (
            <>
              <dt>{t('districts.fields.adminOkrug')}</dt>
              <dd>{t('districts.okrug', { name: okrugLabel(district.okrug, language), abbr: okrugAbbr(district.okrug, language) })}</dd>
            </>
          ) : null}
          <dt>{t('districts.fields.kind')}</dt>
          <dd>{t(`districts.kinds.${district.kind}`)}</dd>
          {district.oktmo ? (
            <>
              <dt>{t('districts.fields.oktmo')}</dt>
              <dd>{district.oktmo}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <DistrictDeputies districtId={district.id} />
    </Page>
  );
}
