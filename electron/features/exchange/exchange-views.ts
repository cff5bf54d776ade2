import type { ArrivalReport, ConflictView, ImportPreviewOutput, Peer, TextOutcomeOutput } from '../../../shared/ipc/exchange-contract';
import { isCollectionName, recordTitle, type CollectionName } from '../../../shared/schema/collections';
import { hlcToIso, isHlc } from '../../../shared/store/hlc';
import type { ImportPreview, SharedFolderReport, TextOutcome } from '../../exchange';
import { readPeers } from '../../exchange/peers';
import type { WorkspaceStore } from '../../store/workspace-store';

// The engine's reports, made readable for the screens: record titles beside ids, and deputies'
// names beside the author ids that operations are stamped with.

/** Names of deputies not (yet) in the workspace, e.g. those a bundle brings, by id. */
export type ExtraNames = ReadonlyMap<string, string>;

/** A deputy's name for an author id; null for the secretary or an author unknown here. */
export function authorName(store: WorkspaceStore, author: string, extra?: ExtraNames): string | null {
  if (author === 'secretary') return null;
  return store.get('deputies', author)?.name ?? extra?.get(author) ?? null;
}

function fieldsOf(store: WorkspaceStore, collection: CollectionName, id: unknown): Record<string, unknown> | undefined {
  return typeof id === 'string' ? (store.get(collection, id) as Record<string, unknown> | undefined) : undefined;
}

/** The short title of a record of this workspace ("Смирнова А. С. — Вырубка сквера"), or its id. */
export function titleOf(store: WorkspaceStore, collection: CollectionName, id: string): string {
  const fields = fieldsOf(store, collection, id);
  if (!fields) return id;
  return recordTitle(collection, fields, (other, otherId) => (isCollectionName(other) ? fieldsOf(store, other, otherId) : undefined)) || id;
}

function textOutcomeView(store: WorkspaceStore, outcome: TextOutcome, extra?: ExtraNames): TextOutcomeOutput {
  return {
    ...outcome,
    title: titleOf(store, outcome.collection, outcome.id),
    versions: outcome.versions.map((version) => ({ ...version, authorName: authorName(store, version.author, extra) })),
  };
}

export function previewView(store: WorkspaceStore, preview: ImportPreview, extra?: ExtraNames): ImportPreviewOutput {
  return {
    ...preview,
    bundle: { ...preview.bundle, authorName: authorName(store, preview.bundle.author, extra) },
    merged: preview.merged.map((outcome) => textOutcomeView(store, outcome, extra)),
    conflicts: preview.conflicts.map((outcome) => textOutcomeView(store, outcome, extra)),
  };
}

export function reportView(store: WorkspaceStore, report: SharedFolderReport): ArrivalReport {
  return {
    ...report,
    merged: report.merged.map((outcome) => textOutcomeView(store, outcome)),
    conflicts: report.conflicts.map((outcome) => textOutcomeView(store, outcome)),
  };
}

interface StoredConflict {
  id: string;
  collection: string;
  recordId: string;
  field: string;
  base?: string;
  versions?: { clock: string; device: string; author: string; text: string }[];
}

/** The open text conflicts, each with its record's title, the base and every version. */
export function openConflicts(store: WorkspaceStore): ConflictView[] {
  const conflicts = store.list('conflicts', { where: { status: 'open' } }).items as unknown as StoredConflict[];
  return conflicts.map((conflict) => {
    const collection = isCollectionName(conflict.collection) ? conflict.collection : undefined;
    const record = collection ? fieldsOf(store, collection, conflict.recordId) : undefined;
    const current = record?.[conflict.field];
    return {
      id: conflict.id,
      collection: conflict.collection,
      recordId: conflict.recordId,
      field: conflict.field,
      title: collection ? titleOf(store, collection, conflict.recordId) : conflict.recordId,
      // Statement texts are the editor's rich text; reasons and descriptions are plain.
      rich: collection === 'statements',
      base: conflict.base ?? '',
      current: typeof current === 'string' ? current : '',
      versions: (conflict.versions ?? []).map((version) => ({
        ...version,
        at: isHlc(version.clock) ? hlcToIso(version.clock) : '',
        authorName: authorName(store, version.author),
      })),
    };
  });
}

const authorsCache = new WeakMap<WorkspaceStore, { clock: string; byDevice: Map<string, Set<string>> }>();

/** Who made each device's operations (read from every journal once, then again only after new edits). */
async function authorsByDevice(store: WorkspaceStore): Promise<Map<string, Set<string>>> {
  const cached = authorsCache.get(store);
  if (cached && cached.clock === store.lastClock) return cached.byDevice;
  const byDevice = await store.readConsistent(async () => {
    const map = new Map<string, Set<string>>();
    for (const op of await store.allOperations()) {
      let authors = map.get(op.dev);
      if (!authors) map.set(op.dev, (authors = new Set()));
      authors.add(op.by);
    }
    return map;
  });
  authorsCache.set(store, { clock: store.lastClock, byDevice });
  return byDevice;
}

/** The devices this one has received bundles from (the peer book), newest first, with their authors. */
export async function peersOf(store: WorkspaceStore): Promise<Peer[]> {
  const { book } = await readPeers(store.layout);
  const entries = Object.entries(book.peers);
  if (entries.length === 0) return [];
  const authors = await authorsByDevice(store);
  return entries
    .map(([device, peer]) => ({
      device,
      lastBundleAt: peer.lastBundleAt ?? null,
      authors: [...(authors.get(device) ?? [])].sort().map((author) => ({ author, authorName: authorName(store, author) })),
    }))
    .sort((a, b) => (b.lastBundleAt ?? '').localeCompare(a.lastBundleAt ?? ''));
}
