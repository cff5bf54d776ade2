import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollectionName, StoredRecord } from '../../../shared/schema/collections';
import { api } from './bridge';
import { toApiError, type ApiError } from './client';
import { listRecords, type ListQuery } from './records';

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
  const [items, setItems] = useState<StoredRecord<C>[]>();
  const [error, setError] = useState<ApiError>();
  const queryKey = JSON.stringify(query ?? {});
  const generation = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++generation.current;
    listRecords(collection, JSON.parse(queryKey) as ListQuery).then(
      (records) => {
        // A slower, older request must not overwrite a newer answer.
        if (ticket !== generation.current) return;
        setItems(records);
        setError(undefined);
      },
      (failure: unknown) => {
        if (ticket === generation.current) setError(toApiError(failure));
      },
    );
  }, [collection, queryKey]);

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api().on('records:changed', (change) => {
      if (change.collection !== collection || timer !== undefined) return;
      // A batch of edits (or a sync) arrives as a burst of events: reload once for the burst.
      timer = setTimeout(() => {
        timer = undefined;
        reload();
      }, 25);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [collection, reload]);

  return { items, error, reload };
}
