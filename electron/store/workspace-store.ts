import { AuthorSchema } from '../../shared/schema/common';
import type { CollectionName, EntityInput, StoredRecord } from '../../shared/schema/collections';
import { migrations } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import type { WorkspaceState } from '../../shared/store/state';
import { readAllClocks, readAllOperations, type OperationsRead } from './all-operations';
import { StoreError, writeError } from './errors';
import { readHistory } from './history';
import type { ImportMeta } from './imports';
import type { WorkspaceLayout } from './layout';
import { LiveState } from './live-state';
import type { WriterLock } from './lock';
import type { Manifest } from './manifest';
import { createWorkspaceFolder, loadWorkspace, releaseLoaded, workspaceSeeds, type LoadedWorkspace } from './open-workspace';
import { checkBeforeReplay } from './open-checks';
import { Quarantine, quarantinedView, type QuarantinedView } from './quarantine';
import { RecordQueries } from './record-queries';
import { SerialQueue } from './serial-queue';
import { recoverFromSnapshot, type StoreDamage } from './snapshot-recovery';
import { SnapshotSchedule } from './snapshot-schedule';
import { StoreClock } from './store-clock';
import type { StoreCore } from './store-core';
import { StoreWrites } from './store-writes';
import { replayAllTails, replayImportTails, replayJournalTails } from './tail-replay';
import type {
  Arrival,
  BatchEdit,
  HistoryEntry,
  ImportPlan,
  ImportProducer,
  InitOptions,
  ListQuery,
  ListResult,
  StoreChange,
  StoreOptions,
} from './store-types';

export type { AnyRecord } from './query';
export type { ImportMeta } from './imports';
// Every type of the store's API (StoreOptions, BatchEdit, HistoryEntry, …) from where they are declared.
export type * from './store-types';

/**
 * A workspace opened by one device and author. Reads are served from memory; every
 * edit becomes an operation that is appended to this device's journal and fsynced before the call
 * resolves, then applied to memory and announced to subscribers.
 *
 * This class is the one entry point and keeps the order of things: writes, imports, refreshes and
 * consistent reads run one at a time in its queue. The work is done by its parts: RecordQueries
 * (reads), StoreWrites (the write path), tail-replay.ts (other devices' files), SnapshotSchedule,
 * history.ts (history read back from the files), all over one LiveState.
 */
export class WorkspaceStore {
  readonly warnings: string[] = [];
  /** What opening found lost and could not repair (verify reports it as problems). */
  readonly damage: StoreDamage[] = [];
  readonly manifest: Manifest;
  readonly layout: WorkspaceLayout;
  readonly device: string;
  private currentAuthor: string;
  private readonly options: StoreOptions;
  private readonly lock: WriterLock | undefined;
  private readonly core: StoreCore;
  private readonly records: RecordQueries;
  private readonly writes: StoreWrites;
  private readonly snapshots: SnapshotSchedule;
  private readonly queue = new SerialQueue();
  private closed = false;

  /** Use WorkspaceStore.open or WorkspaceStore.init; this takes what open-workspace.ts loaded. */
  constructor(loaded: LoadedWorkspace) {
    this.manifest = loaded.manifest;
    this.layout = loaded.layout;
    this.device = loaded.options.device;
    this.currentAuthor = loaded.options.author;
    this.options = loaded.options;
    this.lock = loaded.lock;
    this.warnings.push(...loaded.warnings);
    this.core = {
      layout: loaded.layout,
      device: this.device,
      options: loaded.options,
      live: new LiveState(loaded.state, loaded.devices),
      clock: new StoreClock(this.device, loaded.options.now),
      journals: loaded.journals,
      imports: loaded.imports,
      warnings: this.warnings,
      quarantine: new Quarantine(),
      now: this.now,
    };
    if (loaded.clock) this.core.clock.observe(loaded.clock);
    this.records = new RecordQueries(this.core.live);
    this.snapshots = new SnapshotSchedule(this.core, this.manifest.workspaceId, loaded.writer !== undefined);
    const who = { author: () => this.currentAuthor, now: this.now };
    this.writes = new StoreWrites(this.core, this.records, this.snapshots, who, loaded.writer, loaded.importsWriter);
  }

