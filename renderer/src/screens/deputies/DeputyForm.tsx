import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DeputySchema } from '../../../../shared/schema/entities';
import type { Deputy, District, EntityOf, Group } from '../../../../shared/schema/collections';
import { FormCheckboxes } from '../../forms/FormCheckboxes';
import { FormDistrict } from '../../forms/FormDistrict';
import { FormSelect, FormText } from '../../forms/FormFields';
import { blankToUndefined, schemaResolver } from '../../forms/schemaResolver';
import { useSaveForm } from '../../forms/useSaveForm';
import { FormActions } from '../../forms/FormActions';

type DeputyData = EntityOf<'deputies'>;
interface Values {
  name: string;
  districtId: string | null;
  councilRole: DeputyData['councilRole'];
  party: string;
  email: string;
  phone: string;
  termStart: string;
  termEnd: string;
  status: DeputyData['status'];
  groupIds: string[];
}

const FIELDS = ['name', 'districtId', 'councilRole', 'party', 'email', 'phone', 'termStart', 'termEnd', 'status', 'groupIds'] as const;
/** Fields a deputy may lack; emptying one must clear it on save. */
export const OPTIONAL_DEPUTY_FIELDS = ['party', 'email', 'phone', 'termStart', 'termEnd'] as const;

function toInput(values: Values) {
  return {
    ...values,
    districtId: values.districtId ?? undefined,
    party: blankToUndefined(values.party),
    email: blankToUndefined(values.email),
    phone: blankToUndefined(values.phone),
    termStart: blankToUndefined(values.termStart),
    termEnd: blankToUndefined(values.termEnd),
  };
}

function defaults(deputy: Deputy | undefined): Values {
  return {
    name: deputy?.name ?? '',
    districtId: deputy?.districtId ?? null,
    councilRole: deputy?.councilRole ?? 'member',
    party: deputy?.party ?? '',
    email: deputy?.email ?? '',
    phone: deputy?.phone ?? '',
    termStart: deputy?.termStart ?? '',
    termEnd: deputy?.termEnd ?? '',
    status: deputy?.status ?? 'active',
    groupIds: deputy?.groupIds ?? [],
  };
}

interface Props {
  deputy?: Deputy;
  districts: readonly District[];
  groups: readonly Group[];
  onSave: (data: DeputyData) => Promise<void>;
  onCancel: () => void;
}

export function DeputyForm({ deputy, districts, groups, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, DeputyData>({ resolver: schemaResolver(DeputySchema, toInput), defaultValues: defaults(deputy) });
  const { submit, saving } = useSaveForm(form, FIELDS, onSave);
  const { control } = form;
  return (
    <form noValidate className="form" onSubmit={submit}>
      <FormText control={control} name="name" label={t('deputies.fields.name')} autoComplete="off" />
      <FormDistrict control={control} name="districtId" districts={districts} label={t('deputies.fields.district')} />
      <div className="form-row">
        <FormSelect
          control={control}
          name="councilRole"
          label={t('deputies.fields.councilRole')}
          options={(['member', 'deputy_head', 'head'] as const).map((role) => ({ id: role, label: t(`deputies.roles.${role}`) }))}
        />
        <FormSelect
          control={control}
          name="status"
          label={t('deputies.fields.status')}
          options={(['active', 'former', 'suspended'] as const).map((status) => ({ id: status, label: t(`deputies.statuses.${status}`) }))}
        />
      </div>
      <FormText control={control} name="party" label={t('deputies.fields.party')} description={t('deputies.fields.partyHint')} optional />
      <fieldset className="fieldset">
        <legend>{t('deputies.contacts')}</legend>
        <div className="form-row">
          <FormText control={control} name="email" type="email" label={t('deputies.fields.email')} optional />
          <FormText control={control} name="phone" type="tel" label={t('deputies.fields.phone')} optional />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('deputies.term')}</legend>
        <div className="form-row">
          <FormText control={control} name="termStart" type="date" label={t('deputies.fields.termStart')} optional />
          <FormText control={control} name="termEnd" type="date" label={t('deputies.fields.termEnd')} optional />
        </div>
      </fieldset>
      <FormCheckboxes
        control={control}
        name="groupIds"
        label={t('deputies.fields.groups')}
        options={groups.map((group) => ({ id: group.id, label: group.name }))}
        emptyText={t('deputies.fields.noGroups')}
      />
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
