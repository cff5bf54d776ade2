import type { WorkspaceStore } from '../store/workspace-store';
import type { BundleLimits } from './bundle-format';
import { knownToPeer } from './peers';
import { parseBundle, readBundleFile, type ParsedBundle } from './read-bundle';
import { makeBundle, type BundleOptions, type MadeBundle } from './write-bundle';

// Exchange between laptops: bundles, the import dry run and apply, text conflicts, and
// the shared-folder watcher. What the IPC handlers and the CLI use.
export { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DEFAULT_LIMITS, type BundleHeader, type BundleLimits } from './bundle-format';
export { ExchangeError, type ExchangeErrorCode } from './errors';
export { applyImport, previewImport, type ImportOptions, type ImportResult } from './import-bundle';
export { DEFAULT_MASS_DELETE, type ImportPreview, type MassDeletePolicy, type RecordRef } from './preview';
export { resolveConflict } from './conflicts';
export { SharedFolderWatcher, type SharedFolderOptions, type SharedFolderReport, type ArrivalSummary } from './shared-folder';
export { writeBundleFile, type BundleOptions, type MadeBundle } from './write-bundle';
export type { AheadOperations, ParsedBundle } from './read-bundle';
export type { TextOutcome } from './text-resolutions';

/**
 * A bundle of everything this workspace holds, or — with `since` naming a peer device — of what
 * that device lacks. A peer this device never received a bundle from gets everything.
 */
export async function exportBundle(store: WorkspaceStore, { since, ...options }: { since?: string } & BundleOptions = {}): Promise<MadeBundle & { everything: boolean }> {
  const known = since === undefined ? null : await knownToPeer(store.layout, since);
  const bundle = await makeBundle(store, known, store.now, options);
  return { ...bundle, everything: known === null };
}

/** Reads and checks a bundle file meant for this workspace. */
export function readBundle(store: WorkspaceStore, file: string, limits?: Partial<BundleLimits>): Promise<ParsedBundle> {
  return readBundleFile(file, { workspaceId: store.manifest.workspaceId, limits, now: store.now });
}

/** Checks bundle bytes (a file dropped on the window) meant for this workspace. */
export function parseBundleFor(store: WorkspaceStore, bytes: Uint8Array, limits?: Partial<BundleLimits>): Promise<ParsedBundle> {
  return parseBundle(bytes, { workspaceId: store.manifest.workspaceId, limits, now: store.now });
}
