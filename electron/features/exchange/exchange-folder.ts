import type { ArrivalReport } from '../../../shared/ipc/exchange-contract';
import { SharedFolderWatcher, type SharedFolderOptions } from '../../exchange';
import type { WorkspaceStore } from '../../store/workspace-store';
import type { EventHub } from '../../core/events';
import { reportView } from './exchange-views';

const KEPT_REPORTS = 20;

/**
 * The shared-folder mode for the open workspace: while a workspace is open, a watcher reads what
 * other devices appended to the folder (synced by Syncthing, a network share, a USB stick), and each
 * report of what arrived and from whom goes to the renderer as an event and into a short log that
 * the exchange screen shows. Switching or closing the workspace stops the watcher and clears the log.
 */
export class SharedFolderFollower {
  private store: WorkspaceStore | undefined;
  private watcher: SharedFolderWatcher | undefined;
  private reports: ArrivalReport[] = [];

  constructor(
    private readonly events: EventHub,
    private readonly options: Omit<SharedFolderOptions, 'onReport'> = {},
  ) {}

  /** Follows this store (or none); a store already followed is left as it is. */
  follow(store: WorkspaceStore | undefined): void {
    if (store === this.store) return;
    const previous = this.watcher;
    this.watcher = undefined;
    this.store = store;
    this.reports = [];
    void previous?.stop().catch(() => undefined);
    if (!store) return;
    const watcher = new SharedFolderWatcher(store, {
      // A failed read is retried by the next poll; the store keeps its own warnings.
      onError: () => undefined,
      ...this.options,
      onReport: (report) => {
        if (this.watcher !== watcher) return;
        const view = reportView(store, report);
        this.reports = [view, ...this.reports].slice(0, KEPT_REPORTS);
        this.events.emit('exchange:arrived', view);
      },
    });
    this.watcher = watcher;
    watcher.start();
  }

  /** The latest reports, newest first. */
  recent(): ArrivalReport[] {
    return [...this.reports];
  }

  /** Reads the folder now; the report of what arrived, or null when nothing did. */
  async checkNow(): Promise<ArrivalReport | null> {
    const watcher = this.watcher;
    if (!watcher) return null;
    const report = await watcher.check();
    return report ? (this.reports[0] ?? null) : null;
  }
}
