import { AuthorSchema } from '../../shared/schema/common';
import {
  collectionSchemas,
  isLongTextField,
  type CollectionName,
  type EntityInput,
  type StoredRecord,
} from '../../shared/schema/collections';
import { HybridClock, hlcToIso } from '../../shared/store/hlc';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { migrations } from '../../shared/store/migrations';
import { applyOperation, fieldClock, isLive, materialize, type RecordEntry, type WorkspaceState } from '../../shared/store/state';
import { checkOperation } from '../../shared/store/validate-operation';
import { readAllOperations } from './all-operations';
import { StoreError } from './errors';
import { encodeImportLine, listImports, openImportsWriter, readImports, type ImportMeta } from './imports';
import { listJournals } from './journal-files';
import { matches, sortBy, type AnyRecord } from './query';
import { newId, parseOrThrow, stripUndefined } from './record-input';
import { SecondaryIndexes } from './indexes';
import { type JournalWriter, readJournal, readJournalLine, type JournalLocation } from './journal';
import { IMPORTS_SOURCE, type WorkspaceLayout } from './layout';
import type { WriterLock } from './lock';
import type { Manifest } from './manifest';
import { saveSnapshot, type SnapshotDocument } from './snapshot';
import { initWorkspace, loadWorkspace, type LoadedWorkspace } from './open-workspace';
import type {
  Arrival,
  BatchEdit,
  HistoryEntry,
  ImportPlan,
  InitOptions,
  ListQuery,
  ListResult,
  StoreChange,
  StoreOptions,
} from './store-types';

export type { AnyRecord } from './query';
export type { ImportMeta } from './imports';
export type {
  Arrival,
  BatchEdit,
  HistoryEntry,
  ImportPlan,
  InitOptions,
  ListQuery,
  ListResult,
  LocalEdit,
  StoreChange,
  StoreOptions,
} from './store-types';

/**
 * A workspace opened by one device and author (DESIGN.md §6). Reads are served from memory; every
 * edit becomes an operation that is appended to this device's journal and fsynced before the call
 * resolves, then applied to memory and announced to subscribers.
 */
export class WorkspaceStore {
  readonly warnings: string[] = [];
  private readonly clock: HybridClock;
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly recordCache = new WeakMap<RecordEntry, AnyRecord>();
  private readonly indexes: SecondaryIndexes;
  private queue: Promise<unknown> = Promise.resolve();
  private opsSinceSnapshot = 0;
  private snapshotting: Promise<void> | undefined;
  private closed = false;
  private latestClock = '';
  /** Records and tombstones in the state, counted once and then kept up to date. */
  private entryCount: number | undefined;
  readonly manifest: Manifest;
  readonly layout: WorkspaceLayout;
  readonly device: string;
  private currentAuthor: string;
  private readonly options: StoreOptions;
  private readonly lock: WriterLock | undefined;
  private readonly writer: JournalWriter | undefined;
  private importsWriter: JournalWriter | undefined;
  private readonly state: WorkspaceState;
  /** Bytes of each device's journal that the state includes. */
  private readonly journalOffsets: Map<string, number>;
  /** Bytes of each device's imports file that the state includes. */
  private readonly importOffsets: Map<string, number>;
  /** History sources (a device's journal, or IMPORTS_SOURCE + device) named by index in RecordEntry.h. */
  private readonly devices: string[];
  /** Clocks of every operation applied, built on first need (exchange) and then kept up to date. */
  private known: Set<string> | undefined;

  /** Use WorkspaceStore.open or WorkspaceStore.init; this takes what open-workspace.ts loaded. */
  constructor(loaded: LoadedWorkspace) {
    this.manifest = loaded.manifest;
    this.layout = loaded.layout;
    this.device = loaded.options.device;
    this.currentAuthor = loaded.options.author;
    this.options = loaded.options;
    this.lock = loaded.lock;
    this.writer = loaded.writer;
    this.importsWriter = loaded.importsWriter;
    this.state = loaded.state;
    this.journalOffsets = loaded.journalOffsets;
    this.importOffsets = loaded.importOffsets;
    this.devices = loaded.devices;
    this.warnings.push(...loaded.warnings);
    this.clock = new HybridClock(this.device, loaded.options.now);
    this.indexes = new SecondaryIndexes(this.state);
    if (loaded.clock) this.observeClock(loaded.clock);
  }

