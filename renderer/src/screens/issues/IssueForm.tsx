import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ISSUE_CATEGORIES_ORDER } from '../../../../shared/schema/categories';
import type { District, Issue, Principle } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { MultiPicker } from '../../components/MultiPicker';
import { FormActions } from '../../forms/FormActions';
import { FormCheckboxes } from '../../forms/FormCheckboxes';
import { FormSelect, FormText, useFieldError } from '../../forms/FormFields';
import { useSaveForm } from '../../forms/useSaveForm';
import { districtName, groupDistricts } from '../../lib/districts';
import { issueDefaults, issueResolver, type IssueData, type IssueValues } from './issueFormSchema';
import { ISSUE_STATUSES } from './issueRows';
import { IssueSourcesField } from './IssueSourcesField';

interface Props {
  issue?: Issue;
  districts: readonly District[];
  principles: readonly Principle[];
  onSave: (data: IssueData) => Promise<void>;
  onCancel: () => void;
}

const MAX_SOURCES = 100;

/** Create or edit an issue; validated with the shared IssueSchema (plus: links are http/https). */
export function IssueForm({ issue, districts, principles, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const form = useForm<IssueValues, unknown, IssueData>({ resolver: issueResolver, defaultValues: issueDefaults(issue) });
  // Server refusals land on the most precise field named: a source's address before "sources".
  const fields = useMemo(
    () => [
      ...Array.from({ length: MAX_SOURCES }, (_, i) => `sources.${i}.ref`),
      ...['title', 'category', 'districtIds', 'description', 'status', 'hearingDate', 'voteDate', 'sources', 'tags', 'principleIds'],
    ],
    [],
  );
  const { submit, saving } = useSaveForm(form, fields, onSave);
  const { control } = form;
  const groups = useMemo(() => groupDistricts(districts, language), [districts, language]);
  const byId = useMemo(() => new Map(districts.map((d) => [d.id, d])), [districts]);

  return (
    <form noValidate className="form issue-form" onSubmit={submit}>
      <FormText control={control} name="title" label={t('issues.fields.title')} autoComplete="off" />
      <div className="form-row">
        <FormSelect
          control={control}
          name="category"
          label={t('issues.fields.category')}
          options={ISSUE_CATEGORIES_ORDER.map((category) => ({ id: category, label: t(`issues.categories.${category}`) }))}
        />
        <FormSelect
          control={control}
          name="status"
          label={t('issues.fields.status')}
          options={ISSUE_STATUSES.map((status) => ({ id: status, label: t(`issues.statuses.${status}`) }))}
        />
      </div>
      <Controller
        control={control}
        name="districtIds"
        render={({ field, fieldState }) => (
          <DistrictsField
            value={field.value}
            onChange={field.onChange}
            groups={groups}
            byId={byId}
            language={language}
            message={fieldState.error?.message}
            invalid={fieldState.invalid}
          />
        )}
      />
      <FormText control={control} name="description" label={t('issues.fields.description')} multiline rows={6} optional />
      <fieldset className="fieldset">
        <legend>{t('issues.fields.dates')}</legend>
        <div className="form-row">
          <FormText control={control} name="hearingDate" type="date" label={t('issues.fields.hearingDate')} optional />
          <FormText control={control} name="voteDate" type="date" label={t('issues.fields.voteDate')} optional />
        </div>
      </fieldset>
      <IssueSourcesField control={control} />
      <FormText control={control} name="tags" label={t('issues.fields.tags')} description={t('issues.fields.tagsHint')} optional autoComplete="off" />
      <FormCheckboxes
        control={control}
        name="principleIds"
        label={t('issues.fields.principles')}
        options={principles.map((p) => ({ id: p.id, label: t('principles.numbered', { number: p.number, title: p.title }) }))}
        emptyText={t('issues.fields.noPrinciples')}
      />
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}

interface DistrictsFieldProps {
  value: string[];
  onChange: (ids: string[]) => void;
  groups: ReturnType<typeof groupDistricts>;
  byId: ReadonlyMap<string, District>;
  language: Language;
  message: string | undefined;
  invalid: boolean;
}

/** The issue's districts: a search box grouped by okrug (or region) to add, a list to remove. */
function DistrictsField({ value, onChange, groups, byId, language, message, invalid }: DistrictsFieldProps) {
  const { t } = useTranslation();
  const errorMessage = useFieldError(message, invalid);
  const options = groups.flatMap((group) =>
    group.districts
      .filter((d) => !value.includes(d.id))
      .map((d) => ({ id: d.id, label: districtName(d, language), section: group.abbr ? `${group.abbr} · ${group.title}` : group.title })),
  );
  const chosen = value.map((id) => ({ id, label: byId.get(id) ? districtName(byId.get(id)!, language) : id }));
  return (
    <MultiPicker
      label={t('issues.fields.districts')}
      chosen={chosen}
      options={options}
      onChange={onChange}
      addLabel={t('issues.districtsPicker.add')}
      placeholder={t('issues.districtsPicker.placeholder')}
      emptyText={t('issues.districtsPicker.none')}
      noMatches={t('districts.picker.empty')}
      showAllLabel={t('districts.picker.showAll')}
      removeLabel={(name) => t('issues.districtsPicker.remove', { name })}
      errorMessage={errorMessage}
      limit={200}
    />
  );
}
