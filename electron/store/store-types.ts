import type { Language } from '../../shared/schema/common';
import type { CollectionName } from '../../shared/schema/collections';
import type { Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';

export interface StoreOptions {
  device: string;
  author: string;
  /** Write a snapshot after this many operations (raised in proportion to the workspace's size). */
  snapshotEvery?: number;
  registry?: readonly Migration[];
  now?: () => number;
  /** Read without taking the lock or writing anything (stats, verify, export while the app runs). */
  readOnly?: boolean;
}

export interface InitOptions extends StoreOptions {
  name?: string;
  language?: Language;
}

export interface ListQuery {
  /** Field equality; for array fields, "contains". */
  where?: Record<string, unknown>;
  orderBy?: string;
  descending?: boolean;
  offset?: number;
  limit?: number;
}

export interface ListResult<T> {
  items: T[];
  total: number;
}

export interface StoreChange {
  collection: CollectionName;
  id: string;
  kind: Operation['op'];
  origin: 'local' | 'remote';
}

export interface HistoryEntry {
  clock: string;
  at: string;
  device: string;
  author: string;
  kind: Operation['op'];
  data?: Record<string, unknown>;
  unset?: string[];
  /** For long texts: the clocks of the versions the edit started from. */
  base?: Record<string, string[]>;
}

/** Operations read from another device's file by refresh (or replay). */
export interface Arrival {
  /** The device whose file they were read from. */
  device: string;
  source: 'journal' | 'imports';
  operations: number;
  /** The operations applied (on refresh only). */
  ops?: Operation[];
  /** Bytes of the file that could not be read (damage), left out: skipped in this device's files, held in others'. */
  unreadable?: { file: string; offset: number; length: number }[];
}

/** An operation this device adds to an import; the store stamps its clock, device and author. */
export type LocalEdit = Operation extends infer O ? (O extends Operation ? Omit<O, 'v' | 'hlc' | 'dev' | 'by'> & EditAuthor : never) : never;

/** What an import plan decides: operations to import as they are, and this device's own additions. */
export interface ImportPlan<T> {
  foreign: Operation[];
  local: LocalEdit[];
  result: T;
}

/**
 * An import written as it is produced (see WorkspaceStore.importStream): `append` checks and writes
 * a batch of operations from elsewhere; the result names this device's own additions.
 */
export type ImportProducer<T> = (append: (ops: readonly Operation[]) => Promise<void>) => Promise<{ local: LocalEdit[]; result: T }>;

/**
 * The author an edit is written as, when not the store's current one: for tools that write for many
 * people at once (the demo generator). No channel sets it; the write policy judges it like any other.
 */
interface EditAuthor {
  by?: string;
}

/** Edits to write together, in one journal append. */
export type BatchEdit = EditAuthor &
  (
    | { kind: 'put'; collection: CollectionName; id?: string; data: unknown }
    | {
        kind: 'patch';
        collection: CollectionName;
        id: string;
        data: Record<string, unknown>;
        unset?: string[];
        /** For long texts: the versions this edit started from (default: the value shown now). */
        base?: Record<string, string[]>;
      }
    | { kind: 'del'; collection: CollectionName; id: string }
  );
