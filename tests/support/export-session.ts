import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { buildExportFixture, FIXTURE_DEVICE, type ExportFixture } from './export-fixture';

export interface ExportSession {
  fixture: ExportFixture;
  store: WorkspaceStore;
  /** A folder for this file's outputs. */
  outDir: string;
}

/** Builds the export fixture once per test file and opens it read-only; removed after the file. */
export function useExportWorkspace(): () => ExportSession {
  let session: ExportSession | undefined;
  let root: string | undefined;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'alliance-desk-export-'));
    const fixture = await buildExportFixture(path.join(root, 'ws'));
    const store = await WorkspaceStore.open(fixture.dir, { device: FIXTURE_DEVICE, author: 'secretary', readOnly: true });
    session = { fixture, store, outDir: root };
  });
  afterAll(async () => {
    await session?.store.close();
    if (root) await rm(root, { recursive: true, force: true });
  });
  return () => session!;
}
