import { useMemo } from 'react';
import { Controller, useController, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../../shared/ipc/issues-contract';
import type { Contact, Deputy, District } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { DistrictPicker } from '../../components/DistrictPicker';
import { MultiPicker } from '../../components/MultiPicker';
import { FormActions } from '../../forms/FormActions';
import { FormSelect, FormText, useFieldError } from '../../forms/FormFields';
import { useSaveForm } from '../../forms/useSaveForm';
import { districtName } from '../../lib/districts';
import { compareText } from '../../lib/search';
import { CONTACT_KINDS, contactDefaults, contactResolver, type ContactData, type ContactValues } from './contactFormModel';

interface Props {
  contact?: Contact;
  preset?: Partial<ContactValues>;
  deputies: readonly Deputy[];
  districts: readonly District[];
  issues: readonly IssueSummary[];
  onSave: (data: ContactData) => Promise<void>;
  onCancel: () => void;
}

const FIELDS = ['date', 'kind', 'deputyIds', 'districtId', 'residents', 'summary', 'issueIds'] as const;

/** A reception, meeting, appeal or event with residents: when, who, where, how many, what about, which issues. */
export function ContactForm({ contact, preset, deputies, districts, issues, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const form = useForm<ContactValues, unknown, ContactData>({ resolver: contactResolver, defaultValues: contactDefaults(contact, preset) });
  const { submit, saving } = useSaveForm(form, FIELDS, onSave);
  const { control } = form;
  const districtNames = useMemo(() => new Map(districts.map((d) => [d.id, districtName(d, language)])), [districts, language]);
  const deputyOptions = useMemo(
    () =>
      [...deputies]
        .sort((a, b) => compareText(a.name, b.name, language))
        .map((d) => ({ id: d.id, label: `${d.name} (${districtNames.get(d.districtId) ?? ''})` })),
    [deputies, districtNames, language],
  );
  const issueOptions = useMemo(() => [...issues].sort((a, b) => compareText(a.title, b.title, language)).map((i) => ({ id: i.id, label: i.title })), [issues, language]);

  return (
    <form noValidate className="form contact-form" onSubmit={submit}>
      <div className="form-row">
        <FormText control={control} name="date" type="date" label={t('contacts.fields.date')} />
        <FormSelect control={control} name="kind" label={t('contacts.fields.kind')} options={CONTACT_KINDS.map((kind) => ({ id: kind, label: t(`contacts.kinds.${kind}`) }))} />
        <FormText control={control} name="residents" label={t('contacts.fields.residents')} inputMode="numeric" optional autoComplete="off" />
      </div>
      <ChosenField
        control={control}
        name="deputyIds"
        options={deputyOptions}
        label={t('contacts.fields.deputies')}
        addLabel={t('contacts.pickers.addDeputy')}
        placeholder={t('contacts.pickers.deputyPlaceholder')}
        emptyText={t('contacts.pickers.noDeputies')}
      />
      <Controller
        control={control}
        name="districtId"
        render={({ field }) => (
          <DistrictPicker
            districts={districts}
            label={t('contacts.fields.district')}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            optional
          />
        )}
      />
      <FormText control={control} name="summary" label={t('contacts.fields.summary')} multiline rows={4} optional />
      <ChosenField
        control={control}
        name="issueIds"
        options={issueOptions}
        label={t('contacts.fields.issues')}
        addLabel={t('contacts.pickers.addIssue')}
        placeholder={t('contacts.pickers.issuePlaceholder')}
        emptyText={t('contacts.pickers.noIssues')}
      />
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}

interface ChosenFieldProps {
  control: Control<ContactValues, unknown, ContactData>;
  name: 'deputyIds' | 'issueIds';
  options: readonly { id: string; label: string }[];
  label: string;
  addLabel: string;
  placeholder: string;
  emptyText: string;
}

/** A list of chosen deputies or issues, bound to its form field; chosen ids are shown by their option labels. */
function ChosenField({ control, name, options, ...labels }: ChosenFieldProps) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
  const labelById = useMemo(() => new Map(options.map((option) => [option.id, option.label])), [options]);
  const value = field.value as string[];
  return (
    <MultiPicker
      {...labels}
      chosen={value.map((id) => ({ id, label: labelById.get(id) ?? id }))}
      options={options.filter((option) => !value.includes(option.id))}
      onChange={field.onChange}
      noMatches={t('contacts.pickers.noMatches')}
      showAllLabel={t('contacts.pickers.showAll')}
      removeLabel={(name) => t('contacts.pickers.remove', { name })}
      errorMessage={errorMessage}
    />
  );
}
