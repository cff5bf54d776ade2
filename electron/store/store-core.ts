import type { FileProgress } from './journal-digest';
import type { LiveState } from './live-state';
import type { WorkspaceLayout } from './layout';
import type { Quarantine } from './quarantine';
import type { StoreClock } from './store-clock';
import type { StoreOptions } from './store-types';

/**
 * What the parts of an open WorkspaceStore share (replay, the write path, snapshots): built once
 * by its constructor from what open-workspace.ts loaded. The maps and the warnings are live: each
 * part updates them in place.
 */
export interface StoreCore {
  readonly layout: WorkspaceLayout;
  readonly device: string;
  readonly options: StoreOptions;
  readonly live: LiveState;
  readonly clock: StoreClock;
  /** Bytes of each device's journal that the state includes, with their running digest. */
  readonly journals: FileProgress;
  /** Bytes of each device's imports file that the state includes, with their running digest. */
  readonly imports: FileProgress;
  readonly warnings: string[];
  /** Operations dated too far ahead: kept, listed, not applied (see quarantine.ts). */
  readonly quarantine: Quarantine;
  /** Wall-clock milliseconds (StoreOptions.now in tests). */
  readonly now: () => number;
}
