import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { operationsForEdits } from './edit-operations';
import { StoreError } from './errors';
import { encodeImportLine, openImportsWriter, type ImportMeta } from './imports';
import type { JournalLocation, JournalWriter } from './journal';
import { IMPORTS_SOURCE } from './layout';
import type { RecordQueries } from './record-queries';
import type { SnapshotSchedule } from './snapshot-schedule';
import type { StoreCore } from './store-core';
import type { BatchEdit, ImportPlan } from './store-types';

/** Who writes, asked at the moment of writing (the author can change between writes). */
export interface Writer {
  author: () => string;
  now: () => number;
}

/**
 * The write path of DESIGN.md §6: edits become validated operations, which are appended to this
 * device's journal (or, when they came from elsewhere, to its imports file) and fdatasync'd BEFORE
 * they are applied to memory and announced, so nothing is shown that a crash could lose. The store
 * runs these one at a time in its queue.
 */
export class StoreWrites {
  constructor(
    private readonly core: StoreCore,
    private readonly records: RecordQueries,
    private readonly snapshots: SnapshotSchedule,
    private readonly who: Writer,
    private readonly writer: JournalWriter | undefined,
    /** This device's imports file, open when it exists (else opened by the first import). */
    private importsWriter: JournalWriter | undefined,
  ) {}

  get readOnly(): boolean {
    return this.writer === undefined;
  }

  /** Writes a batch of edits as one journal append with one fsync; returns the ids in order. */
  async commitBatch(edits: readonly BatchEdit[]): Promise<string[]> {
    const { core } = this;
    const { ops, ids } = operationsForEdits(edits, { records: this.records, device: core.device, author: this.who.author(), tick: () => core.clock.tick() });
    if (ops.length === 0) return ids;
    if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
    let locations: JournalLocation[];
    try {
      locations = await this.writer.append(ops);
    } catch (error) {
      throw new StoreError('io', `${core.layout.journal}: ${(error as Error).message}`);
    }
    core.journalOffsets.set(core.device, this.writer.bytes);
    ops.forEach((op, i) => core.live.apply(op, core.device, locations[i]!, 'local'));
    this.snapshots.afterWrite(ops.length);
    return ids;
  }

  /** See WorkspaceStore.importOperations: one imports line, one fdatasync, then apply. */
  async commitImport<T>(meta: ImportMeta, plan: () => Promise<ImportPlan<T>>): Promise<{ result: T; written: Operation[] }> {
    const { core } = this;
    if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
    const { foreign, local, result } = await plan();
    if (foreign.length === 0 && local.length === 0) return { result, written: [] };
    for (const op of foreign) core.clock.observe(op.hlc);
    const stamp = { v: FORMAT_VERSION, dev: core.device, by: this.who.author() } as const;
    const ops = [...foreign, ...local.map((edit) => ({ ...stamp, ...edit, hlc: core.clock.tick() }) as Operation)];
    const checked = ops.map((op) => {
      const check = checkOperation(op, op.dev);
      if (!check.ok) throw new StoreError('invalid', check.problem);
      return check.op;
    });
    const { text, ranges } = encodeImportLine({ ...meta, at: new Date(this.who.now()).toISOString() }, checked);
    let line: JournalLocation;
    try {
      this.importsWriter ??= (await openImportsWriter(core.layout)).writer;
      line = await this.importsWriter.appendLine(text);
    } catch (error) {
      throw new StoreError('io', `${core.layout.imports}: ${(error as Error).message}`);
    }
    core.importOffsets.set(core.device, this.importsWriter.bytes);
    const source = `${IMPORTS_SOURCE}${core.device}`;
    checked.forEach((op, i) => {
      const location = { offset: line.offset + ranges[i]!.offset, length: ranges[i]!.length };
      core.live.apply(op, source, location, op.dev === core.device ? 'local' : 'remote');
    });
    this.snapshots.afterWrite(checked.length);
    return { result, written: checked };
  }

  /** Closes the journal and the imports file (the store releases the lock after). */
  async close(): Promise<void> {
    await this.writer?.close();
    await this.importsWriter?.close();
  }
}
