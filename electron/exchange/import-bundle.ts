import type { WorkspaceStore } from '../store/workspace-store';
import { ExchangeError } from './errors';
import { recordPeer } from './peers';
import { planImport } from './plan-import';
import { summarizeImport, type ImportPreview, type MassDeletePolicy } from './preview';
import type { ParsedBundle } from './read-bundle';

export interface ImportOptions {
  /** Needed when the import would delete more than the policy allows. */
  confirmMassDelete?: boolean;
  policy?: MassDeletePolicy;
  /** How many records per collection and kind the preview lists (counts are always exact). */
  listLimit?: number;
}

export interface ImportResult {
  preview: ImportPreview;
  /** Operations written: the bundle's new ones plus this device's merges and conflict records. */
  written: number;
  /** Whether what the sender has was recorded, for later "since" bundles to it. */
  peerRecorded: boolean;
}

/** The dry run: what importing the bundle would do. Changes nothing. */
export function previewImport(store: WorkspaceStore, bundle: ParsedBundle, options: ImportOptions = {}): Promise<ImportPreview> {
  return store.readConsistent(async () => summarizeImport(store, bundle.header, await planImport(store, bundle.ops), options));
}

/**
 * Imports a bundle as a whole or not at all: the plan is made again on the state it applies to,
 * checked against the mass-delete policy, and written as one line of this device's imports file
 * (see WorkspaceStore.importOperations). Importing the same bundle again changes nothing.
 */
export async function applyImport(store: WorkspaceStore, bundle: ParsedBundle, options: ImportOptions = {}): Promise<ImportResult> {
  const { header } = bundle;
  const { result: preview, written } = await store.importOperations({ kind: 'bundle', from: header.device, bundle: header.sha256 }, async () => {
    const plan = await planImport(store, bundle.ops);
    const summary = summarizeImport(store, header, plan, options);
    if (summary.massDelete.required && !options.confirmMassDelete) {
      throw new ExchangeError(
        'mass_delete_unconfirmed',
        `the bundle deletes ${summary.massDelete.deleted} records; confirm the import to delete them`,
        summary.massDelete,
      );
    }
    return { foreign: plan.fresh, local: plan.local, result: summary };
  });
  let peerRecorded = false;
  if (header.device !== store.device) {
    // Outside the import line: losing this record costs only a larger next bundle, never data.
    peerRecorded = await recordPeer(store.layout, header.device, header.covers, new Date(store.now()).toISOString()).catch(() => false);
  }
  return { preview, written: written.length, peerRecorded };
}
