import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { BoundRadios } from '../../forms/fieldBits';
import { FormText } from '../../forms/FormFields';
import type { IssueData, IssueValues } from './issueFormSchema';

/** Sources of an issue: links (http/https only) or references to documents; any number, each removable. */
export function IssueSourcesField({ control }: { control: Control<IssueValues, unknown, IssueData> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'sources' });
  const kinds = useWatch({ control, name: 'sources' });
  return (
    <fieldset className="fieldset sources-field">
      <legend>{t('issues.fields.sources')}</legend>
      {fields.length === 0 ? <p className="field-hint">{t('issues.sources.none')}</p> : null}
      {fields.map((field, index) => {
        const isLink = kinds[index]?.kind !== 'document';
        const number = index + 1;
        return (
          <fieldset key={field.id} className="source-item">
            <legend className="source-legend">{t('issues.sources.legend', { number })}</legend>
            <BoundRadios
              control={control}
              name={`sources.${index}.kind`}
              legend={t('issues.sources.kind')}
              className="choice-inline"
              options={(['link', 'document'] as const).map((kind) => ({ id: kind, label: t(`issues.sources.kinds.${kind}`) }))}
            />
            <div className="form-row">
              <FormText
                control={control}
                name={`sources.${index}.ref`}
                label={isLink ? t('issues.sources.refLink') : t('issues.sources.refDocument')}
                description={isLink ? t('issues.sources.refLinkHint') : t('issues.sources.refDocumentHint')}
                type="text"
                autoComplete="off"
              />
              <FormText control={control} name={`sources.${index}.title`} label={t('issues.sources.title')} optional />
            </div>
            <Button className="button button-quiet" onPress={() => remove(index)}>
              {t('issues.sources.remove', { number })}
            </Button>
          </fieldset>
        );
      })}
      <Button className="button" onPress={() => append({ kind: 'link', ref: '', title: '' })}>
        {t('issues.sources.add')}
      </Button>
    </fieldset>
  );
}
