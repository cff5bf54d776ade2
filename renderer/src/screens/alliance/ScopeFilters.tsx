import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ISSUE_CATEGORIES_ORDER } from '../../../../shared/schema/categories';
import type { Language } from '../../../../shared/schema/common';
import type { District, Group } from '../../../../shared/schema/collections';
import { DistrictPicker } from '../../components/DistrictPicker';
import { SelectInput } from '../../components/SelectInput';
import { MOSCOW_OKRUGS, okrugAbbr } from '../../lib/districts';
import { cleanScope, hasScope, NO_SCOPE, type Scope } from './scope';

const ANY = '__any__';
const orUndefined = (value: string) => (value === ANY ? undefined : value);

interface Props {
  scope: Scope;
  onChange: (scope: Scope) => void;
  districts: readonly District[];
  groups: readonly Group[];
}

/** Category, okrug, district and group: each choice narrows every figure of the screen at once. */
export function ScopeFilters({ scope, onChange, districts, groups }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const set = (patch: Scope) => onChange(cleanScope({ ...scope, ...patch }));
  const okrugs = useMemo(() => {
    const present = new Set(districts.map((district) => district.okrug).filter((okrug): okrug is string => Boolean(okrug)));
    return MOSCOW_OKRUGS.filter((okrug) => present.has(okrug.abbr));
  }, [districts]);
  // The district picker offers the districts of the chosen okrug only.
  const pickable = useMemo(() => (scope.okrug ? districts.filter((district) => district.okrug === scope.okrug) : districts), [districts, scope.okrug]);

  return (
    <section className="filters alliance-filters" aria-label={t('alliance.scope.label')}>
      <SelectInput
        label={t('alliance.scope.category')}
        options={[{ id: ANY, label: t('alliance.scope.anyCategory') }, ...ISSUE_CATEGORIES_ORDER.map((id) => ({ id, label: t(`alliance.categories.${id}`) }))]}
        value={scope.category ?? ANY}
        onChange={(key) => set({ category: orUndefined(key) })}
      />
      <SelectInput
        label={t('alliance.scope.okrug')}
        options={[
          { id: ANY, label: t('alliance.scope.anyOkrug') },
          ...okrugs.map((okrug) => ({ id: okrug.abbr, label: `${okrugAbbr(okrug.abbr, language)} · ${language === 'en' ? okrug.nameEn : okrug.name}` })),
        ]}
        value={scope.okrug ?? ANY}
        onChange={(key) => set({ okrug: orUndefined(key), districtId: undefined })}
      />
      <DistrictPicker
        label={t('alliance.scope.district')}
        districts={pickable}
        value={scope.districtId ?? null}
        onChange={(districtId) => set({ districtId: districtId ?? undefined })}
        placeholder={t('alliance.scope.anyDistrict')}
        optional
      />
      <SelectInput
        label={t('alliance.scope.group')}
        options={[{ id: ANY, label: t('alliance.scope.anyGroup') }, ...groups.map((group) => ({ id: group.id, label: group.name }))]}
        value={scope.groupId ?? ANY}
        onChange={(key) => set({ groupId: orUndefined(key) })}
      />
      <Button className="button button-quiet filters-reset" isDisabled={!hasScope(scope)} onPress={() => onChange(NO_SCOPE)}>
        {t('alliance.scope.reset')}
      </Button>
    </section>
  );
}
