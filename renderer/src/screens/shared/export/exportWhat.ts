import type { AllianceFilters, ExportTarget } from '../../../../../shared/export/input';

export type ExportKind = ExportTarget['kind'];
/** Kinds that name one record, chosen with the target picker. */
export type RecordKind = Exclude<ExportKind, 'alliance'>;
export const EXPORT_KINDS: readonly ExportKind[] = ['issue', 'deputy', 'district', 'group', 'statement', 'alliance'];

export const NO_FILTERS: AllianceFilters = { categories: [], statuses: [], okrugs: [], districtIds: [] };

/** The choice on the export screen, complete or not yet. */
export interface ExportChoice {
  kind: ExportKind;
  id: string | null;
  dissent: boolean;
  filters: AllianceFilters;
}

/**
 * Reads the `what` of the /export route — the CLI's form: `issue:ID`, `deputy:ID`, `district:ID`,
 * `group:ID`, `statement:ID`, `alliance` — into a choice; anything else starts an empty choice.
 */
export function parseWhat(what: string | null, dissent = false): ExportChoice {
  const empty: ExportChoice = { kind: 'issue', id: null, dissent, filters: NO_FILTERS };
  if (!what) return empty;
  if (what === 'alliance') return { ...empty, kind: 'alliance' };
  const colon = what.indexOf(':');
  const kind = what.slice(0, colon) as ExportKind;
  const id = what.slice(colon + 1);
  if (colon === -1 || !EXPORT_KINDS.includes(kind) || kind === 'alliance' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return empty;
  return { ...empty, kind, id };
}

/** The route of the export screen for a target (what ExportButton links to). */
export function exportPath(what: string, options: { dissent?: boolean } = {}): string {
  const params = new URLSearchParams({ what });
  if (options.dissent) params.set('dissent', '1');
  return `/export?${params.toString()}`;
}

/** The engine's target for a complete choice; null while a record still has to be chosen. */
export function targetOf(choice: ExportChoice): ExportTarget | null {
  switch (choice.kind) {
    case 'alliance':
      return { kind: 'alliance', filters: choice.filters };
    case 'statement':
      return choice.id ? { kind: 'statement', id: choice.id, dissent: choice.dissent } : null;
    default:
      return choice.id ? { kind: choice.kind, id: choice.id } : null;
  }
}

/** A new id for one export run, so the run can be cancelled before its answer arrives. */
export function newJobId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `job-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
