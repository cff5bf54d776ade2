import { watch as watchFolder } from 'node:fs';
import path from 'node:path';
import type { CollectionName } from '../../shared/schema/collections';
import type { Operation } from '../../shared/store/operation';
import { StoreError } from '../store/errors';
import type { WorkspaceStore } from '../store/workspace-store';
import { planMerges } from './plan-import';
import type { TextOutcome } from './text-resolutions';

/** Operations that arrived from one device, for "what arrived and from whom". */
export interface ArrivalSummary {
  device: string;
  /** Author ids as stamped (a deputy id, or "secretary")… */
  authors: string[];
  /** …and as people read them (the deputy's name where the author is a deputy of this workspace). */
  authorNames: string[];
  operations: number;
  collections: Partial<Record<CollectionName, number>>;
}

export interface SharedFolderReport {
  at: string;
  arrivals: ArrivalSummary[];
  /**
   * Bytes of other devices' files that cannot be read (newly found): nothing of that file from
   * there on is applied until they read (a sync may still be copying them), so this says exactly
   * what is not there yet. File names are relative to the workspace folder.
   */
  unreadable: { file: string; offset: number; length: number }[];
  merged: TextOutcome[];
  conflicts: TextOutcome[];
}

/** Calls onChange when something in a folder changes; returns a handle to stop watching. A seam for tests. */
export type WatchFolder = (dir: string, onChange: () => void) => { close(): void };

export interface SharedFolderOptions {
  onReport: (report: SharedFolderReport) => void;
  onError?: (error: unknown) => void;
  /** Polling interval: network shares and some sync tools do not raise change events. */
  pollMs?: number;
  /** Waits this long after a change event, so a burst of appends is read once. */
  debounceMs?: number;
  watch?: WatchFolder;
  now?: () => number;
}

const defaultWatch: WatchFolder = (dir, onChange) => {
  const watcher = watchFolder(dir, { persistent: false }, () => onChange());
  watcher.on('error', () => watcher.close()); // the folder went away; polling carries on
  return watcher;
};

/**
 * The shared-folder mode: the workspace folder is synced by the user's own means
 * (Syncthing, a network share, a USB stick); this device appends only its own files, and this
 * watcher reads what the others appended — on change events, and by polling as a fallback — then
 * merges concurrent long-text edits that arrived and reports what arrived and from whom.
 */
export class SharedFolderWatcher {
  private readonly handles: { close(): void }[] = [];
  private poll: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private active = false;
  /** Unreadable ranges already reported (they are found again by every check until they read). */
  private readonly reportedDamage = new Set<string>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly options: SharedFolderOptions,
  ) {}

  start(): void {
    if (this.active) return;
    this.active = true;
    const watch = this.options.watch ?? defaultWatch;
    const { dir, journalDir, importsDir } = this.store.layout;
    // The top folder too, to notice an imports folder that another device creates later.
    for (const folder of [dir, journalDir, importsDir]) {
      try {
        this.handles.push(watch(folder, () => this.schedule(this.options.debounceMs ?? 300)));
      } catch {
        // Cannot watch this folder (absent yet, or a file system without events): polling covers it.
      }
    }
    this.poll = setInterval(() => this.schedule(0), this.options.pollMs ?? 15_000);
    this.poll.unref();
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.active = false;
    for (const handle of this.handles.splice(0)) handle.close();
    clearInterval(this.poll);
    clearTimeout(this.pending);
    await this.running;
  }

  /** Reads what arrived now; resolves to the report, or undefined when nothing did. Checks run one at a time. */
  check(): Promise<SharedFolderReport | undefined> {
    const run = this.running.then(() => this.checkNow());
    this.running = run.catch(() => undefined);
    return run;
  }

  private schedule(delay: number): void {
    if (!this.active) return;
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.check().catch((error: unknown) => {
        if (error instanceof StoreError && error.code === 'closed') return;
        this.options.onError?.(error);
      });
    }, delay);
    this.pending.unref();
  }

  private async checkNow(): Promise<SharedFolderReport | undefined> {
    if (this.store.isClosed) return undefined;
    const arrivals = await this.store.refresh();
    // Our own operations can come back inside another device's imports: not news.
    const ops = arrivals.flatMap((arrival) => arrival.ops ?? []).filter((op) => op.dev !== this.store.device);
    const unreadable = this.newDamage(arrivals.flatMap((arrival) => arrival.unreadable ?? []));
    if (ops.length === 0 && unreadable.length === 0) return undefined;
    let texts: TextOutcome[] = [];
    if (!this.store.isReadOnly && ops.length > 0) {
      const { result } = await this.store.importOperations({ kind: 'merge' }, async () => {
        const plan = await planMerges(this.store, ops);
        return { foreign: [], local: plan.local, result: plan.texts };
      });
      texts = result;
    }
    const report: SharedFolderReport = {
      at: new Date(this.options.now?.() ?? Date.now()).toISOString(),
      arrivals: summarizeArrivals(ops, (author) => this.store.get('deputies', author)?.name ?? author),
      unreadable,
      merged: texts.filter((text) => text.outcome === 'merged'),
      conflicts: texts.filter((text) => text.outcome === 'conflict'),
    };
    this.options.onReport(report);
    return report;
  }

  private newDamage(ranges: readonly { file: string; offset: number; length: number }[]): SharedFolderReport['unreadable'] {
    const fresh: SharedFolderReport['unreadable'] = [];
    for (const range of ranges) {
      const key = `${range.file}@${range.offset}+${range.length}`;
      if (this.reportedDamage.has(key)) continue;
      this.reportedDamage.add(key);
      fresh.push({ ...range, file: path.relative(this.store.layout.dir, range.file) });
    }
    return fresh;
  }
}

export function summarizeArrivals(ops: readonly Operation[], nameOf: (author: string) => string = (author) => author): ArrivalSummary[] {
  const byDevice = new Map<string, { authors: Set<string>; operations: number; collections: Partial<Record<CollectionName, number>> }>();
  for (const op of ops) {
    let summary = byDevice.get(op.dev);
    if (!summary) {
      summary = { authors: new Set(), operations: 0, collections: {} };
      byDevice.set(op.dev, summary);
    }
    summary.authors.add(op.by);
    summary.operations += 1;
    summary.collections[op.col] = (summary.collections[op.col] ?? 0) + 1;
  }
  return [...byDevice]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([device, summary]) => {
      const authors = [...summary.authors].sort();
      return { device, authors, authorNames: authors.map(nameOf), operations: summary.operations, collections: summary.collections };
    });
}
