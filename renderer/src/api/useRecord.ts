import { useCallback, useEffect, useState } from 'react';
import type { CollectionName, StoredRecord } from '../../../shared/schema/collections';
import { api } from './bridge';
import { toApiError, type ApiError } from './client';
import { getRecord } from './records';

export interface RecordState<C extends CollectionName> {
  /** undefined while loading, null when there is no such record. */
  record: StoredRecord<C> | null | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/** One record, reloaded when the main process reports a change to it. */
export function useRecord<C extends CollectionName>(collection: C, id: string | undefined): RecordState<C> {
  const [record, setRecord] = useState<StoredRecord<C> | null>();
  const [error, setError] = useState<ApiError>();

  const reload = useCallback(() => {
    if (id === undefined) return;
    getRecord(collection, id).then(
      (found) => {
        setRecord(found);
        setError(undefined);
      },
      (failure: unknown) => setError(toApiError(failure)),
    );
  }, [collection, id]);

  useEffect(() => {
    reload();
    return api().on('records:changed', (change) => {
      if (change.collection === collection && change.id === id) reload();
    });
  }, [collection, id, reload]);

  return { record, error, reload };
}
