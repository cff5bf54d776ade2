import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBundle, parseBundleFor, type ParsedBundle } from '../../electron/exchange';
import { MAX_IMPORT_LINE_BYTES } from '../../electron/store/imports';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { canonicalState, laptopOptions, makeLaptops } from '../support/exchange-laptops';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const TEXT = 'Жители просят сохранить сквер, провести слушания и опубликовать проект планировки. '.repeat(12);

const sizeOf = (file: string) => stat(file).then((info) => info.size, () => -1);

/** Laptop b as it is before the import (a copy of its folder), a's bundle of 300 large groups, and b's imports file after importing it. */
async function largeImport() {
  const root = await tempDir();
  const [a, b] = await makeLaptops(root, ['laptop-a', 'laptop-b']);
  for (let i = 0; i < 300; i += 1) await a!.create('groups', { name: `Группа ${i}`, kind: 'working', description: TEXT });
  const bytes = (await exportBundle(a!)).bytes;
  await a!.close();
  await b!.close();
  const pristine = path.join(root, 'b-before');
  await cp(b!.layout.dir, pristine, { recursive: true });
  const store = await WorkspaceStore.open(b!.layout.dir, laptopOptions('laptop-b'));
  await applyImport(store, await parseBundleFor(store, bytes), { confirmMassDelete: true });
  const expected = canonicalState(store);
  await store.close();
  return { root, pristine, bytes, dir: b!.layout.dir, imports: await readFile(b!.layout.imports), expected };
}

describe('a large import', () => {
  it('is written as a block of bounded lines and reads back whole, history included', async () => {
    const { dir, imports, expected } = await largeImport();
    expect(imports.length).toBeGreaterThan(2 * MAX_IMPORT_LINE_BYTES);
    const lines = imports.toString('utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ v: 2, begin: true });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ v: 2, end: true, kind: 'bundle', from: 'laptop-a', operations: lines.length - 2 });
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThan(MAX_IMPORT_LINE_BYTES);
    // Rebuilt from the files alone, without any snapshot, it is the same.
    await rm(path.join(dir, 'local', 'laptop-b'), { recursive: true });
    const rebuilt = await WorkspaceStore.open(dir, laptopOptions('laptop-b'));
    expect(canonicalState(rebuilt)).toBe(expected);
    const group = rebuilt.list('groups').items[0]!;
    expect((await rebuilt.history('groups', group.id)).map((entry) => entry.device)).toEqual(['laptop-a']);
    await rebuilt.close();
    expect((await verifyWorkspace(dir)).problems).toEqual([]);
  });

  it('interrupted at any point (between lines, or tearing one) is never applied and is cut off on the next open', async () => {
    const { root, pristine, bytes, imports, expected } = await largeImport();
    const lineEnds = [...imports.entries()].filter(([, byte]) => byte === 0x0a).map(([i]) => i + 1);
    const cuts = [lineEnds[0]!, lineEnds[1]!, lineEnds[Math.floor(lineEnds.length / 2)]!, lineEnds.at(-2)!, lineEnds.at(-2)! + 10, imports.length - 5];
    for (const cut of cuts) {
      const trial = path.join(root, `cut-${cut}`);
      await cp(pristine, trial, { recursive: true });
      const before = await WorkspaceStore.open(trial, { ...laptopOptions('laptop-b'), readOnly: true });
      const state = canonicalState(before);
      await before.close();
      const file = path.join(trial, 'imports', 'laptop-b.jsonl');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, imports.subarray(0, cut));
      // Another device reading the folder meanwhile sees an import not complete yet, and applies none of it.
      const other = await WorkspaceStore.open(trial, { ...laptopOptions('laptop-c'), readOnly: true });
      expect(canonicalState(other), `cut at ${cut}`).toBe(state);
      await other.close();
      const reopened = await WorkspaceStore.open(trial, laptopOptions('laptop-b'));
      expect(canonicalState(reopened), `cut at ${cut}`).toBe(state);
      expect(reopened.warnings.join('\n')).toMatch(/interrupted import/);
      expect(await sizeOf(file)).toBe(0);
      // And the import then goes through once, on a clean file.
      await applyImport(reopened, await parseBundleFor(reopened, bytes), { confirmMassDelete: true });
      expect(canonicalState(reopened)).toBe(expected);
      await reopened.close();
      expect((await verifyWorkspace(trial)).problems, `cut at ${cut}`).toEqual([]);
    }
  });

  it('that fails while it is written (the bundle changed since its check) leaves the files as they were', async () => {
    const { pristine, bytes } = await largeImport();
    const store = await WorkspaceStore.open(pristine, laptopOptions('laptop-b'));
    const copy = Buffer.from(bytes);
    const checked = await parseBundleFor(store, copy);
    let passes = 0;
    const changing: ParsedBundle = {
      ...checked,
      forEachBatch: (visit) => {
        passes += 1;
        // The second reading is the one that writes: the file changes under it.
        if (passes === 2) copy.writeUInt8(copy.readUInt8(copy.length - 3) ^ 0x01, copy.length - 3);
        return checked.forEachBatch(visit);
      },
    };
    const state = canonicalState(store);
    await expect(applyImport(store, changing, { confirmMassDelete: true })).rejects.toMatchObject({ code: expect.stringMatching(/checksum_mismatch|malformed|invalid_operation/) });
    expect(passes).toBe(2);
    expect(canonicalState(store)).toBe(state);
    expect(await sizeOf(store.layout.imports)).toBe(-1);
    await store.close();
  });
});
