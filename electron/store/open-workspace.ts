import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { builtinDistrictRecords } from '../../shared/data/builtin-districts';
import { defaultPrinciples } from '../../shared/data/default-principles';
import { AuthorSchema, DeviceIdSchema } from '../../shared/schema/common';
import { FORMAT_VERSION } from '../../shared/store/operation';
import { emptyState, type WorkspaceState } from '../../shared/store/state';
import { StoreError } from './errors';
import { listImports, openImportsWriter } from './imports';
import { JournalWriter } from './journal';
import { listJournals, snapshotMatchesJournals } from './journal-files';
import { MANIFEST_FILE, workspaceLayout, type WorkspaceLayout } from './layout';
import { WriterLock } from './lock';
import { readManifest, writeManifest, type Manifest } from './manifest';
import { loadSnapshot } from './snapshot';
import type { BatchEdit, InitOptions, StoreOptions } from './store-types';
import { WorkspaceStore } from './workspace-store';

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
  journalOffsets: Map<string, number>;
  importOffsets: Map<string, number>;
  devices: string[];
  clock: string | undefined;
  warnings: string[];
}

export async function initWorkspace(dir: string, options: InitOptions): Promise<WorkspaceStore> {
  const folder = path.resolve(dir);
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder);
  if (entries.length > 0) throw new StoreError('not_empty', `${folder}: the folder is not empty`);
  const manifest: Manifest = {
    format: 'alliance-desk-workspace',
    formatVersion: FORMAT_VERSION,
    workspaceId: randomUUID(),
    name: options.name ?? path.basename(folder),
    createdAt: new Date(options.now?.() ?? Date.now()).toISOString(),
  };
  await writeManifest(path.join(folder, MANIFEST_FILE), manifest);
  const store = await WorkspaceStore.open(folder, options);
  const seeds: BatchEdit[] = [
    ...defaultPrinciples(options.language ?? 'ru').map(({ id, data }) => ({ kind: 'put' as const, collection: 'principles' as const, id, data })),
    ...builtinDistrictRecords().map(({ id, data }) => ({ kind: 'put' as const, collection: 'districts' as const, id, data })),
  ];
  await store.batch(seeds);
  return store;
}

/**
 * Checks the folder and manifest, takes the writer lock (unless read-only), opens this device's
 * journal and loads the newest readable snapshot (a snapshot that is ahead of the journals is
 * dropped and the state rebuilt from them).
 */
export async function loadWorkspace(dir: string, options: StoreOptions): Promise<LoadedWorkspace> {
  if (!DeviceIdSchema.safeParse(options.device).success) throw new StoreError('invalid', `invalid device id: ${String(options.device)}`);
  if (!AuthorSchema.safeParse(options.author).success) throw new StoreError('invalid', 'invalid author');
  const folder = path.resolve(dir);
  try {
    if (!(await stat(folder)).isDirectory()) throw new StoreError('not_a_workspace', `${folder}: not a folder`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('not_a_workspace', `${folder}: no such folder`);
  }
  const manifest = await readManifest(path.join(folder, MANIFEST_FILE));
  const layout = workspaceLayout(folder, options.device);
  const readOnly = options.readOnly ?? false;
  if (!readOnly) await mkdir(layout.localDir, { recursive: true });
  const lock = readOnly ? undefined : await WriterLock.acquire(layout.lock, options.device);
  try {
    return await readLocalFiles(manifest, layout, options, lock);
  } catch (error) {
    await lock?.release();
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
  if (lock) await removeLeftoverTempFiles(layout);
  const report = await loadSnapshot(layout, manifest.workspaceId, { keepAside: lock !== undefined });
  for (const aside of report.quarantined) {
    warnings.push(`${aside.file}: unreadable (${aside.reason}); ${aside.movedTo ? `kept aside as ${aside.movedTo}` : 'not used'}`);
  }
  let writer: JournalWriter | undefined;
  let importsWriter: JournalWriter | undefined;
  const imports = await listImports(layout);
  if (lock) {
    const opened = await JournalWriter.open(layout.journal);
    writer = opened.writer;
    if (opened.droppedTornBytes > 0) {
      warnings.push(`${layout.journal}: dropped an incomplete last line (${opened.droppedTornBytes} bytes) left by an interrupted write`);
    }
    if (imports.has(options.device)) {
      try {
        const openedImports = await openImportsWriter(layout);
        importsWriter = openedImports.writer;
        if (openedImports.droppedTornBytes > 0) {
          warnings.push(`${layout.imports}: dropped an interrupted import (${openedImports.droppedTornBytes} bytes); the workspace is as it was before it`);
          imports.set(options.device, openedImports.writer.bytes);
        }
      } catch (error) {
        await writer.close();
        throw error;
      }
    }
  }
  let document = report.loaded?.document;
  if (document && !(await snapshotMatchesJournals(document, await listJournals(layout), imports))) {
    warnings.push(`${report.loaded!.file}: ahead of the journals; rebuilt from the journals`);
    document = undefined;
  }
  return {
    manifest,
    layout,
    options,
    lock,
    writer,
    importsWriter,
    state: document?.collections ?? emptyState(),
    journalOffsets: new Map(Object.entries(document?.journals ?? {})),
    importOffsets: new Map(Object.entries(document?.imports ?? {})),
    devices: [...(document?.devices ?? [])],
    clock: document?.clock || undefined,
    warnings,
  };
}

/** Temp files of an atomic write interrupted by a crash; safe to remove while we hold the lock. */
async function removeLeftoverTempFiles(layout: WorkspaceLayout): Promise<void> {
  for (const name of await readdir(layout.localDir)) {
    if (name.endsWith('.tmp') || name.endsWith('.next')) await rm(path.join(layout.localDir, name), { force: true });
  }
}
