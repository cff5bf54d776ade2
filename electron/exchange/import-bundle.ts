import type { VersionVector } from '../../shared/exchange/version-vector';
import { isClockAhead } from '../../shared/store/hlc';
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
  return store.readConsistent(async () => summarizeImport(store, bundle.header, await planImport(store, bundle), options));
}

/**
 * Imports a bundle as a whole or not at all: the plan is made again on the state it applies to
 * (reading the bundle once), checked against the mass-delete policy, then the bundle is read once
 * more and its new operations written as one import of this device's imports file, in bounded
 * lines (see WorkspaceStore.importStream). Nothing counts until the import's end line is durable;
 * importing the same bundle again changes nothing. Operations dated too far ahead are written
 * (kept) but quarantined.
 */
export async function applyImport(store: WorkspaceStore, bundle: ParsedBundle, options: ImportOptions = {}): Promise<ImportResult> {
  const { header } = bundle;
  const { result: preview, written } = await store.importStream({ kind: 'bundle', from: header.device, bundle: header.sha256 }, async (append) => {
    const { summary, local, fresh } = await planAllowed(store, bundle, options);
    if (fresh > 0) {
      // The same set the plan filtered with: nothing is applied while the import is written.
      const known = await store.knownOperations();
      await bundle.forEachBatch(async (ops) => {
        const fresh = ops.filter((op) => !known.has(op.hlc) && !store.isQuarantined(op.hlc));
        if (fresh.length > 0) await append(fresh);
      });
    }
    return { local, result: summary };
  });
  let peerRecorded = false;
  if (header.device !== store.device) {
    // Outside the import: losing this record costs only a larger next bundle, never data.
    const covers = withinClockBound(header.covers, store.now());
    peerRecorded = await recordPeer(store.layout, header.device, covers, new Date(store.now()).toISOString()).catch(() => false);
  }
  return { preview, written, peerRecorded };
}

/**
 * Plans the import and checks it against the mass-delete policy. Only what writing needs is
 * returned: the plan's copies of every record touched (the whole workspace, for a first import)
 * are let go before the bundle is read again.
 */
async function planAllowed(store: WorkspaceStore, bundle: ParsedBundle, options: ImportOptions) {
  const plan = await planImport(store, bundle);
  const summary = summarizeImport(store, bundle.header, plan, options);
  if (summary.massDelete.required && !options.confirmMassDelete) {
    throw new ExchangeError('mass_delete_unconfirmed', `the bundle deletes ${summary.massDelete.deleted} records; confirm the import to delete them`, summary.massDelete);
  }
  return { summary, local: plan.local, fresh: plan.fresh };
}

/**
 * A peer's `covers` without clocks too far ahead: a bundle from a version that did not hold such
 * operations back would otherwise make this device believe the peer has every later operation of
 * that device, and leave them out of the next "since" bundle to it.
 */
function withinClockBound(covers: VersionVector, now: number): VersionVector {
  return Object.fromEntries(Object.entries(covers).filter(([, clock]) => !isClockAhead(clock, now)));
}
