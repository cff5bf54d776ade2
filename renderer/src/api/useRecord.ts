import type { CollectionName, StoredRecord } from '../../../shared/schema/collections';
import type { ApiError } from './client';
import { getRecord } from './records';
import { useLiveQuery } from './useLiveQuery';

export interface RecordState<C extends CollectionName> {
  /** undefined while loading, null when there is no such record. */
  record: StoredRecord<C> | null | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/** One record, reloaded when the main process reports a change to it. */
export function useRecord<C extends CollectionName>(collection: C, id: string | undefined): RecordState<C> {
  const { data, error, reload } = useLiveQuery(async () => (id === undefined ? null : getRecord(collection, id)), [collection, id], {
    collections: [collection],
    recordId: id,
    keepPrevious: true,
    enabled: id !== undefined,
  });
  return { record: data, error, reload };
}
