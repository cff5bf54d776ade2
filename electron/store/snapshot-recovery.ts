import { COLLECTIONS, type CollectionName } from '../../shared/schema/collections';
import { compareHlc, decodeHlc } from '../../shared/store/hlc';
import { migrations } from '../../shared/store/migrations';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { fieldClock, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import { fileLayer } from './fs-layer';
import { replayAllFiles } from './full-replay';
import type { DoubtedFile } from './snapshot-trust';
import type { StoreCore } from './store-core';

/** The author named on operations written back from a snapshot (the snapshot does not keep authors). */
export const RECOVERED_AUTHOR = 'recovered-from-snapshot';

/** Damage that opening found and could not repair: what verify reports as problems. */
export interface StoreDamage {
  file: string;
  offset: number;
  message: string;
}

/**
 * When a snapshot cannot vouch for some files (a journal shorter than the bytes it was built
 * from, or changed), the state may hold operations that no file has any more: compares the state
 * (snapshot plus every file) with what the files alone give. This device's lost operations are
 * written back to its journal as new lines with their original clocks (so the journal is again
 * the full record, and a second open finds nothing more to write), when `writeBack` is given;
 * other devices' cannot go into their journals and stay in the state, reported.
 */
export async function recoverFromSnapshot(
  core: StoreCore,
  doubted: readonly DoubtedFile[],
  snapshotFile: string,
  writeBack: ((ops: Operation[]) => Promise<void>) | undefined,
): Promise<StoreDamage[]> {
  const files = await replayAllFiles(core.layout, core.options.registry ?? migrations);
  const lost = lostOperations(core.live.state, files, core.device);
  const damage: StoreDamage[] = [];
  for (const [device, count] of lost.byDevice) {
    if (device === core.device && writeBack) continue;
    const file = doubted.find((d) => d.device === device && d.kind === 'journal') ?? doubted.find((d) => d.device === device) ?? doubted[0]!;
    const kept = device === core.device ? 'written back when the workspace is next opened for editing' : 'kept only in the snapshot until that device sends them again';
    const lines = await linesBefore(file.file, file.size);
    damage.push({
      file: file.file,
      offset: file.size,
      message: `${file.file}: ${describeDoubt(file, snapshotFile)} (byte ${file.size} is the end of line ${lines}); ${count} operation${count === 1 ? '' : 's'} of device ${device} that the snapshot holds are in no file (${kept})`,
    });
  }
  core.warnings.push(...damage.map((d) => d.message));
  if (writeBack && lost.own.length > 0) {
    try {
      await writeBack(lost.own);
      core.warnings.push(`${core.layout.journal}: ${lost.own.length} operations that only the snapshot ${snapshotFile} still held were written to it again`);
    } catch (error) {
      const message = `${core.layout.journal}: ${lost.own.length} operations that only the snapshot holds could not be written back: ${(error as Error).message}`;
      core.warnings.push(message);
      damage.push({ file: core.layout.journal, offset: core.journals.offset(core.device), message });
    }
  }
  return damage;
}

/** How many lines end before `offset` (where damage starts, said as a line number too). */
async function linesBefore(file: string, offset: number): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await fileLayer().readFile(file);
  } catch {
    return 0;
  }
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) lines += 1;
  return lines;
}

/** Why a snapshot cannot vouch for a file, in words (with the file's size and the snapshot's offset). */
export function describeDoubt(file: DoubtedFile, snapshotFile: string): string {
  if (file.reason === 'shorter') return `ends at byte ${file.size}, but the snapshot ${snapshotFile} was built from its first ${file.snapshotOffset} bytes`;
  if (file.reason === 'changed') return `its first ${file.snapshotOffset} bytes are not the ones the snapshot ${snapshotFile} was built from (the file is now ${file.size} bytes)`;
  return `the snapshot ${snapshotFile} has no digest of its first ${file.snapshotOffset} bytes`;
}

interface Draft {
  col: CollectionName;
  id: string;
  hlc: string;
  kind: 'put' | 'patch' | 'del';
  data: Record<string, unknown>;
  unset: string[];
}

/**
 * What `state` holds that `files` (the state of the files alone) lacks, as operations: a put or
 * delete whose clock the files do not have, and each field whose value (or clearing) comes from a
 * clock the files do not have. A rebuilt put carries the record's fields as they are (a put must
 * pass the whole record's schema); fields written later keep their later clocks and win anyway.
 */
export function lostOperations(state: WorkspaceState, files: WorkspaceState, device: string): { own: Operation[]; byDevice: Map<string, number> } {
  const drafts = new Map<string, Draft>();
  const draft = (col: CollectionName, id: string, hlc: string, kind: Draft['kind']): Draft => {
    const key = `${col}\0${id}\0${hlc}`;
    let found = drafts.get(key);
    if (!found) drafts.set(key, (found = { col, id, hlc, kind, data: {}, unset: [] }));
    return found;
  };
  for (const col of COLLECTIONS) {
    for (const [id, entry] of Object.entries(state[col])) {
      const base = files[col][id];
      const putLost = entry.p !== undefined && (base?.p === undefined || base.p > entry.p);
      if (putLost) copyFields(draft(col, id, entry.p!, 'put').data, entry.f);
      if (entry.d !== undefined && (base?.d === undefined || base.d < entry.d)) draft(col, id, entry.d, 'del');
      for (const field of fieldsOf(entry)) {
        const clock = fieldClock(entry, field);
        if (clock === undefined || (putLost && clock === entry.p)) continue;
        const known = base ? fieldClock(base, field) : undefined;
        if (known !== undefined && known >= clock) continue;
        const patch = draft(col, id, clock, 'patch');
        if (field === '__proto__') continue;
        if (Object.hasOwn(entry.f, field)) patch.data[field] = entry.f[field];
        else patch.unset.push(field);
      }
    }
  }
  const own: Operation[] = [];
  const byDevice = new Map<string, number>();
  for (const d of drafts.values()) {
    const from = decodeHlc(d.hlc).device;
    byDevice.set(from, (byDevice.get(from) ?? 0) + 1);
    if (from !== device) continue;
    const stamp = { v: FORMAT_VERSION, hlc: d.hlc, dev: device, by: RECOVERED_AUTHOR, col: d.col, id: d.id };
    if (d.kind === 'del') own.push({ ...stamp, op: 'del' });
    else if (d.kind === 'put') own.push({ ...stamp, op: 'put', data: d.data });
    else own.push({ ...stamp, op: 'patch', data: d.data, ...(d.unset.length > 0 ? { unset: d.unset } : {}) });
  }
  return { own: own.sort((a, b) => compareHlc(a.hlc, b.hlc)), byDevice };
}

function copyFields(into: Record<string, unknown>, fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) if (field !== '__proto__') into[field] = value;
}

function fieldsOf(entry: RecordEntry): Set<string> {
  return new Set([...Object.keys(entry.f), ...Object.keys(entry.c ?? {})]);
}
