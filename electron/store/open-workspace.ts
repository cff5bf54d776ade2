import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { builtinDistrictRecords } from '../../shared/data/builtin-districts';
import { defaultPrinciples } from '../../shared/data/default-principles';
import { AuthorSchema, DeviceIdSchema } from '../../shared/schema/common';
import { FORMAT_VERSION } from '../../shared/store/operation';
import { emptyState, type WorkspaceState } from '../../shared/store/state';
import { mkdirDurable } from './durable-file';
import { StoreError } from './errors';
import { errorCode, fileLayer, removeFile } from './fs-layer';
import { listImports, openImportsWriter } from './imports';
import { JournalWriter } from './journal';
import type { FileProgress } from './journal-digest';
import { listJournals } from './journal-files';
import { MANIFEST_FILE, workspaceLayout, type WorkspaceLayout } from './layout';
import { WriterLock } from './lock';
import { readManifest, writeManifest, type Manifest } from './manifest';
import { loadSnapshot } from './snapshot';
import { describeDoubt } from './snapshot-recovery';
import { forgetLocations, startingPoints, type DoubtedFile } from './snapshot-trust';
import type { BatchEdit, InitOptions, StoreOptions } from './store-types';

/** What opening a workspace reads before the journals' tails are replayed. */
export interface LoadedWorkspace {
  manifest: Manifest;
  layout: WorkspaceLayout;
  options: StoreOptions;
  lock: WriterLock | undefined;
  writer: JournalWriter | undefined;
  /** This device's imports file, open when it exists (else opened by the first import). */
  importsWriter: JournalWriter | undefined;
  state: WorkspaceState;
  /** Where replay of each file starts (past what the snapshot vouches for), with its running digest. */
  journals: FileProgress;
  imports: FileProgress;
  /** Files the snapshot cannot vouch for: replayed from byte 0, and checked for what only the snapshot holds. */
  doubted: DoubtedFile[];
  /** The snapshot file the state comes from, if any. */
  snapshotFile: string | undefined;
  devices: string[];
  clock: string | undefined;
  /** Where the snapshot says quarantined operations sit (read back and checked by quarantine.ts). */
  quarantined: unknown;
  warnings: string[];
}

/** Makes the folder of a new workspace: an empty (or new) folder gets its manifest; returns its path. */
export async function createWorkspaceFolder(dir: string, options: InitOptions): Promise<string> {
  const folder = path.resolve(dir);
  await mkdirDurable(folder);
  const entries = await fileLayer().readdir(folder);
  if (entries.length > 0) throw new StoreError('not_empty', `${folder}: the folder is not empty`);
  const manifest: Manifest = {
    format: 'alliance-desk-workspace',
    formatVersion: FORMAT_VERSION,
    workspaceId: randomUUID(),
    name: options.name ?? path.basename(folder),
    createdAt: new Date(options.now?.() ?? Date.now()).toISOString(),
  };
  await writeManifest(path.join(folder, MANIFEST_FILE), manifest);
  return folder;
}

/** What a new workspace starts with: the default principles in its language and the built-in districts. */
export function workspaceSeeds(language: InitOptions['language']): BatchEdit[] {
  return [
    ...defaultPrinciples(language ?? 'ru').map(({ id, data }) => ({ kind: 'put' as const, collection: 'principles' as const, id, data })),
    ...builtinDistrictRecords().map(({ id, data }) => ({ kind: 'put' as const, collection: 'districts' as const, id, data })),
  ];
}

/**
 * Checks the folder and manifest, takes the writer lock (unless read-only), opens this device's
 * journal and loads the newest readable snapshot, with where replay starts in each file (past the
 * bytes the snapshot vouches for by their digest; from 0 in a file it cannot vouch for).
 */
