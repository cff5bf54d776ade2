import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import type { Language } from '../../../../shared/schema/common';
import type { District, Group } from '../../../../shared/schema/collections';
import { DistrictPicker } from '../../components/DistrictPicker';
import { SelectInput } from '../../components/SelectInput';
import { groupDistricts } from '../../lib/districts';
import { hasFilters, NO_FILTERS, type DeputyFilters } from './deputyRows';

interface Props {
  filters: DeputyFilters;
  onChange: (filters: DeputyFilters) => void;
  districts: readonly District[];
  groups: readonly Group[];
}

const ANY = '__any__';
const orNull = <T extends string>(value: T): T | null => (value === ANY ? null : value);

/** Search and filters of the deputies table; each choice narrows the rows at once. */
export function DeputyFiltersBar({ filters, onChange, districts, groups }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const set = (patch: Partial<DeputyFilters>) => onChange({ ...filters, ...patch });
  const okrugOptions = useMemo(
    () => [
      { id: ANY, label: t('deputies.filters.anyOkrug') },
      ...groupDistricts(districts, language).map((g) => ({ id: g.key, label: g.abbr ? `${g.abbr} · ${g.title}` : g.title })),
    ],
    [districts, language, t],
  );
  // The district picker offers only the districts of the chosen okrug or region.
  const pickable = useMemo(
    () => (filters.groupKey ? groupDistricts(districts, language).find((g) => g.key === filters.groupKey)?.districts ?? [] : districts),
    [districts, filters.groupKey, language],
  );

  return (
    <section className="filters" aria-label={t('deputies.filters.label')}>
      <div role="search" className="filters-search">
        <SearchField className="field field-search" value={filters.query} onChange={(query) => set({ query })}>
          <Label className="field-label">{t('deputies.filters.search')}</Label>
          <Input className="field-control" />
        </SearchField>
      </div>
      <SelectInput
        label={t('deputies.filters.okrug')}
        options={okrugOptions}
        value={filters.groupKey ?? ANY}
        onChange={(key) => set({ groupKey: orNull(key), districtId: null })}
      />
      <DistrictPicker
        label={t('deputies.filters.district')}
        districts={pickable}
        value={filters.districtId}
        onChange={(districtId) => set({ districtId })}
        placeholder={t('deputies.filters.anyDistrict')}
        optional
      />
      <SelectInput
        label={t('deputies.filters.status')}
        options={[
          { id: ANY, label: t('deputies.filters.anyStatus') },
          ...(['active', 'former', 'suspended'] as const).map((s) => ({ id: s, label: t(`deputies.statuses.${s}`) })),
        ]}
        value={filters.status ?? ANY}
        onChange={(key) => set({ status: orNull(key) as DeputyFilters['status'] })}
      />
      <SelectInput
        label={t('deputies.filters.affiliation')}
        options={[
          { id: ANY, label: t('deputies.filters.anyAffiliation') },
          { id: 'independent', label: t('deputies.filters.affiliationIndependent') },
          { id: 'party', label: t('deputies.filters.affiliationParty') },
        ]}
        value={filters.affiliation ?? ANY}
        onChange={(key) => set({ affiliation: orNull(key) as DeputyFilters['affiliation'] })}
      />
      <SelectInput
        label={t('deputies.filters.group')}
        options={[{ id: ANY, label: t('deputies.filters.anyGroup') }, ...groups.map((g) => ({ id: g.id, label: g.name }))]}
        value={filters.groupId ?? ANY}
        onChange={(key) => set({ groupId: orNull(key) })}
      />
      <Button className="button button-quiet filters-reset" isDisabled={!hasFilters(filters)} onPress={() => onChange(NO_FILTERS)}>
        {t('deputies.filters.reset')}
      </Button>
    </section>
  );
}
