import { z } from 'zod';
import type { EntityOf } from '../schema/collections';
import raw from './moscow-districts.json';

const MoscowDistrictSchema = z.object({
  okrug: z.string(),
  okrugName: z.string(),
  okrugNameEn: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(['municipal_okrug', 'settlement', 'city_okrug']),
  oktmo: z.string(),
  note: z.string().optional(),
});

/** Moscow's 146 municipal formations (2012–2024), shipped as a built-in directory. */
export const MOSCOW_DISTRICTS = z.array(MoscowDistrictSchema).parse(raw);

/** Built-in districts get deterministic ids, so two laptops that seed them agree on every id. */
export function builtinDistrictId(oktmo: string): string {
  return `msk-${oktmo}`;
}

export const MOSCOW_REGION = 'Москва';

export function builtinDistrictRecords(): { id: string; data: EntityOf<'districts'> }[] {
  return MOSCOW_DISTRICTS.map((district) => ({
    id: builtinDistrictId(district.oktmo),
    data: {
      name: district.name,
      nameEn: district.nameEn,
      region: MOSCOW_REGION,
      okrug: district.okrug,
      okrugName: district.okrugName,
      kind: district.kind,
      oktmo: district.oktmo,
      builtIn: true,
    },
  }));
}
