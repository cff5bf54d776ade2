import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DistrictSchema } from '../../../../shared/schema/entities';
import type { District, EntityOf } from '../../../../shared/schema/collections';
import { FormSelect, FormText } from '../../forms/FormFields';
import { blankToUndefined, schemaResolver } from '../../forms/schemaResolver';
import { useSaveForm } from '../../forms/useSaveForm';
import { FormActions } from '../../forms/FormActions';

interface Values {
  name: string;
  nameEn: string;
  region: string;
  okrug: string;
  okrugName: string;
  kind: EntityOf<'districts'>['kind'];
  oktmo: string;
}

const FIELDS = ['name', 'nameEn', 'region', 'okrug', 'okrugName', 'kind', 'oktmo'] as const;
export const DISTRICT_KINDS = ['municipal_okrug', 'settlement', 'city_okrug', 'other'] as const;

function toInput(values: Values) {
  return {
    name: values.name,
    region: values.region,
    kind: values.kind,
    nameEn: blankToUndefined(values.nameEn),
    okrug: blankToUndefined(values.okrug),
    okrugName: blankToUndefined(values.okrugName),
    oktmo: blankToUndefined(values.oktmo),
    // Only the built-in Moscow directory is marked built-in; what users add never is.
    builtIn: false,
  };
}

interface Props {
  district?: District;
  onSave: (data: EntityOf<'districts'>) => Promise<void>;
  onCancel: () => void;
}

/** A district of another region (the Moscow directory is read-only). */
export function DistrictForm({ district, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, EntityOf<'districts'>>({
    resolver: schemaResolver(DistrictSchema, toInput),
    defaultValues: {
      name: district?.name ?? '',
      nameEn: district?.nameEn ?? '',
      region: district?.region ?? '',
      okrug: district?.okrug ?? '',
      okrugName: district?.okrugName ?? '',
      kind: district?.kind ?? 'municipal_okrug',
      oktmo: district?.oktmo ?? '',
    },
  });
  const { submit, saving } = useSaveForm(form, FIELDS, onSave);
  const { control } = form;
  return (
    <form noValidate className="form" onSubmit={submit}>
      <FormText control={control} name="name" label={t('districts.fields.name')} />
      <FormText control={control} name="region" label={t('districts.fields.region')} description={t('districts.fields.regionHint')} />
      <FormSelect control={control} name="kind" label={t('districts.fields.kind')} options={DISTRICT_KINDS.map((kind) => ({ id: kind, label: t(`districts.kinds.${kind}`) }))} />
      <div className="form-row">
        <FormText control={control} name="okrugName" label={t('districts.fields.okrugName')} optional />
        <FormText control={control} name="okrug" label={t('districts.fields.okrug')} optional className="field-narrow" />
      </div>
      <div className="form-row">
        <FormText control={control} name="nameEn" label={t('districts.fields.nameEn')} optional />
        <FormText control={control} name="oktmo" label={t('districts.fields.oktmo')} inputMode="numeric" optional className="field-narrow" />
      </div>
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
