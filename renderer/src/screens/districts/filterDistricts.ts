import type { District } from '../../../../shared/schema/collections';
import { okrugAbbr, okrugLabel } from '../../lib/districts';
import { matchesQuery } from '../../lib/search';

/** Districts whose name, okrug or region matches the query in either language; ё and е alike. */
export function filterDistricts(districts: readonly District[], query: string): District[] {
  return districts.filter((d) =>
    matchesQuery(query, d.name, d.nameEn, d.okrug, d.okrugName, d.region, ...(d.okrug ? [okrugAbbr(d.okrug, 'en'), okrugLabel(d.okrug, 'en')] : [])),
  );
}
