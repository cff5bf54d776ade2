import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { genericEditProblem, writePolicyProblem } from '../../shared/store/write-policy';
import { operationsForEdits } from './edit-operations';
import { StoreError, writeError } from './errors';
import { pathExists, removeFile } from './fs-layer';
import { ImportAppender } from './import-appender';
import { openImportsWriter, truncateDurably, type ImportMeta } from './imports';
import type { JournalLocation, JournalWriter } from './journal';
import type { RunningDigest } from './journal-digest';
import type { RecordQueries } from './record-queries';
import type { SnapshotSchedule } from './snapshot-schedule';
import type { StoreCore } from './store-core';
import type { BatchEdit, ImportPlan, ImportProducer } from './store-types';
import { replayImportTails } from './tail-replay';

/** Checks an operation of an import before it is written; one that fails stops the import. */
function checkedForImport(op: Operation): Operation {
  const check = checkOperation(op, op.dev);
  if (!check.ok) throw new StoreError(check.policy ? 'policy_violation' : 'invalid', check.problem);
  return check.op;
}

function refuseUnlessGeneric(edit: BatchEdit): void {
  const fields = edit.kind === 'patch' ? [...Object.keys(edit.data), ...(edit.unset ?? [])] : [];
  const problem = genericEditProblem(edit.kind === 'patch' ? { kind: 'patch', collection: edit.collection, fields } : edit);
  if (problem !== undefined) throw new StoreError('policy_violation', problem);
}

/** Who writes, asked at the moment of writing (the author can change between writes). */
export interface Writer {
  author: () => string;
  now: () => number;
}

/**
 * The write path: edits become validated operations, which are appended to this
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

  /**
   * Writes a batch of edits as one journal append with one fsync; returns the ids in order.
   * `generic`: the edits come from a generic command (records:*, the CLI's put), which each
   * collection's policy allows or not.
   */
  async commitBatch(edits: readonly BatchEdit[], generic = false): Promise<string[]> {
    const { core } = this;
    if (generic) for (const edit of edits) refuseUnlessGeneric(edit);
    const { ops, ids } = operationsForEdits(edits, { records: this.records, device: core.device, author: this.who.author(), tick: () => core.clock.tick() });
    if (ops.length === 0) return ids;
    for (const op of ops) {
      const problem = writePolicyProblem(op);
      if (problem !== undefined) throw new StoreError('policy_violation', problem);
    }
    if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
    let locations: JournalLocation[];
    try {
      locations = await this.writer.append(ops);
    } catch (error) {
      throw writeError(error, core.layout.journal);
    }
    ops.forEach((op, i) => core.live.apply(op, core.device, locations[i]!, 'local'));
    this.snapshots.afterWrite(ops.length);
    return ids;
  }

  /** See WorkspaceStore.importOperations: the whole batch at once. */
  commitImport<T>(meta: ImportMeta, plan: () => Promise<ImportPlan<T>>): Promise<{ result: T; written: number }> {
    return this.commitImportStream(meta, async (append) => {
      const { foreign, local, result } = await plan();
      await append(foreign);
      return { local, result };
    });
  }

  /**
   * See WorkspaceStore.importStream: the operations are checked and written in bounded lines as
   * they come, the end line makes the import durable, and only then is it applied — read back from
   * the file line by line, so memory holds one line at a time however large the import. If
   * anything fails before the end line, the lines written are cut off again (and readers would
   * ignore them anyway: an import without its end is never applied).
   */
  async commitImportStream<T>(meta: ImportMeta, produce: ImportProducer<T>): Promise<{ result: T; written: number }> {
    const { core } = this;
    if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
    let appender: ImportAppender | undefined;
    /** Whether this import made the imports file (then a failed import removes it again). */
    let created = false;
    const at = new Date(this.who.now()).toISOString();
    const writing = async (write: (appender: ImportAppender) => Promise<void>) => {
      try {
        if (!this.importsWriter) {
          created = !(await pathExists(core.layout.imports));
          this.importsWriter = (await openImportsWriter(core.layout)).writer;
        }
        appender ??= new ImportAppender(this.importsWriter, { ...meta, at });
        await write(appender);
      } catch (error) {
        throw writeError(error, core.layout.imports, 'nothing was imported');
      }
    };
    let result: T;
    try {
      const produced = await produce(async (ops) => {
        const checked = ops.map(checkedForImport);
        for (const op of checked) core.clock.observe(op.hlc);
        if (checked.length > 0) await writing((into) => into.add(checked));
      });
      result = produced.result;
      const stamp = { v: FORMAT_VERSION, dev: core.device, by: this.who.author() } as const;
      const own = produced.local.map((edit) => checkedForImport({ ...stamp, ...edit, by: edit.by ?? stamp.by, hlc: core.clock.tick() } as Operation));
      if (!appender && own.length === 0) return { result, written: 0 };
      await writing((into) => into.finish(own));
    } catch (error) {
      if (appender) await this.takeBack(appender.start, appender.wroteAny, created);
      throw error;
    }
    const arrivals = await replayImportTails(core, new Map([[core.device, 0]]), {
      origin: (op) => (op.dev === core.device ? 'local' : 'remote'),
      collect: false,
      trusted: true,
    });
    this.snapshots.afterWrite(arrivals.reduce((sum, arrival) => sum + arrival.operations, 0));
    return { result, written: appender!.operations };
  }

  /**
   * Cuts this device's imports file back to where a failed import started, or removes it when this
   * import made it: a failed import leaves the files as they were.
   */
  private async takeBack(start: number, wrote: boolean, created: boolean): Promise<void> {
    const { layout } = this.core;
    if (!wrote && !created) return;
    try {
      await this.importsWriter?.close();
      this.importsWriter = undefined;
      if (created) {
        await removeFile(layout.imports);
        return;
      }
      await truncateDurably(layout.imports, start);
      this.importsWriter = (await openImportsWriter(layout)).writer;
    } catch (error) {
      // Readers ignore an import without its end line, and opening cuts it off: nothing is applied.
      this.core.warnings.push(`${layout.imports}: an unfinished import could not be cut off yet (${(error as Error).message})`);
    }
  }

  /**
   * After opening's replay: from now on each journal append also moves on the journal's running
   * digest, which the next snapshot records with its offset. (Imports are applied by replaying
   * the imports file, which moves that file's digest on.)
   */
  trackJournal(): void {
    const { core } = this;
    if (this.writer) trackProgress(this.writer, core.journals.of(core.device), core.warnings);
  }

  /** Writes back operations only a snapshot still held (snapshot-recovery.ts), as new journal lines. */
  async appendRecovered(ops: Operation[]): Promise<void> {
    const { core } = this;
    if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
    const locations = await this.writer.append(ops);
    ops.forEach((op, i) => core.live.apply(op, core.device, locations[i]!, 'local'));
  }

  /** Closes the journal and the imports file (the store releases the lock after). */
  async close(): Promise<void> {
    await this.writer?.close();
    await this.importsWriter?.close();
  }
}

/**
 * Lets a writer keep the running digest of its file. When they disagree on the file's length (the
 * file changed under the store), the digest is left where it is: the state's offset then stays
 * behind, and the next open replays from there (applying an operation twice changes nothing).
 */
function trackProgress(writer: JournalWriter, digest: RunningDigest, warnings: string[]): void {
  if (digest.offset === writer.bytes) writer.track(digest);
  else warnings.push(`${writer.file}: read up to byte ${digest.offset} but ${writer.bytes} bytes long; later edits are replayed on the next open`);
}
