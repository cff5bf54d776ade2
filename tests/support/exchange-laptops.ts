import { cp } from 'node:fs/promises';
import path from 'node:path';
import { applyImport, exportBundle, parseBundleFor, type ImportOptions, type ImportResult } from '../../electron/exchange';
import { WorkspaceStore, type StoreOptions } from '../../electron/store/workspace-store';
import { COLLECTIONS } from '../../shared/schema/collections';
import type { RecordEntry } from '../../shared/store/state';

export const laptopOptions = (device: string): StoreOptions => ({ device, author: `author-${device}`, snapshotEvery: 40 });

/** The laptop that creates the shared workspace. */
export function initLaptop(dir: string, device: string): Promise<WorkspaceStore> {
  return WorkspaceStore.init(dir, { ...laptopOptions(device), name: 'Союз', language: 'ru' });
}

/**
 * Laptops sharing one workspace the way people start: one creates it, the others copy the folder
 * (without its device-local files) and open it as themselves.
 */
export async function makeLaptops(root: string, devices: readonly string[]): Promise<WorkspaceStore[]> {
  const first = path.join(root, devices[0]!);
  const creator = await initLaptop(first, devices[0]!);
  await creator.close();
  const stores: WorkspaceStore[] = [];
  for (const device of devices) {
    const dir = path.join(root, device);
    if (dir !== first) await cp(first, dir, { recursive: true, filter: (source) => !source.startsWith(path.join(first, 'local')) });
    stores.push(await WorkspaceStore.open(dir, laptopOptions(device)));
  }
  return stores;
}

/** One exchange: `from` makes a bundle (everything, or what `to` lacks) and `to` imports it. */
export async function sendBundle(
  from: WorkspaceStore,
  to: WorkspaceStore,
  mode: 'everything' | 'since' = 'since',
  options: ImportOptions = { confirmMassDelete: true },
): Promise<ImportResult> {
  const bundle = await exportBundle(from, mode === 'since' ? { since: to.device } : {});
  return applyImport(to, await parseBundleFor(to, bundle.bytes), options);
}

/** Exchanges in every direction until a whole round brings nothing new (merges travel too). */
export async function syncAll(stores: readonly WorkspaceStore[], maxRounds = 8): Promise<void> {
  for (let round = 0; round < maxRounds; round += 1) {
    let written = 0;
    for (const from of stores) {
      for (const to of stores) if (from !== to) written += (await sendBundle(from, to)).written;
    }
    if (written === 0) return;
  }
  throw new Error(`no quiescence after ${maxRounds} rounds of exchanges`);
}

/** The merged state without the store's history bookkeeping, in a canonical order, for comparing laptops. */
export function canonicalState(store: WorkspaceStore): string {
  const state = store.rawState();
  const sorted = (object: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.entries(object ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out: Record<string, unknown> = {};
  for (const name of COLLECTIONS) {
    const records = state[name];
    out[name] = Object.keys(records)
      .sort()
      .map((id) => {
        const entry = records[id] as RecordEntry;
        return [id, sorted(entry.f), sorted(entry.c), entry.p ?? null, entry.d ?? null];
      });
  }
  return JSON.stringify(out);
}
