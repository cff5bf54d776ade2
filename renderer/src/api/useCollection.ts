import type { CollectionName, StoredRecord } from '../../../shared/schema/collections';
import type { ApiError } from './client';
import { listRecords, type ListQuery } from './records';
import { useLiveQuery } from './useLiveQuery';

export interface CollectionState<C extends CollectionName> {
  items: StoredRecord<C>[] | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/**
 * The records of one collection, reloaded whenever the main process reports a change to it
 * (a local edit, or operations arriving from another device).
 */
export function useCollection<C extends CollectionName>(collection: C, query?: ListQuery): CollectionState<C> {
  // Callers pass the query inline: its text, not its identity, says whether it changed.
  const queryKey = JSON.stringify(query ?? {});
  const { data, error, reload } = useLiveQuery(() => listRecords(collection, query), [collection, queryKey], {
    collections: [collection],
    keepPrevious: true,
  });
  return { items: data, error, reload };
}