  /** Creates a workspace in an empty (or new) folder and seeds the built-in districts and principles. */
  static async init(dir: string, options: InitOptions): Promise<WorkspaceStore> {
    const store = await WorkspaceStore.open(await createWorkspaceFolder(dir, options), options);
    await store.batch(workspaceSeeds(options.language));
    return store;
  }

  /** Opens a workspace: reads the newest readable snapshot and replays the journals' tails. */
  static async open(dir: string, options: StoreOptions): Promise<WorkspaceStore> {
    const loaded = await loadWorkspace(dir, options);
    let store: WorkspaceStore;
    try {
      store = new WorkspaceStore(loaded);
    } catch (error) {
      await releaseLoaded(loaded);
      throw error;
    }
    try {
      store.snapshots.count(await checkBeforeReplay(store.core, loaded.quarantined));
      const replayed = await replayAllTails(store.core, 'local');
      store.snapshots.count(replayed.reduce((sum, arrival) => sum + arrival.operations, 0));
      store.writes.trackJournal();
      // A snapshot from before digests (unverified) over a journal at least as long: replaying from 0 is enough.
      if (loaded.doubted.some((doubt) => doubt.reason !== 'unverified')) {
        const writeBack = store.writes.readOnly ? undefined : (ops: Operation[]) => store.writes.appendRecovered(ops);
        store.damage.push(...(await recoverFromSnapshot(store.core, loaded.doubted, loaded.snapshotFile ?? 'snapshot', writeBack)));
      }
    } catch (error) {
      await store.releaseFiles().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** Who is editing ("who am I" on this device); stamped on every following operation. */
  get author(): string {
    return this.currentAuthor;
  }

  setAuthor(author: string): void {
    if (!AuthorSchema.safeParse(author).success) throw new StoreError('invalid', 'invalid author');
    this.currentAuthor = author;
  }

  // ---- reads (record-queries.ts) ----

  get<C extends CollectionName>(collection: C, id: string): StoredRecord<C> | undefined {
    return this.records.get(collection, id);
  }

  count(collection: CollectionName): number {
    return this.records.count(collection);
  }

  counts(): Record<CollectionName, number> {
    return this.records.counts();
  }

  list<C extends CollectionName>(collection: C, query: ListQuery = {}): ListResult<StoredRecord<C>> {
    return this.records.list(collection, query);
  }

  /** Every live record's fields, without building record objects (see RecordQueries.forEachLive). */
  forEachLive(collection: CollectionName, visit: (id: string, fields: Readonly<Record<string, unknown>>) => void): void {
    this.records.forEachLive(collection, visit);
  }

  /** Whether an id was used and then deleted (its tombstone stays; the id cannot be used again). */
  isDeleted(collection: CollectionName, id: string): boolean {
    return this.records.isDeleted(collection, id);
  }

  /** Indexed look-up, e.g. positions by issue or by deputy. */
  byIndex<C extends CollectionName>(collection: C, field: string, value: unknown): StoredRecord<C>[] {
    return this.records.byIndex(collection, field, value);
  }

  /** Every operation that touched a record, oldest first, read back from the journals. */
  async history(collection: CollectionName, id: string): Promise<HistoryEntry[]> {
    return readHistory(this.layout, this.core.live.devices, this.core.live.state[collection][id]?.h ?? []);
  }

  /** The raw replayed state (for verification and tests); do not mutate. */
  rawState(): WorkspaceState {
    return this.core.live.state;
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    return this.core.live.subscribe(listener);
  }

  // ---- writes (store-writes.ts) ----

  async create<C extends CollectionName>(collection: C, data: EntityInput<C>, id?: string): Promise<StoredRecord<C>> {
    const [created] = await this.batch([{ kind: 'put', collection, id, data }]);
    return this.get(collection, created!)!;
  }

  async patch<C extends CollectionName>(
    collection: C,
    id: string,
    data: Partial<EntityInput<C>>,
    unset: string[] = [],
  ): Promise<StoredRecord<C>> {
    await this.batch([{ kind: 'patch', collection, id, data: data as Record<string, unknown>, unset }]);
    return this.get(collection, id)!;
  }

  async remove(collection: CollectionName, id: string): Promise<void> {
    await this.batch([{ kind: 'del', collection, id }]);
  }

  /**
   * Validates every edit against the current state, then writes them as one journal append with
   * one fsync. Either all are written or none; returns the ids in order.
   */
  batch(edits: readonly BatchEdit[]): Promise<string[]> {
    return this.queue.run(() => {
      this.assertOpen();
      return this.writes.commitBatch(edits);
    });
  }

  /**
   * A batch from a generic command (the records:* channels, the CLI's put and delete): refused
   * with 'policy_violation' where a collection's policy allows only its own commands.
   */
  genericBatch(edits: readonly BatchEdit[]): Promise<string[]> {
    return this.queue.run(() => {
      this.assertOpen();
      return this.writes.commitBatch(edits, true);
    });
  }

  // ---- other devices' journals (tail-replay.ts) ----

  /**
   * Reads what other devices appended to their journals and imports files since last time (a synced
   * folder). Each arrival names the file's device and lists the operations applied from it.
   */
  async refresh(): Promise<Arrival[]> {
    return this.queue.run(async () => {
      this.assertOpen();
      const arrivals = await replayAllTails(this.core, 'remote');
      this.snapshots.count(arrivals.reduce((sum, arrival) => sum + arrival.operations, 0));
      return arrivals.filter((arrival) => arrival.device !== this.device && (arrival.operations > 0 || arrival.unreadable !== undefined));
    });
  }

  async replayTails(journals: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
    return replayJournalTails(this.core, journals, origin);
  }

  /** Like replayTails, for imports files: each operation is checked against its own device. */
  async replayImportTails(files: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
    return replayImportTails(this.core, files, origin);
  }

  // ---- exchange between devices ----

  /**
   * Appends operations that came from elsewhere (a bundle), with the operations this device derives
   * from them (merges of concurrent long-text edits), to this device's imports file as one import
   * (see imports.ts: one line, or bounded parts and an end line), then applies them: an import
   * interrupted before its end is never applied, so the workspace is as it was. `plan` runs after
   * every pending write and before any later one, so it decides on the state the import applies
   * to; whatever it throws cancels the import. Returns the plan's result and the operations written.
   */
  importOperations<T>(meta: ImportMeta, plan: () => Promise<ImportPlan<T>>): Promise<{ result: T; written: number }> {
    return this.queue.run(() => {
      this.assertOpen();
      return this.writes.commitImport(meta, plan);
    });
  }

  /**
   * Like importOperations for imports too large to hold at once: `produce` hands the operations
   * over in batches (each checked and written in bounded lines as it comes) and names this device's
   * own additions at the end. Nothing is applied, and nothing counts, until the import's end line
   * is durable.
   */
  importStream<T>(meta: ImportMeta, produce: ImportProducer<T>): Promise<{ result: T; written: number }> {
    return this.queue.run(() => {
      this.assertOpen();
      return this.writes.commitImportStream(meta, produce);
    });
  }

  /** Whether an operation (by clock) is held in quarantine: it is in this workspace's files, not applied. */
  isQuarantined(clock: string): boolean {
    return this.core.quarantine.has(clock);
  }

  /** Operations held because their clocks are too far ahead (see quarantine.ts), oldest first. */
  quarantined(): QuarantinedView[] {
    return this.core.quarantine.operations().map((entry) => quarantinedView(this.layout, entry));
  }

  /**
   * Applies quarantined operations a person accepts (by clock), and writes a snapshot at once so
   * that the acceptance holds after a restart. The clock does not move to them: this device's next
   * edits are still stamped by its own wall clock (so an accepted operation outranks later edits
   * of the same fields until its date). Returns the clocks applied; unknown clocks are ignored.
   */
  acceptFuture(clocks: readonly string[]): Promise<string[]> {
    return this.queue.run(async () => {
      this.assertOpen();
      if (this.writes.readOnly) throw new StoreError('read_only', 'the workspace is open read-only');
      const taken = this.core.quarantine.take(new Set(clocks));
      for (const { op, source, location } of taken) this.core.live.apply(op, source, location, 'remote');
      if (taken.length > 0) {
        this.snapshots.count(taken.length);
        await this.snapshots.pending;
        await this.snapshots.write();
      }
      return [...new Set(taken.map((entry) => entry.op.hlc))];
    });
  }

  /** Runs `read` between writes, so everything it reads (state, history, files) is one consistent state. */
  readConsistent<T>(read: () => Promise<T>): Promise<T> {
    return this.queue.run(() => {
      this.assertOpen();
      return read();
    });
  }

  /**
   * Every operation the state includes, each once, oldest first (for bundles). Call it inside
   * readConsistent or an import plan, so no write lands while the files are read.
   */
  async allOperations(): Promise<Operation[]> {
    return (await this.readOperations()).ops;
  }

  /** allOperations with the lines that could not be read (and so are missing from it): bundles say or refuse. */
  readOperations(): Promise<OperationsRead> {
    return readAllOperations(this.layout, this.core.journals.offsets(), this.core.imports.offsets(), this.options.registry ?? migrations);
  }

  /**
   * Clocks of every operation the state includes (an operation's clock is its identity), read from
   * the files in bounded chunks. Same rule as allOperations. (Held operations: isQuarantined.)
   */
  async knownOperations(): Promise<ReadonlySet<string>> {
    return this.core.live.knownClocks(async () => {
      return readAllClocks(this.layout, this.core.journals.offsets(), this.core.imports.offsets(), this.options.registry ?? migrations);
    });
  }

  /** The latest clock this device has seen or made. */
  get lastClock(): string {
    return this.core.clock.latest;
  }

  /** Wall-clock milliseconds as this store sees them (tests set StoreOptions.now). */
  readonly now = (): number => this.options.now?.() ?? Date.now();

  // ---- snapshot and close (snapshot-schedule.ts) ----

  /** Writes a snapshot now. The document is serialized synchronously, so it is one consistent state. */
  async writeSnapshot(): Promise<void> {
    return this.snapshots.write();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.idle();
    await this.snapshots.pending;
    this.closed = true;
    try {
      // A store that took in nothing since its snapshot writes none (nor turns its backups over).
      if (!this.writes.readOnly && this.snapshots.dirty) await this.writeSnapshot();
    } catch (error) {
      // Every acknowledged edit is in the journal: a snapshot that could not be written costs time at the next open, not data.
      this.warnings.push(`snapshot not written on close: ${writeError(error, this.layout.snapshot).message}; the edits are safe in the journal`);
    }
    await this.releaseFiles();
  }

  /** Closes every file and releases the lock, all of them even when one fails (then a coded error). */
  private async releaseFiles(): Promise<void> {
    let failure: unknown;
    await this.writes.close().catch((error: unknown) => (failure = error));
    await this.lock?.release().catch((error: unknown) => (failure ??= error));
    if (failure !== undefined) throw writeError(failure, this.layout.lock);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Opened read-only: reads work, edits and imports are refused. */
  get isReadOnly(): boolean {
    return this.writes.readOnly;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('closed', 'the workspace is closed');
  }
}
