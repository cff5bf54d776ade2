import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GroupSchema } from '../../../../shared/schema/entities';
import type { EntityOf, Group } from '../../../../shared/schema/collections';
import { FormSelect, FormText } from '../../forms/FormFields';
import { schemaResolver } from '../../forms/schemaResolver';
import { useSaveForm } from '../../forms/useSaveForm';
import { FormActions } from '../../forms/FormActions';

type GroupData = EntityOf<'groups'>;
type Values = GroupData;
const FIELDS = ['name', 'kind', 'description'] as const;

interface Props {
  group?: Group;
  onSave: (data: GroupData) => Promise<void>;
  onCancel: () => void;
}

export function GroupForm({ group, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, GroupData>({
    resolver: schemaResolver(GroupSchema, (values: Values) => values),
    defaultValues: { name: group?.name ?? '', kind: group?.kind ?? 'working', description: group?.description ?? '' },
  });
  const { submit, saving } = useSaveForm(form, FIELDS, onSave);
  const { control } = form;
  return (
    <form noValidate className="form" onSubmit={submit}>
      <FormText control={control} name="name" label={t('groups.fields.name')} />
      <FormSelect
        control={control}
        name="kind"
        label={t('groups.fields.kind')}
        options={(['inter_regional', 'working', 'caucus'] as const).map((kind) => ({ id: kind, label: t(`groups.kinds.${kind}`) }))}
      />
      <FormText control={control} name="description" label={t('groups.fields.description')} multiline rows={3} optional />
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
