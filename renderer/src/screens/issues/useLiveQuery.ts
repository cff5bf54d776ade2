import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollectionName } from '../../../../shared/schema/collections';
import { api } from '../../api/bridge';
import { toApiError, type ApiError } from '../../api/client';

export interface LiveQuery<T> {
  /** undefined while the first answer is on its way. */
  value: T | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/**
 * The answer of `load`, asked again when `key` changes or when the main process reports a change
 * in one of `collections` (a local edit, or operations from another device): a burst of changes
 * (a batch, a sync) reloads once. `load` is read through a ref: `key` says when it asks something new.
 */
export interface LiveQueryOptions {
  /** Wait this long after a change for more of the burst (ms). */
  burstMs?: number;
  /** While a new key loads, keep showing the previous answer (e.g. "show more": the list stays, focus too). */
  keepPrevious?: boolean;
}

export function useLiveQuery<T>(load: () => Promise<T>, key: string, collections: readonly CollectionName[], options: LiveQueryOptions = {}): LiveQuery<T> {
  const { burstMs = 50, keepPrevious = false } = options;
  // The answer remembers what it answers: after `key` changes, the old answer is not shown as the new one.
  const [answer, setAnswer] = useState<{ key: string; value: T }>();
  const [error, setError] = useState<ApiError>();
  const loader = useRef({ load, key });
  const generation = useRef(0);
  useEffect(() => {
    loader.current = { load, key };
  });

  const reload = useCallback(() => {
    const ticket = ++generation.current;
    const { load: ask, key: asked } = loader.current;
    ask().then(
      (value) => {
        // A slower, older request must not overwrite a newer answer.
        if (ticket !== generation.current) return;
        setAnswer({ key: asked, value });
        setError(undefined);
      },
      (failure: unknown) => {
        if (ticket === generation.current) setError(toApiError(failure));
      },
    );
  }, []);

  const watched = collections.join(',');
  useEffect(() => {
    reload();
    const names = new Set(watched.split(','));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api().on('records:changed', (change) => {
      if (!names.has(change.collection) || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        reload();
      }, burstMs);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key, watched, reload, burstMs]);

  return { value: answer?.key === key || keepPrevious ? answer?.value : undefined, error, reload };
}