  /** Creates a workspace in an empty (or new) folder and seeds the built-in districts and principles. */
  static init(dir: string, options: InitOptions): Promise<WorkspaceStore> {
    return initWorkspace(dir, options);
  }

  /** Opens a workspace: reads the newest readable snapshot and replays the journals' tails. */
  static async open(dir: string, options: StoreOptions): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(await loadWorkspace(dir, options));
    try {
      const replayed = [
        ...(await store.replayTails(await listJournals(store.layout), 'local')),
        ...(await store.replayImportTails(await listImports(store.layout), 'local')),
      ];
      store.opsSinceSnapshot = replayed.reduce((sum, arrival) => sum + arrival.operations, 0);
    } catch (error) {
      await store.releaseFiles();
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

  // ---- reads ----

  get<C extends CollectionName>(collection: C, id: string): StoredRecord<C> | undefined {
    const entry = this.state[collection][id];
    return isLive(entry) ? (this.materialize(id, entry) as StoredRecord<C>) : undefined;
  }

  count(collection: CollectionName): number {
    let count = 0;
    for (const entry of Object.values(this.state[collection])) if (isLive(entry)) count += 1;
    return count;
  }

  counts(): Record<CollectionName, number> {
    const counts = {} as Record<CollectionName, number>;
    for (const name of Object.keys(collectionSchemas) as CollectionName[]) counts[name] = this.count(name);
    return counts;
  }

  list<C extends CollectionName>(collection: C, query: ListQuery = {}): ListResult<StoredRecord<C>> {
    const where = Object.entries(query.where ?? {}).filter(([, value]) => value !== undefined);
    const indexed = where.find(([field]) => this.indexes.isIndexed(collection, field));
    const records = this.state[collection];
    const ids = indexed ? this.indexes.lookup(collection, indexed[0], indexed[1]) : Object.keys(records);
    let items: AnyRecord[] = [];
    for (const id of ids) {
      const entry = records[id];
      if (!isLive(entry) || !matches(entry.f, where)) continue;
      items.push(this.materialize(id, entry));
    }
    if (query.orderBy) items = sortBy(items, query.orderBy, query.descending ?? false);
    const total = items.length;
    const offset = query.offset ?? 0;
    const sliced = query.limit === undefined ? items.slice(offset) : items.slice(offset, offset + query.limit);
    return { items: sliced as StoredRecord<C>[], total };
  }

  /**
   * Visits every live record's fields without building record objects: for computations over a
   * whole collection (agreement figures) where materializing 150,000 records would dominate.
   */
  forEachLive(collection: CollectionName, visit: (id: string, fields: Readonly<Record<string, unknown>>) => void): void {
    const records = this.state[collection];
    for (const id in records) {
      const entry = records[id];
      if (isLive(entry)) visit(id, entry.f);
    }
  }

  /** Whether an id was used and then deleted (its tombstone stays; the id cannot be used again). */
  isDeleted(collection: CollectionName, id: string): boolean {
    return this.state[collection][id]?.d !== undefined;
  }

  /** Indexed look-up, e.g. positions by issue or by deputy. */
  byIndex<C extends CollectionName>(collection: C, field: string, value: unknown): StoredRecord<C>[] {
    if (!this.indexes.isIndexed(collection, field)) {
      throw new StoreError('invalid', `${collection}.${field} is not indexed`);
    }
    return this.list(collection, { where: { [field]: value } }).items;
  }

  /** Every operation that touched a record, oldest first, read back from the journals. */
  async history(collection: CollectionName, id: string): Promise<HistoryEntry[]> {
    const locations = this.state[collection][id]?.h ?? [];
    const entries: HistoryEntry[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < locations.length; i += 3) {
      const source = this.devices[locations[i]!]!;
      const line = await readJournalLine(this.layout.sourceFile(source), { offset: locations[i + 1]!, length: locations[i + 2]! });
      const op = JSON.parse(line) as Operation;
      // The same operation can sit in its journal and in an import: list it once.
      if (seen.has(op.hlc)) continue;
      seen.add(op.hlc);
      entries.push({
        clock: op.hlc,
        at: hlcToIso(op.hlc),
        device: op.dev,
        author: op.by,
        kind: op.op,
        ...(op.op !== 'del' ? { data: op.data } : {}),
        ...(op.op === 'patch' && op.unset ? { unset: op.unset } : {}),
        ...(op.op === 'patch' && op.base ? { base: op.base } : {}),
      });
    }
    return entries.sort((a, b) => (a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0));
  }

  /** The raw replayed state (for verification and tests); do not mutate. */
  rawState(): WorkspaceState {
    return this.state;
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- writes ----

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
    const run = this.queue.then(() => this.commitBatch(edits));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async commitBatch(edits: readonly BatchEdit[]): Promise<string[]> {
    this.assertOpen();
    const ops: Operation[] = [];
    const ids: string[] = [];
    const pending = new Map<string, Record<string, unknown> | null>();
    const pendingClocks = new Map<string, string>();
    for (const edit of edits) {
      const op = this.toOperation(edit, pending, pendingClocks);
      if (op) ops.push(op);
      ids.push(op?.id ?? edit.id!);
    }
    if (ops.length === 0) return ids;
    if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
    let locations: JournalLocation[];
    try {
      locations = await this.writer.append(ops);
    } catch (error) {
      throw new StoreError('io', `${this.layout.journal}: ${(error as Error).message}`);
    }
    this.journalOffsets.set(this.device, this.writer.bytes);
    ops.forEach((op, i) => this.applyAndAnnounce(op, this.device, locations[i]!, 'local'));
    this.opsSinceSnapshot += ops.length;
    this.maybeSnapshot();
    return ids;
  }

  /** Turns one edit into a validated operation, or throws without writing anything. */
  private toOperation(
    edit: BatchEdit,
    pending: Map<string, Record<string, unknown> | null>,
    pendingClocks: Map<string, string>,
  ): Operation | undefined {
    const key = pendingKey(edit.collection, edit.id ?? '');
    const current = edit.id !== undefined ? (pending.has(key) ? pending.get(key) : this.liveFields(edit.collection, edit.id)) : undefined;
    const base = { v: FORMAT_VERSION, dev: this.device, by: this.author, col: edit.collection } as const;
    if (edit.kind === 'del') {
      if (!current) throw new StoreError('not_found', `${edit.collection}/${edit.id}: no such record`);
      pending.set(key, null);
      return { ...base, op: 'del', id: edit.id, hlc: this.tick() };
    }
    if (edit.kind === 'put') {
      if (current) throw new StoreError('invalid', `${edit.collection}/${edit.id}: a record with this id exists`);
      if (edit.id !== undefined && this.isDeleted(edit.collection, edit.id)) {
        throw new StoreError('invalid', `${edit.collection}/${edit.id}: this id belonged to a deleted record`);
      }
      const id = edit.id ?? newId();
      const parsed = parseOrThrow(edit.collection, edit.data, `${edit.collection}/${id}`);
      pending.set(pendingKey(edit.collection, id), parsed);
      return { ...base, op: 'put', id, data: parsed, hlc: this.tick() };
    }
    if (!current) throw new StoreError('not_found', `${edit.collection}/${edit.id}: no such record`);
    const unset = edit.unset ?? [];
    const merged: Record<string, unknown> = { ...current, ...stripUndefined(edit.data) };
    for (const field of unset) delete merged[field];
    const parsed = parseOrThrow(edit.collection, merged, `${edit.collection}/${edit.id}`);
    const data: Record<string, unknown> = {};
    const cleared: string[] = [];
    for (const field of new Set([...Object.keys(edit.data), ...unset])) {
      if (!(field in collectionSchemas[edit.collection].shape)) continue;
      if (parsed[field] === undefined) {
        if (current[field] !== undefined) cleared.push(field);
      } else if (JSON.stringify(parsed[field]) !== JSON.stringify(current[field])) {
        data[field] = parsed[field];
      }
    }
    pending.set(key, parsed);
    if (Object.keys(data).length === 0 && cleared.length === 0) return undefined;
    const hlc = this.tick();
    const textBase = this.textBase(edit, [...Object.keys(data), ...cleared], pendingClocks, hlc);
    return { ...base, op: 'patch', id: edit.id, data, ...(cleared.length ? { unset: cleared } : {}), ...(textBase ? { base: textBase } : {}), hlc };
  }

  /**
   * For each long text the edit writes, the version it started from: the clock of the value shown
   * (or those the caller names, when resolving a conflict), so that concurrent edits can be merged.
   */
  private textBase(
    edit: Extract<BatchEdit, { kind: 'patch' }>,
    fields: string[],
    pendingClocks: Map<string, string>,
    hlc: string,
  ): Record<string, string[]> | undefined {
    let textBase: Record<string, string[]> | undefined;
    for (const field of fields) {
      if (!isLongTextField(edit.collection, field)) continue;
      const key = `${pendingKey(edit.collection, edit.id)}/${field}`;
      const entry = this.state[edit.collection][edit.id];
      const given = edit.base && Object.hasOwn(edit.base, field) ? edit.base[field] : undefined;
      const current = pendingClocks.get(key) ?? (entry ? fieldClock(entry, field) : undefined);
      (textBase ??= {})[field] = given ? [...given] : current ? [current] : [];
      pendingClocks.set(key, hlc);
    }
    return textBase;
  }

  private liveFields(collection: CollectionName, id: string): Record<string, unknown> | undefined {
    const entry = this.state[collection][id];
    return isLive(entry) ? entry.f : undefined;
  }

  private tick(): string {
    const stamp = this.clock.tick();
    this.latestClock = stamp > this.latestClock ? stamp : this.latestClock;
    return stamp;
  }

  private observeClock(stamp: string): void {
    this.clock.observe(stamp);
    if (stamp > this.latestClock) this.latestClock = stamp;
  }

  private applyAndAnnounce(op: Operation, source: string, location: JournalLocation, origin: StoreChange['origin']): void {
    const before = this.state[op.col][op.id];
    if (before === undefined && this.entryCount !== undefined) this.entryCount += 1;
    const wasLive = isLive(before);
    const indexedBefore = wasLive ? this.indexes.valuesOf(op.col, before.f) : undefined;
    const { changed } = applyOperation(this.state, op);
    this.known?.add(op.hlc);
    const after = this.state[op.col][op.id]!;
    this.recordLocation(op, source, location);
    if (!changed && wasLive === isLive(after)) return;
    this.recordCache.delete(after);
    if (indexedBefore) this.indexes.remove(op.col, op.id, indexedBefore);
    if (isLive(after)) this.indexes.add(op.col, op.id, after.f);
    const change: StoreChange = { collection: op.col, id: op.id, kind: op.op, origin };
    for (const listener of this.listeners) listener(change);
  }

  private recordLocation(op: Operation, source: string, location: JournalLocation): void {
    let deviceIndex = this.devices.indexOf(source);
    if (deviceIndex === -1) deviceIndex = this.devices.push(source) - 1;
    const entry = this.state[op.col][op.id]!;
    (entry.h ??= []).push(deviceIndex, location.offset, location.length);
  }

  // ---- other devices' journals ----

  /**
   * Reads what other devices appended to their journals and imports files since last time (a synced
   * folder). Each arrival names the file's device and lists the operations applied from it.
   */
  async refresh(): Promise<Arrival[]> {
    const run = this.queue.then(async () => {
      this.assertOpen();
      const arrivals = [
        ...(await this.replayTails(await listJournals(this.layout), 'remote')),
        ...(await this.replayImportTails(await listImports(this.layout), 'remote')),
      ];
      this.opsSinceSnapshot += arrivals.reduce((sum, arrival) => sum + arrival.operations, 0);
      return arrivals.filter((arrival) => arrival.device !== this.device && arrival.operations > 0);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async replayTails(journals: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
    const arrivals: Arrival[] = [];
    for (const device of [...journals.keys()].sort()) {
      const file = this.layout.journalOf(device);
      const from = this.journalOffsets.get(device) ?? 0;
      const read = await readJournal(file, from, this.options.registry ?? migrations);
      if (read.tornBytes > 0 && device !== this.device) {
        this.warnings.push(`${file}: an incomplete last line (${read.tornBytes} bytes) is not applied yet`);
      }
      const ops = this.replayRead(file, read, () => device, device, origin);
      this.journalOffsets.set(device, read.end);
      arrivals.push({ device, source: 'journal', operations: ops.length, ...(origin === 'remote' ? { ops } : {}) });
    }
    return arrivals;
  }

  /** Like replayTails, for imports files: each operation is checked against its own device. */
  async replayImportTails(files: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
    const arrivals: Arrival[] = [];
    for (const device of [...files.keys()].sort()) {
      const file = this.layout.importsOf(device);
      const from = this.importOffsets.get(device) ?? 0;
      const read = await readImports(file, from, this.options.registry ?? migrations);
      if (read.tornBytes > 0) {
        this.warnings.push(
          device === this.device
            ? `${file}: an interrupted import (${read.tornBytes} bytes) is not applied; the workspace is as it was before it`
            : `${file}: an incomplete last line (${read.tornBytes} bytes) is not applied yet`,
        );
      }
      const ops = this.replayRead(file, read, (op) => op.dev, `${IMPORTS_SOURCE}${device}`, origin);
      this.importOffsets.set(device, read.end);
      arrivals.push({ device, source: 'imports', operations: ops.length, ...(origin === 'remote' ? { ops } : {}) });
    }
    return arrivals;
  }

  private replayRead(
    file: string,
    read: { ops: { op: Operation; location: JournalLocation }[]; problems: { offset: number; message: string }[] },
    deviceOf: (op: Operation) => string,
    source: string,
    origin: StoreChange['origin'],
  ): Operation[] {
    for (const problem of read.problems) {
      this.warnings.push(`${file}: line at byte ${problem.offset} skipped: ${problem.message}`);
    }
    const applied: Operation[] = [];
    for (const { op, location } of read.ops) {
      const checked = checkOperation(op, deviceOf(op));
      if (!checked.ok) {
        this.warnings.push(`${file}: operation at byte ${location.offset} skipped: ${checked.problem}`);
        continue;
      }
      this.observeClock(op.hlc);
      this.applyAndAnnounce(checked.op, source, location, origin);
      applied.push(checked.op);
    }
    return applied;
  }

  // ---- exchange between devices ----

  /**
   * Appends operations that came from elsewhere (a bundle), with the operations this device derives
   * from them (merges of concurrent long-text edits), as ONE line of this device's imports file with
   * one fdatasync, then applies them: a crash mid-write leaves a torn line that is dropped whole, so
   * the workspace is as it was. `plan` runs after every pending write and before any later one, so
   * it decides on the state the line applies to; whatever it throws cancels the import.
   */
  importOperations<T>(meta: ImportMeta, plan: () => Promise<ImportPlan<T>>): Promise<{ result: T; written: Operation[] }> {
    const run = this.queue.then(async () => {
      this.assertOpen();
      if (!this.writer) throw new StoreError('read_only', 'the workspace is open read-only');
      const { foreign, local, result } = await plan();
      if (foreign.length === 0 && local.length === 0) return { result, written: [] };
      for (const op of foreign) this.observeClock(op.hlc);
      const stamp = { v: FORMAT_VERSION, dev: this.device, by: this.author } as const;
      const ops = [...foreign, ...local.map((edit) => ({ ...stamp, ...edit, hlc: this.tick() }) as Operation)];
      const checked = ops.map((op) => {
        const check = checkOperation(op, op.dev);
        if (!check.ok) throw new StoreError('invalid', check.problem);
        return check.op;
      });
      const { text, ranges } = encodeImportLine({ ...meta, at: new Date(this.now()).toISOString() }, checked);
      let line: JournalLocation;
      try {
        this.importsWriter ??= (await openImportsWriter(this.layout)).writer;
        line = await this.importsWriter.appendLine(text);
      } catch (error) {
        throw new StoreError('io', `${this.layout.imports}: ${(error as Error).message}`);
      }
      this.importOffsets.set(this.device, this.importsWriter.bytes);
      const source = `${IMPORTS_SOURCE}${this.device}`;
      checked.forEach((op, i) => {
        const location = { offset: line.offset + ranges[i]!.offset, length: ranges[i]!.length };
        this.applyAndAnnounce(op, source, location, op.dev === this.device ? 'local' : 'remote');
      });
      this.opsSinceSnapshot += checked.length;
      this.maybeSnapshot();
      return { result, written: checked };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Runs `read` between writes, so everything it reads (state, history, files) is one consistent state. */
  readConsistent<T>(read: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.assertOpen();
      return read();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Every operation the state includes, each once, oldest first (for bundles). Call it inside
   * readConsistent or an import plan, so no write lands while the files are read.
   */
  allOperations(): Promise<Operation[]> {
    return readAllOperations(this.layout, this.journalOffsets, this.importOffsets, this.options.registry ?? migrations);
  }

  /** Clocks of every operation the state includes (an operation's clock is its identity). Same rule as allOperations. */
  async knownOperations(): Promise<ReadonlySet<string>> {
    if (!this.known) {
      // Inside the queue nothing is applied while the files are read; from now on applyAndAnnounce adds to the set.
      this.known = new Set((await this.allOperations()).map((op) => op.hlc));
    }
    return this.known;
  }

  /** The latest clock this device has seen or made. */
  get lastClock(): string {
    return this.latestClock;
  }

  /** Wall-clock milliseconds as this store sees them (tests set StoreOptions.now). */
  readonly now = (): number => this.options.now?.() ?? Date.now();

  // ---- snapshot and close ----

  private maybeSnapshot(): void {
    // Snapshot cost grows with the workspace; space snapshots out in proportion so edits stay flat.
    this.entryCount ??= this.totalEntries();
    const every = Math.max(this.options.snapshotEvery ?? 500, Math.floor(this.entryCount * 0.05));
    if (this.opsSinceSnapshot >= every && !this.snapshotting && this.writer) {
      this.snapshotting = this.writeSnapshot()
        .catch((error: unknown) => {
          this.warnings.push(`snapshot not written: ${(error as Error).message}`);
        })
        .finally(() => {
          this.snapshotting = undefined;
        });
    }
  }

  private totalEntries(): number {
    let total = 0;
    for (const records of Object.values(this.state)) total += Object.keys(records).length;
    return total;
  }

  /** Writes a snapshot now. The document is serialized synchronously, so it is one consistent state. */
  async writeSnapshot(): Promise<void> {
    const document: SnapshotDocument = {
      format: 'alliance-desk-snapshot',
      formatVersion: FORMAT_VERSION,
      workspaceId: this.manifest.workspaceId,
      device: this.device,
      savedAt: new Date().toISOString(),
      journals: Object.fromEntries(this.journalOffsets),
      imports: Object.fromEntries(this.importOffsets),
      devices: this.devices,
      clock: this.latestClock,
      collections: this.state,
    };
    this.opsSinceSnapshot = 0;
    await saveSnapshot(this.layout, document);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    await this.snapshotting;
    this.closed = true;
    try {
      if (this.writer) await this.writeSnapshot();
    } finally {
      await this.releaseFiles();
    }
  }

  private async releaseFiles(): Promise<void> {
    await this.writer?.close();
    await this.importsWriter?.close();
    await this.lock?.release();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Opened read-only: reads work, edits and imports are refused. */
  get isReadOnly(): boolean {
    return this.writer === undefined;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('closed', 'the workspace is closed');
  }

  private materialize(id: string, entry: RecordEntry): AnyRecord {
    let record = this.recordCache.get(entry);
    if (!record) {
      record = materialize(id, entry) as AnyRecord;
      this.recordCache.set(entry, record);
    }
    return record;
  }
}

function pendingKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}
