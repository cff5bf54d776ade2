import { isCollectionName, recordTitle, type CollectionName } from '../../shared/schema/collections';
import { hlcToIso } from '../../shared/store/hlc';
import { isLive, type RecordEntry } from '../../shared/store/state';
import type { WorkspaceStore } from '../store/workspace-store';
import type { BundleHeader } from './bundle-format';
import { touchedIds, type PlannedImport } from './plan-import';
import type { TextOutcome } from './text-resolutions';

export interface RecordRef {
  id: string;
  title: string;
  /** Fields that change (for changed records). */
  fields?: string[];
}

export interface CollectionChanges {
  added: number;
  changed: number;
  deleted: number;
  /** The records, up to the listing limit per kind (the counts are exact). */
  records: { added: RecordRef[]; changed: RecordRef[]; deleted: RecordRef[] };
}

/** When an import deletes so much that it must be confirmed. */
export interface MassDeletePolicy {
  /** Share of a collection's records (0–1) deleted by one import, above which it is confirmed… */
  maxShare: number;
  /** …when at least this many records of it go. */
  minRecordsForShare: number;
  /** Records deleted in all, above which it is confirmed. */
  maxRecords: number;
}

export const DEFAULT_MASS_DELETE: MassDeletePolicy = { maxShare: 0.2, minRecordsForShare: 2, maxRecords: 50 };

/** The dry run of an import: what it would add, change and delete, grouped by collection. */
export interface ImportPreview {
  bundle: Pick<BundleHeader, 'device' | 'author' | 'createdAt' | 'workspaceName' | 'opCount'> & {
    everything: boolean;
    /** Parts of the maker's files that could not be read, whose operations the bundle lacks (the maker chose to send it anyway). */
    omitted: NonNullable<BundleHeader['omitted']>;
  };
  /**
   * New operations dated more than a day ahead of this computer's clock: imported and kept, but
   * not applied until their time comes or someone accepts them (their latest date, ISO, or null).
   */
  quarantined: { operations: number; latest: string | null };
  operations: { total: number; known: number; new: number; byDevice: Record<string, number> };
  collections: Partial<Record<CollectionName, CollectionChanges>>;
  /** Long texts edited on both sides: merged three-way, or kept as a conflict to resolve. */
  merged: TextOutcome[];
  conflicts: TextOutcome[];
  massDelete: { required: boolean; deleted: number; byCollection: Partial<Record<CollectionName, { deleted: number; of: number }>> };
  /** True when importing would change nothing (everything is known already). */
  empty: boolean;
}

export function summarizeImport(
  store: WorkspaceStore,
  header: BundleHeader,
  plan: PlannedImport,
  { listLimit = 200, policy = DEFAULT_MASS_DELETE }: { listLimit?: number; policy?: MassDeletePolicy } = {},
): ImportPreview {
  const collections: Partial<Record<CollectionName, CollectionChanges>> = {};
  const lookup = (collection: string, id: unknown) => {
    if (typeof id !== 'string' || !isCollectionName(collection)) return undefined;
    const entry = plan.after[collection][id] ?? store.rawState()[collection][id];
    return isLive(entry) ? entry.f : undefined;
  };
  for (const { collection, id } of touchedIds(plan)) {
    const before = plan.before[collection][id];
    const after = plan.after[collection][id];
    const kind = isLive(before) ? (isLive(after) ? 'changed' : 'deleted') : isLive(after) ? 'added' : undefined;
    if (!kind) continue;
    const fields = kind === 'changed' ? changedFields(before!, after!) : undefined;
    if (fields && fields.length === 0) continue;
    const changes = (collections[collection] ??= { added: 0, changed: 0, deleted: 0, records: { added: [], changed: [], deleted: [] } });
    changes[kind] += 1;
    if (changes.records[kind].length < listLimit) {
      const shown = kind === 'deleted' ? before! : after!;
      changes.records[kind].push({ id, title: recordTitle(collection, shown.f, lookup), ...(fields ? { fields } : {}) });
    }
  }
  // New records past those the plan copied: counted, not listed (the list is full long before).
  for (const [collection, added] of Object.entries(plan.addedUncopied) as [CollectionName, number][]) {
    (collections[collection] ??= { added: 0, changed: 0, deleted: 0, records: { added: [], changed: [], deleted: [] } }).added += added;
  }
  return {
    bundle: {
      device: header.device,
      author: header.author,
      createdAt: header.createdAt,
      workspaceName: header.workspaceName,
      opCount: header.opCount,
      everything: header.since === null,
      omitted: header.omitted ?? [],
    },
    quarantined: { operations: plan.ahead, latest: plan.latestAhead === null ? null : hlcToIso(plan.latestAhead) },
    operations: { total: plan.fresh + plan.known, known: plan.known, new: plan.fresh, byDevice: { ...plan.byDevice } },
    collections,
    merged: plan.texts.filter((text) => text.outcome === 'merged'),
    conflicts: plan.texts.filter((text) => text.outcome === 'conflict'),
    massDelete: massDeletes(store, collections, policy),
    empty: plan.fresh === 0 && plan.local.length === 0,
  };
}

function changedFields(before: RecordEntry, after: RecordEntry): string[] {
  const fields = new Set([...Object.keys(before.f), ...Object.keys(after.f)]);
  return [...fields].filter((field) => JSON.stringify(before.f[field]) !== JSON.stringify(after.f[field])).sort();
}

function massDeletes(
  store: WorkspaceStore,
  collections: Partial<Record<CollectionName, CollectionChanges>>,
  policy: MassDeletePolicy,
): ImportPreview['massDelete'] {
  const byCollection: ImportPreview['massDelete']['byCollection'] = {};
  let deleted = 0;
  let required = false;
  for (const [collection, changes] of Object.entries(collections) as [CollectionName, CollectionChanges][]) {
    if (changes.deleted === 0 || collection === 'conflicts') continue;
    const of = store.count(collection);
    byCollection[collection] = { deleted: changes.deleted, of };
    deleted += changes.deleted;
    if (changes.deleted >= policy.minRecordsForShare && changes.deleted > policy.maxShare * of) required = true;
  }
  return { required: required || deleted > policy.maxRecords, deleted, byCollection };
}
