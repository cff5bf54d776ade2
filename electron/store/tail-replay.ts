import { isClockAhead } from '../../shared/store/hlc';
import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { listImports, readImportChunks, type ImportsEnd } from './imports';
import type { FileProgress } from './journal-digest';
import { listJournals } from './journal-files';
import { IMPORTS_SOURCE, type WorkspaceLayout } from './layout';
import { readJournalChunks, type LineProblem, type LinesEnd, type OperationChunk } from './operation-lines';
import { clockAheadWarning, type HeldOperation } from './quarantine';
import type { StoreCore } from './store-core';
import type { Arrival, StoreChange } from './store-types';
import { pushWarning, rangesOf, unreadableWarning } from './unreadable-lines';

/** How one kind of per-device file (journals, imports files) is found, read, checked and named in history. */
interface TailFiles {
  source: Arrival['source'];
  fileOf: (layout: WorkspaceLayout, device: string) => string;
  progress: (core: StoreCore) => FileProgress;
  read: (file: string, from: number, onChunk: (chunk: OperationChunk) => Promise<void>, registry: readonly Migration[], trusted: boolean) => Promise<LinesEnd & Partial<ImportsEnd>>;
  /** What to warn about an unterminated last line, if anything. */
  tornWarning: (file: string, tornBytes: number, own: boolean) => string | undefined;
  /** The device an operation must come from: a journal's own device; in imports, each operation's. */
  deviceOf: (op: Operation, device: string) => string;
  historySource: (device: string) => string;
}

const notYet = (file: string, tornBytes: number) => `${file}: an incomplete last line (${tornBytes} bytes) is not applied yet`;

const JOURNALS: TailFiles = {
  source: 'journal',
  fileOf: (layout, device) => layout.journalOf(device),
  progress: (core) => core.journals,
  read: (file, from, onChunk, registry) => readJournalChunks(file, from, onChunk, registry),
  // This device's own torn line was cut off (and reported) when its journal was opened.
  tornWarning: (file, tornBytes, own) => (own ? undefined : notYet(file, tornBytes)),
  deviceOf: (_op, device) => device,
  historySource: (device) => device,
};

const IMPORTS: TailFiles = {
  source: 'imports',
  fileOf: (layout, device) => layout.importsOf(device),
  progress: (core) => core.imports,
  read: (file, from, onChunk, registry, trusted) => readImportChunks(file, from, onChunk, registry, trusted),
  tornWarning: (file, tornBytes, own) =>
    own ? `${file}: an interrupted import (${tornBytes} bytes) is not applied; the workspace is as it was before it` : notYet(file, tornBytes),
  deviceOf: (op) => op.dev,
  historySource: (device) => `${IMPORTS_SOURCE}${device}`,
};

/** How a replay announces what it applies, and whether it hands the operations back. */
export interface ReplayOptions {
  origin: (op: Operation) => StoreChange['origin'];
  /** Return the applied operations in each arrival (refresh: the shared folder reports them). */
  collect: boolean;
  /** The lines were just written by this store from checked operations (applying an import): not checked again. */
  trusted?: boolean;
}

const asOrigin = (origin: StoreChange['origin']): ReplayOptions => ({ origin: () => origin, collect: origin === 'remote' });

/**
 * Applies the quarantined operations whose time has come, then replays every journal's tail, then
 * every imports file's (what opening and refresh read).
 */
export async function replayAllTails(core: StoreCore, origin: StoreChange['origin']): Promise<Arrival[]> {
  const due = applyDue(core, origin);
  return [
    ...(due > 0 ? [{ device: core.device, source: 'journal' as const, operations: due }] : []),
    ...(await replayTails(core, JOURNALS, await listJournals(core.layout), asOrigin(origin))),
    ...(await replayTails(core, IMPORTS, await listImports(core.layout), asOrigin(origin))),
  ];
}

/** Applies what each device's journal holds past the offset the state includes. */
export function replayJournalTails(core: StoreCore, journals: Map<string, number>, origin: StoreChange['origin']): Promise<Arrival[]> {
  return replayTails(core, JOURNALS, journals, asOrigin(origin));
}

/** Like replayJournalTails, for imports files: each operation is checked against its own device. */
export function replayImportTails(core: StoreCore, files: Map<string, number>, options: StoreChange['origin'] | ReplayOptions): Promise<Arrival[]> {
  return replayTails(core, IMPORTS, files, typeof options === 'string' ? asOrigin(options) : options);
}

/** Quarantined operations that are no longer too far ahead are applied now; returns how many. */
function applyDue(core: StoreCore, origin: StoreChange['origin']): number {
  const due = core.quarantine.takeDue(core.now());
  for (const { op, source, location } of due) {
    core.clock.observe(op.hlc);
    core.live.apply(op, source, location, origin);
  }
  return due.length;
}

