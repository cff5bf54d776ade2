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
}

/** Edits to write together, in one journal append. */
export type BatchEdit =
  | { kind: 'put'; collection: CollectionName; id?: string; data: unknown }
  | { kind: 'patch'; collection: CollectionName; id: string; data: Record<string, unknown>; unset?: string[] }
  | { kind: 'del'; collection: CollectionName; id: string };