export async function loadWorkspace(dir: string, options: StoreOptions): Promise<LoadedWorkspace> {
  if (!DeviceIdSchema.safeParse(options.device).success) throw new StoreError('invalid', `invalid device id: ${String(options.device)}`);
  if (!AuthorSchema.safeParse(options.author).success) throw new StoreError('invalid', 'invalid author');
  const folder = path.resolve(dir);
  try {
    if (!(await fileLayer().stat(folder)).isDirectory) throw new StoreError('not_a_workspace', `${folder}: not a folder`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') throw new StoreError('io', `${folder}: ${(error as Error).message}`);
    throw new StoreError('not_a_workspace', `${folder}: no such folder`);
  }
  const manifest = await readManifest(path.join(folder, MANIFEST_FILE));
  const layout = workspaceLayout(folder, options.device);
  const readOnly = options.readOnly ?? false;
  if (!readOnly) await mkdirDurable(layout.localDir);
  const lock = readOnly ? undefined : await WriterLock.acquire(layout.lock, options.device);
  try {
    return await readLocalFiles(manifest, layout, options, lock);
  } catch (error) {
    await lock?.release().catch(() => undefined);
    throw error;
  }
}

async function readLocalFiles(
  manifest: Manifest,
  layout: WorkspaceLayout,
  options: StoreOptions,
  lock: WriterLock | undefined,
): Promise<LoadedWorkspace> {
  const warnings: string[] = [];
  // Everything opened here is closed again if a later step fails: a failed open leaves nothing open.
  const opened: JournalWriter[] = [];
  try {
    if (lock) await removeLeftoverFiles(layout);
    let writer: JournalWriter | undefined;
    let importsWriter: JournalWriter | undefined;
    if (lock) {
      const journal = await JournalWriter.open(layout.journal);
      writer = journal.writer;
      opened.push(writer);
      if (journal.droppedTornBytes > 0) {
        warnings.push(`${layout.journal}: dropped an incomplete last line (${journal.droppedTornBytes} bytes) left by an interrupted write`);
      }
      if ((await listImports(layout)).has(options.device)) {
        const openedImports = await openImportsWriter(layout);
        importsWriter = openedImports.writer;
        opened.push(importsWriter);
        if (openedImports.droppedTornBytes > 0) {
          warnings.push(`${layout.imports}: dropped an interrupted import (${openedImports.droppedTornBytes} bytes); the workspace is as it was before it`);
        }
      }
    }
    const report = await loadSnapshot(layout, manifest.workspaceId, { keepAside: lock !== undefined });
    for (const aside of report.quarantined) {
      warnings.push(`${aside.file}: unreadable (${aside.reason}); ${aside.movedTo ? `kept aside as ${aside.movedTo}` : 'not used'}`);
    }
    const document = report.loaded?.document;
    const start = await startingPoints(layout, document, { journals: await listJournals(layout), imports: await listImports(layout) });
    for (const doubt of start.doubted) {
      if (doubt.reason !== 'unverified') warnings.push(`${doubt.file}: ${describeDoubt(doubt, report.loaded!.file)}; replayed from its start`);
    }
    const state = document?.collections ?? emptyState();
    const devices = [...(document?.devices ?? [])];
    forgetLocations(state, devices, start.doubted);
    return {
      manifest,
      layout,
      options,
      lock,
      writer,
      importsWriter,
      state,
      journals: start.journals,
      imports: start.imports,
      doubted: start.doubted,
      snapshotFile: report.loaded?.file,
      devices,
      clock: document?.clock || undefined,
      quarantined: document?.quarantined ?? [],
      warnings,
    };
  } catch (error) {
    for (const file of opened) await file.close().catch(() => undefined);
    throw error;
  }
}

/** Closes what loadWorkspace opened and releases the lock (a store that could not be built from it). */
export async function releaseLoaded(loaded: LoadedWorkspace): Promise<void> {
  await loaded.writer?.close().catch(() => undefined);
  await loaded.importsWriter?.close().catch(() => undefined);
  await loaded.lock?.release().catch(() => undefined);
}

/**
 * Temp files of an atomic write interrupted by a crash, and what an interrupted lock takeover
 * left (claims, markers: writer.lock.*); safe to remove while we hold the lock.
 */
async function removeLeftoverFiles(layout: WorkspaceLayout): Promise<void> {
  const lockPrefix = `${path.basename(layout.lock)}.`;
  for (const name of await fileLayer().readdir(layout.localDir)) {
    if (name.endsWith('.tmp') || name.endsWith('.next') || name.startsWith(lockPrefix)) await removeFile(path.join(layout.localDir, name));
  }
}