async function replayTails(core: StoreCore, kind: TailFiles, files: Map<string, number>, options: ReplayOptions): Promise<Arrival[]> {
  const arrivals: Arrival[] = [];
  const progress = kind.progress(core);
  for (const device of [...files.keys()].sort()) {
    const file = kind.fileOf(core.layout, device);
    const own = device === core.device;
    const from = progress.offset(device);
    const replay = new FileReplay(core, file, own, (op) => kind.deviceOf(op, device), kind.historySource(device), options, from === 0);
    const read = await kind.read(file, from, (chunk) => replay.chunk(chunk), core.options.registry ?? migrations, own && (options.trusted ?? false));
    const torn = read.tornBytes > 0 ? kind.tornWarning(file, read.tornBytes, own) : undefined;
    if (torn) pushWarning(core.warnings, torn);
    if (read.incomplete) pushWarning(core.warnings, `${file}: an import (${read.incomplete.bytes} bytes) is not complete yet; not applied yet`);
    for (const gap of read.interrupted ?? []) {
      pushWarning(core.warnings, `${file}: an interrupted import (bytes ${gap.offset}–${gap.offset + gap.bytes}) was never completed; it is not applied`);
    }
    replay.finish();
    // The digest reads the bytes replayed once more (from the cache), so it is right however they were parsed.
    const end = Math.min(read.end, replay.heldAt ?? Number.POSITIVE_INFINITY);
    if (!(await progress.of(device).extendTo(file, end))) pushWarning(core.warnings, `${file}: changed while being read; read again on the next refresh`);
    arrivals.push({
      device,
      source: kind.source,
      operations: replay.applied,
      ...(options.collect ? { ops: replay.ops } : {}),
      ...(replay.unreadable.length > 0 ? { unreadable: replay.unreadable.map(({ file: f, offset, length }) => ({ file: f, offset, length })) } : {}),
    });
  }
  return arrivals;
}

/**
 * Applies the chunks of one file's tail. Operations that fail their checks are skipped with a
 * warning. Operations dated too far ahead are quarantined, not applied. A line that cannot be read
 * at all is skipped in this device's own files (nobody else can supply it), but in another device's
 * file it stops the replay there: a sync tool may still be filling that part in, and the offset the
 * state includes stays before it, so the line and what follows are read again next time.
 */
class FileReplay {
  applied = 0;
  readonly ops: Operation[] = [];
  readonly unreadable: LineProblem[] = [];
  /** Where the replay of another device's file stopped at an unreadable line. */
  heldAt: number | undefined;
  private readonly quarantined: HeldOperation[] = [];

  constructor(
    private readonly core: StoreCore,
    private readonly file: string,
    private readonly own: boolean,
    private readonly deviceOf: (op: Operation) => string,
    private readonly source: string,
    private readonly options: ReplayOptions,
    /** The read starts at byte 0, so its line numbers are the file's. */
    private readonly fromStart: boolean,
  ) {}

  async chunk({ ops, problems }: OperationChunk): Promise<void> {
    const { core, file } = this;
    for (const problem of problems) {
      if (problem.unreadable) {
        this.unreadable.push(problem);
        if (!this.own && (this.heldAt === undefined || problem.offset < this.heldAt)) this.heldAt = problem.offset;
        pushWarning(core.warnings, unreadableWarning(rangesOf(core.layout, [problem], this.fromStart)[0]!, problem.message, this.own ? 'skipped' : 'held'));
      } else {
        pushWarning(core.warnings, `${file}: line at byte ${problem.offset} skipped: ${problem.message}`);
      }
    }
    const now = core.now();
    for (const { op, location } of ops) {
      if (this.heldAt !== undefined && location.offset >= this.heldAt) continue;
      const checked = this.options.trusted && this.own ? { ok: true as const, op } : checkOperation(op, this.deviceOf(op));
      if (!checked.ok) {
        pushWarning(core.warnings, `${file}: operation at byte ${location.offset} skipped: ${checked.problem}`);
        continue;
      }
      if (isClockAhead(op.hlc, now)) {
        const entry = { op: checked.op, source: this.source, location };
        if (core.quarantine.hold(entry)) this.quarantined.push(entry);
        continue;
      }
      core.clock.observe(op.hlc);
      core.live.apply(checked.op, this.source, location, this.options.origin(checked.op));
      this.applied += 1;
      if (this.options.collect) this.ops.push(checked.op);
    }
  }

  /** Warns once about what this read quarantined. */
  finish(): void {
    if (this.quarantined.length > 0) pushWarning(this.core.warnings, clockAheadWarning(this.file, this.quarantined.map((entry) => entry.op)));
  }
}
