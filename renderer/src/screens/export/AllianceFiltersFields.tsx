import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AllianceFilters } from '../../../../shared/export/input';
import type { Language } from '../../../../shared/schema/common';
import { IssueCategorySchema, IssueStatusSchema } from '../../../../shared/schema/entities';
import { useCollection } from '../../api/useCollection';
import { DistrictPicker } from '../../components/DistrictPicker';
import { districtName, MOSCOW_OKRUGS, okrugAbbr, okrugLabel } from '../../lib/districts';
import { CheckboxGroup } from './CheckboxGroup';

interface Props {
  filters: AllianceFilters;
  onChange: (filters: AllianceFilters) => void;
}

/** Which issues a whole-alliance summary takes: topics, stages, okrugs and districts (none ticked: all). */
export function AllianceFiltersFields({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const districts = useCollection('districts');
  const [pending, setPending] = useState<string | null>(null);
  const nameOf = (id: string) => {
    const district = districts.items?.find((item) => item.id === id);
    return district ? districtName(district, language) : id;
  };
  const addDistrict = () => {
    if (pending && !filters.districtIds.includes(pending)) onChange({ ...filters, districtIds: [...filters.districtIds, pending] });
    setPending(null);
  };
  return (
    <fieldset className="fieldset export-filters">
      <legend>{t('export.filters.legend')}</legend>
      <p className="field-hint">{t('export.filters.hint')}</p>
      <CheckboxGroup
        legend={t('export.filters.categories')}
        options={IssueCategorySchema.options.map((value) => ({ value, label: t(`export.filters.categoryNames.${value}`) }))}
        chosen={filters.categories}
        onChange={(categories) => onChange({ ...filters, categories })}
      />
      <CheckboxGroup
        legend={t('export.filters.statuses')}
        options={IssueStatusSchema.options.map((value) => ({ value, label: t(`export.filters.statusNames.${value}`) }))}
        chosen={filters.statuses}
        onChange={(statuses) => onChange({ ...filters, statuses })}
      />
      <CheckboxGroup
        legend={t('export.filters.okrugs')}
        options={MOSCOW_OKRUGS.map((okrug) => ({ value: okrug.abbr, label: `${okrugAbbr(okrug.abbr, language)} · ${okrugLabel(okrug.abbr, language)}` }))}
        chosen={filters.okrugs}
        onChange={(okrugs) => onChange({ ...filters, okrugs })}
      />
      {districts.items ? (
        <div className="form-row export-district-add">
          <DistrictPicker
            districts={districts.items}
            value={pending}
            onChange={setPending}
            label={t('export.filters.district')}
            placeholder={t('export.filters.anyDistrict')}
            optional
          />
          <Button className="button" isDisabled={pending === null} onPress={addDistrict}>
            {t('export.filters.addDistrict')}
          </Button>
        </div>
      ) : null}
      {filters.districtIds.length > 0 ? (
        <ul className="chip-list" aria-label={t('export.filters.districtsChosen')}>
          {filters.districtIds.map((id) => (
            <li key={id} className="chip">
              {nameOf(id)}
              <Button
                className="chip-remove"
                aria-label={t('export.filters.removeDistrict', { name: nameOf(id) })}
                onPress={() => onChange({ ...filters, districtIds: filters.districtIds.filter((other) => other !== id) })}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
