import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/schema/common';
import type { Deputy, District, Group } from '../../../../shared/schema/collections';
import { districtGroupKey, districtName, okrugAbbr } from '../../lib/districts';
import { matchesQuery } from '../../lib/search';

/** One table row: the deputy with every shown value already in the UI language. */
export interface DeputyRow {
  id: string;
  deputy: Deputy;
  name: string;
  district: string;
  /** Okrug abbreviation for Moscow, region for other districts. */
  okrug: string;
  /** The district group key (see lib/districts) for the okrug filter. */
  groupKey: string;
  councilRole: string;
  party: string;
  status: string;
  groups: string;
}

export interface DeputyFilters {
  query: string;
  groupKey: string | null;
  districtId: string | null;
  status: Deputy['status'] | null;
  affiliation: 'independent' | 'party' | null;
  groupId: string | null;
}

export const NO_FILTERS: DeputyFilters = { query: '', groupKey: null, districtId: null, status: null, affiliation: null, groupId: null };

export function buildDeputyRows(
  deputies: readonly Deputy[],
  districts: ReadonlyMap<string, District>,
  groups: ReadonlyMap<string, Group>,
  t: TFunction,
  language: Language,
): DeputyRow[] {
  return deputies.map((deputy) => {
    const district = districts.get(deputy.districtId);
    return {
      id: deputy.id,
      deputy,
      name: deputy.name,
      district: district ? districtName(district, language) : deputy.districtId,
      okrug: district ? (district.builtIn && district.okrug ? okrugAbbr(district.okrug, language) : district.region) : '',
      groupKey: district ? districtGroupKey(district) : '',
      councilRole: t(`deputies.roles.${deputy.councilRole}`),
      party: deputy.party ?? t('deputies.independent'),
      status: t(`deputies.statuses.${deputy.status}`),
      groups: deputy.groupIds
        .map((id) => groups.get(id)?.name)
        .filter(Boolean)
        .join(', '),
    };
  });
}

export function filterDeputyRows(rows: readonly DeputyRow[], filters: DeputyFilters): DeputyRow[] {
  return rows.filter(({ deputy, ...row }) => {
    if (filters.groupKey && row.groupKey !== filters.groupKey) return false;
    if (filters.districtId && deputy.districtId !== filters.districtId) return false;
    if (filters.status && deputy.status !== filters.status) return false;
    if (filters.affiliation === 'independent' && deputy.party) return false;
    if (filters.affiliation === 'party' && !deputy.party) return false;
    if (filters.groupId && !deputy.groupIds.includes(filters.groupId)) return false;
    return matchesQuery(filters.query, row.name, row.district, row.okrug, deputy.party, deputy.email, deputy.phone);
  });
}

export function hasFilters(filters: DeputyFilters): boolean {
  return filters.query.trim() !== '' || Object.entries(filters).some(([key, value]) => key !== 'query' && value !== null);
}
