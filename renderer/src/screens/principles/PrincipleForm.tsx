import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PrincipleSchema } from '../../../../shared/schema/entities';
import type { EntityOf, Principle } from '../../../../shared/schema/collections';
import { FormText } from '../../forms/FormFields';
import { schemaResolver } from '../../forms/schemaResolver';
import { useSaveForm } from '../../forms/useSaveForm';
import { FormActions } from '../../forms/FormActions';

interface Values {
  number: string;
  title: string;
  summary: string;
  text: string;
}

const FIELDS = ['number', 'title', 'summary', 'text'] as const;

function toInput(values: Values) {
  const number = values.number.trim();
  return { ...values, number: number === '' ? undefined : Number(number) };
}

interface Props {
  principle?: Principle;
  /** The number a new principle gets: one after the last. */
  nextNumber: number;
  onSave: (data: EntityOf<'principles'>) => Promise<void>;
  onCancel: () => void;
}

export function PrincipleForm({ principle, nextNumber, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, EntityOf<'principles'>>({
    resolver: schemaResolver(PrincipleSchema, toInput),
    defaultValues: {
      number: String(principle?.number ?? nextNumber),
      title: principle?.title ?? '',
      summary: principle?.summary ?? '',
      text: principle?.text ?? '',
    },
  });
  const { submit, saving } = useSaveForm(form, FIELDS, onSave);
  const { control } = form;
  return (
    <form noValidate className="form" onSubmit={submit}>
      <FormText control={control} name="number" label={t('principles.fields.number')} inputMode="numeric" className="field-narrow" />
      <FormText control={control} name="title" label={t('principles.fields.title')} />
      <FormText control={control} name="summary" label={t('principles.fields.summary')} description={t('principles.fields.summaryHint')} multiline rows={2} optional />
      <FormText control={control} name="text" label={t('principles.fields.text')} multiline rows={8} optional />
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
