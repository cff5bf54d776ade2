import { z } from 'zod';
import { IdSchema, LanguageSchema } from '../schema/common';
import type {
  AllianceLine,
  Deputy,
  District,
  Group,
  Issue,
  Position,
  Principle,
  Signature,
  Statement,
  StatementVersion,
} from '../schema/collections';
import { IssueCategorySchema, IssueStatusSchema } from '../schema/entities';

/** Filters of the whole-alliance summary; an empty list means "any". */
export const AllianceFiltersSchema = z.object({
  categories: z.array(IssueCategorySchema).default([]),
  statuses: z.array(IssueStatusSchema).default([]),
  /** Okrug codes (e.g. ЦАО): issues that touch a district of the okrug. */
  okrugs: z.array(z.string().trim().min(1).max(20)).default([]),
  districtIds: z.array(IdSchema).default([]),
});
export type AllianceFilters = z.infer<typeof AllianceFiltersSchema>;

/** What to export. District targets carry an id: names are resolved before (see matchDistrict). */
export const ExportTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('issue'), id: IdSchema }),
  z.object({ kind: z.literal('deputy'), id: IdSchema }),
  z.object({ kind: z.literal('district'), id: IdSchema }),
  z.object({ kind: z.literal('group'), id: IdSchema }),
  z.object({ kind: z.literal('alliance'), filters: AllianceFiltersSchema.default({ categories: [], statuses: [], okrugs: [], districtIds: [] }) }),
  z.object({ kind: z.literal('statement'), id: IdSchema, dissent: z.boolean().default(false) }),
]);
export type ExportTarget = z.infer<typeof ExportTargetSchema>;

export const ExportOptionsSchema = z.object({
  lang: LanguageSchema,
  /** When the export was made (ISO); printed in the header. */
  generatedAt: z.iso.datetime({ offset: true }),
  /** IANA time zone for dates in the text; the machine's when absent. */
  timeZone: z.string().optional(),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/**
 * The records a summary is built from, as plain arrays: the roster in full, the rest as the
 * caller collected it for the target (the electron side reads only what a target needs).
 */
export interface ExportData {
  allianceName: string;
  principles: readonly Principle[];
  districts: readonly District[];
  groups: readonly Group[];
  deputies: readonly Deputy[];
  issues: readonly Issue[];
  positions: readonly Position[];
  allianceLines: readonly AllianceLine[];
  statements: readonly Statement[];
  statementVersions: readonly StatementVersion[];
  signatures: readonly Signature[];
}

export const emptyExportData = (allianceName: string): ExportData => ({
  allianceName,
  principles: [],
  districts: [],
  groups: [],
  deputies: [],
  issues: [],
  positions: [],
  allianceLines: [],
  statements: [],
  statementVersions: [],
  signatures: [],
});

/** Folds case and ё/е so that "Савёлки", "САВЕЛКИ" and "савелки" name the same district. */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ');
}

/** Districts whose Russian or English name matches, ignoring case and ё/е. */
export function matchDistrict<T extends Pick<District, 'name' | 'nameEn'>>(districts: readonly T[], name: string): T[] {
  const wanted = foldName(name);
  return districts.filter((district) => foldName(district.name) === wanted || (district.nameEn !== undefined && foldName(district.nameEn) === wanted));
}
