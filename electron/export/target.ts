import { matchDistrict, type AllianceFilters, type ExportTarget } from '../../shared/export/input';
import { IdSchema } from '../../shared/schema/common';
import type { ExportReader } from './collect';
import { ExportError } from './export-error';

/**
 * Reads "issue:ID", "deputy:ID", "district:NAME" (or a district id), "group:ID", "alliance" or
 * "statement:ID" into a target, checking that the record exists so the error names what is missing.
 */
export function resolveTarget(store: ExportReader, what: string, extra: { dissent?: boolean; filters?: Partial<AllianceFilters> } = {}): ExportTarget {
  const colon = what.indexOf(':');
  const kind = colon === -1 ? what : what.slice(0, colon);
  const value = colon === -1 ? '' : what.slice(colon + 1).trim();
  if (kind === 'alliance') {
    const filters = extra.filters ?? {};
    return {
      kind: 'alliance',
      filters: { categories: filters.categories ?? [], statuses: filters.statuses ?? [], okrugs: filters.okrugs ?? [], districtIds: filters.districtIds ?? [] },
    };
  }
  if (value === '') throw new ExportError('invalid', `--what ${what}: expected issue:ID, deputy:ID, district:NAME, group:ID, alliance or statement:ID`);
  switch (kind) {
    case 'district':
      return { kind: 'district', id: resolveDistrict(store, value) };
    case 'issue':
      return { kind: 'issue', id: existing(store, 'issues', value) };
    case 'deputy':
      return { kind: 'deputy', id: existing(store, 'deputies', value) };
    case 'group':
      return { kind: 'group', id: existing(store, 'groups', value) };
    case 'statement':
      return { kind: 'statement', id: existing(store, 'statements', value), dissent: extra.dissent ?? false };
    default:
      throw new ExportError('invalid', `--what ${what}: unknown kind "${kind}"`);
  }
}

function existing(store: ExportReader, collection: 'issues' | 'deputies' | 'groups' | 'statements', id: string): string {
  if (!IdSchema.safeParse(id).success || !store.get(collection, id)) throw new ExportError('not_found', `${collection}/${id}: no such record`);
  return id;
}

/** A district by id, or by name ignoring case and ё/е (in Russian or English). */
export function resolveDistrict(store: ExportReader, nameOrId: string): string {
  if (IdSchema.safeParse(nameOrId).success && store.get('districts', nameOrId)) return nameOrId;
  const matches = matchDistrict(store.list('districts').items, nameOrId);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new ExportError('not_found', `no district named "${nameOrId}"`);
  const names = matches.map((district) => `${district.name} (${district.okrug ?? district.region}, id ${district.id})`).join('; ');
  throw new ExportError('ambiguous', `"${nameOrId}" names ${matches.length} districts: ${names}; give the id instead`);
}
