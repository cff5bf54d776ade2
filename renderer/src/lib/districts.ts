import { MOSCOW_DISTRICTS, MOSCOW_REGION } from '../../../shared/data/builtin-districts';
import type { Language } from '../../../shared/schema/common';
import type { District } from '../../../shared/schema/collections';
import { compareText } from './search';

export interface OkrugInfo {
  /** Abbreviation as stored on districts (ЦАО, САО, …). */
  abbr: string;
  name: string;
  nameEn: string;
}

/** Moscow's administrative okrugs in the customary order (centre first), from the directory. */
export const MOSCOW_OKRUGS: readonly OkrugInfo[] = (() => {
  const seen = new Map<string, OkrugInfo>();
  for (const d of MOSCOW_DISTRICTS) {
    if (!seen.has(d.okrug)) seen.set(d.okrug, { abbr: d.okrug, name: d.okrugName, nameEn: d.okrugNameEn });
  }
  return [...seen.values()];
})();

const okrugByAbbr = new Map(MOSCOW_OKRUGS.map((okrug) => [okrug.abbr, okrug]));

export function districtName(district: Pick<District, 'name' | 'nameEn'>, language: Language): string {
  return language === 'en' && district.nameEn ? district.nameEn : district.name;
}

// The customary Latin abbreviations of Moscow's okrugs, for the English interface.
const LATIN_ABBR: Record<string, string> = {
  ЦАО: 'CAO',
  САО: 'SAO',
  СВАО: 'SVAO',
  ВАО: 'VAO',
  ЮВАО: 'YuVAO',
  ЮАО: 'YuAO',
  ЮЗАО: 'YuZAO',
  ЗАО: 'ZAO',
  СЗАО: 'SZAO',
  ЗелАО: 'ZelAO',
  НАО: 'NAO',
  ТАО: 'TAO',
};

export function okrugAbbr(abbr: string, language: Language): string {
  return language === 'en' ? (LATIN_ABBR[abbr] ?? abbr) : abbr;
}

export function okrugLabel(abbr: string, language: Language): string {
  const okrug = okrugByAbbr.get(abbr);
  if (!okrug) return abbr;
  return language === 'en' ? okrug.nameEn : okrug.name;
}

/** A group of districts shown together: a Moscow okrug, or another region. */
export interface DistrictGroup {
  /** 'okrug:ЦАО' or 'region:Санкт-Петербург': stable keys for lists and filters. */
  key: string;
  title: string;
  /** The okrug abbreviation for Moscow groups. */
  abbr?: string;
  builtIn: boolean;
  districts: District[];
}

export function isMoscowBuiltIn(district: District): boolean {
  return district.builtIn && district.region === MOSCOW_REGION;
}

/** The key of the group a district belongs to (see DistrictGroup.key). */
export function districtGroupKey(district: District): string {
  return isMoscowBuiltIn(district) && district.okrug ? `okrug:${district.okrug}` : `region:${district.region}`;
}

/**
 * Moscow's built-in districts by okrug in the customary order, then user-added districts by
 * region (alphabetical); districts inside a group alphabetical.
 */
export function groupDistricts(districts: readonly District[], language: Language): DistrictGroup[] {
  const groups = new Map<string, DistrictGroup>();
  for (const okrug of MOSCOW_OKRUGS) {
    const key = `okrug:${okrug.abbr}`;
    groups.set(key, { key, title: language === 'en' ? okrug.nameEn : okrug.name, abbr: okrugAbbr(okrug.abbr, language), builtIn: true, districts: [] });
  }
  const regions: DistrictGroup[] = [];
  for (const district of districts) {
    const key = districtGroupKey(district);
    let group = groups.get(key);
    if (!group) {
      group = { key, title: district.region, builtIn: false, districts: [] };
      groups.set(key, group);
      regions.push(group);
    }
    group.districts.push(district);
  }
  const byName = (a: District, b: District) => compareText(districtName(a, language), districtName(b, language), language);
  for (const group of groups.values()) group.districts.sort(byName);
  regions.sort((a, b) => compareText(a.title, b.title, language));
  const moscow = MOSCOW_OKRUGS.map((okrug) => groups.get(`okrug:${okrug.abbr}`)!);
  return [...moscow, ...regions].filter((group) => group.districts.length > 0);
}
