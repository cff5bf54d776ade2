import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { ISSUE_CATEGORIES_ORDER } from '../../../../shared/schema/categories';
import type { Language } from '../../../../shared/schema/common';
import type { District, Principle } from '../../../../shared/schema/collections';
import { DistrictPicker } from '../../components/DistrictPicker';
import { SelectInput } from '../../components/SelectInput';
import { groupDistricts } from '../../lib/districts';
import { hasIssueFilters, ISSUE_STATUSES, NO_ISSUE_FILTERS, type IssueFilters } from './issueRows';

interface Props {
  filters: IssueFilters;
  onChange: (filters: IssueFilters) => void;
  districts: readonly District[];
  principles: readonly Principle[];
  tags: readonly string[];
}

const ANY = '__any__';
const orNull = <T extends string>(value: T): T | null => (value === ANY ? null : value);

/** Search and filters of the issue list; each choice narrows the list at once. */
export function IssueFiltersBar({ filters, onChange, districts, principles, tags }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const set = (patch: Partial<IssueFilters>) => onChange({ ...filters, ...patch });
  const groups = useMemo(() => groupDistricts(districts, language), [districts, language]);
  const okrugOptions = useMemo(
    () => [{ id: ANY, label: t('issues.filters.anyOkrug') }, ...groups.map((g) => ({ id: g.key, label: g.abbr ? `${g.abbr} · ${g.title}` : g.title }))],
    [groups, t],
  );
  // The district picker offers only the districts of the chosen okrug or region.
  const pickable = useMemo(
    () => (filters.groupKey ? (groups.find((g) => g.key === filters.groupKey)?.districts ?? []) : districts),
    [districts, filters.groupKey, groups],
  );

  return (
    <section className="filters" aria-label={t('issues.filters.label')}>
      <div role="search" className="filters-search">
        <SearchField className="field field-search" value={filters.query} onChange={(query) => set({ query })}>
          <Label className="field-label">{t('issues.filters.search')}</Label>
          <Input className="field-control" />
        </SearchField>
      </div>
      <SelectInput
        label={t('issues.filters.category')}
        options={[{ id: ANY, label: t('issues.filters.anyCategory') }, ...ISSUE_CATEGORIES_ORDER.map((c) => ({ id: c, label: t(`issues.categories.${c}`) }))]}
        value={filters.category ?? ANY}
        onChange={(key) => set({ category: orNull(key) as IssueFilters['category'] })}
      />
      <SelectInput
        label={t('issues.filters.status')}
        options={[{ id: ANY, label: t('issues.filters.anyStatus') }, ...ISSUE_STATUSES.map((s) => ({ id: s, label: t(`issues.statuses.${s}`) }))]}
        value={filters.status ?? ANY}
        onChange={(key) => set({ status: orNull(key) as IssueFilters['status'] })}
      />
      <SelectInput
        label={t('issues.filters.okrug')}
        options={okrugOptions}
        value={filters.groupKey ?? ANY}
        onChange={(key) => set({ groupKey: orNull(key), districtId: null })}
      />
      <DistrictPicker
        label={t('issues.filters.district')}
        districts={pickable}
        value={filters.districtId}
        onChange={(districtId) => set({ districtId })}
        placeholder={t('issues.filters.anyDistrict')}
        optional
      />
      <SelectInput
        label={t('issues.filters.tag')}
        options={[{ id: ANY, label: t('issues.filters.anyTag') }, ...tags.map((tag) => ({ id: tag, label: tag }))]}
        value={filters.tag ?? ANY}
        onChange={(key) => set({ tag: orNull(key) })}
      />
      <SelectInput
        label={t('issues.filters.principle')}
        options={[
          { id: ANY, label: t('issues.filters.anyPrinciple') },
          ...principles.map((p) => ({ id: p.id, label: t('principles.numbered', { number: p.number, title: p.title }) })),
        ]}
        value={filters.principleId ?? ANY}
        onChange={(key) => set({ principleId: orNull(key) })}
      />
      <Button className="button button-quiet filters-reset" isDisabled={!hasIssueFilters(filters)} onPress={() => onChange(NO_ISSUE_FILTERS)}>
        {t('issues.filters.reset')}
      </Button>
    </section>
  );
}
