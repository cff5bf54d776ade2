import type { LiveState } from './live-state';
import type { WorkspaceLayout } from './layout';
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
  /** Bytes of each device's journal that the state includes. */
  readonly journalOffsets: Map<string, number>;
  /** Bytes of each device's imports file that the state includes. */
  readonly importOffsets: Map<string, number>;
  readonly warnings: string[];
}
