import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { EVENT_CHANNELS, type EventChannel } from '../../../shared/ipc/channels';
import type { CollectionName } from '../../../shared/schema/collections';
import { api } from './bridge';
import { toApiError, type ApiError } from './client';

/** How long the first change of a burst (a batch of edits, a sync) waits for the rest before one reload. */
export const LIVE_DEBOUNCE_MS = 50;

export interface LiveQueryOptions {
  /** The collections whose changes make the answer stale; 'all' for any record change. */
  collections?: readonly CollectionName[] | 'all';
  /** Only changes to this record (of the watched collections) make the answer stale; they reload at once by default. */
  recordId?: string;
  /** Further main-process events after which the answer is asked again. */
  reloadOn?: readonly EventChannel[];
  /** 0: reload at once, for each change. */
  debounceMs?: number;
  /** While the answer for new deps is on its way, keep showing the previous one (a list that stays put). */
  keepPrevious?: boolean;
  /** false: nothing is asked yet (no record picked); data stays undefined and loading false. */
  enabled?: boolean;
}

export interface LiveQuery<T> {
  data: T | undefined;
  /** The last failure for the current deps; cleared by the next answer. */
  error: ApiError | undefined;
  /** True until the first answer (or failure) for the current deps arrives. */
  loading: boolean;
  reload: () => void;
}

interface Settled<V> {
  deps: DependencyList;
  value: V;
}

/**
 * The answer of `load`, kept current: asked on mount and when `deps` change, and again when the
 * main process reports a change it rests on (a local edit, operations from another device).
 * `deps` say when the question changes; `load` itself is read fresh at each ask, so callers may
 * pass an inline function.
 */
export function useLiveQuery<T>(load: () => Promise<T>, deps: DependencyList, options: LiveQueryOptions = {}): LiveQuery<T> {
  const { collections = [], recordId, reloadOn = [], keepPrevious = false, enabled = true } = options;
  // One record rarely changes in bursts, and an edit should show at once where it was made.
  const debounceMs = options.debounceMs ?? (recordId === undefined ? LIVE_DEBOUNCE_MS : 0);
  const [answer, setAnswer] = useState<Settled<T>>();
  const [failure, setFailure] = useState<Settled<ApiError>>();
  const latest = useRef({ load, deps });
  // One counter object for the hook's life: each request takes the next number.
  const requests = useRef({ latest: 0 });
  useEffect(() => {
    latest.current = { load, deps };
  });

  const reload = useCallback(() => {
    // Only the newest request may answer: a slower, older one must not overwrite it.
    const ticket = ++requests.current.latest;
    const { load: ask, deps: asked } = latest.current;
    ask().then(
      (value) => {
        if (ticket !== requests.current.latest) return;
        setAnswer({ deps: asked, value });
        setFailure(undefined);
      },
      (error: unknown) => {
        if (ticket === requests.current.latest) setFailure({ deps: asked, value: toApiError(error) });
      },
    );
  }, []);

  const watched = collections === 'all' ? 'all' : collections.join(',');
  const events = reloadOn.join(',');
  useEffect(() => {
    if (!enabled) return;
    const counter = requests.current;
    reload();
    const stop = watchChanges({ watched, recordId, events, debounceMs }, reload);
    return () => {
      stop();
      // Answers still on their way belong to deps (or a screen) that are gone.
      counter.latest++;
    };
    // The caller's deps decide when to ask again; `load` is read through `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled, watched, recordId, events, debounceMs, reload]);

  if (!enabled) return { data: undefined, error: undefined, loading: false, reload };
  const answered = answer !== undefined && sameDeps(answer.deps, deps);
  const failed = failure !== undefined && sameDeps(failure.deps, deps);
  return {
    data: answered || keepPrevious ? answer?.value : undefined,
    error: failed ? failure.value : undefined,
    loading: !answered && !failed,
    reload,
  };
}

interface Watch {
  /** Collection names joined by ',', or 'all'. */
  watched: string;
  recordId: string | undefined;
  /** Event channels joined by ','. */
  events: string;
  debounceMs: number;
}

/** Calls `stale` once per burst of relevant changes; returns the unsubscribe. */
function watchChanges({ watched, recordId, events, debounceMs }: Watch, stale: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The first change starts the wait and later ones join it, so a long sync still reloads every debounceMs.
  const soon = () => {
    if (debounceMs === 0) return stale();
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      stale();
    }, debounceMs);
  };
  const names = new Set(watched.split(',').filter(Boolean));
  const unsubscribers: (() => void)[] = [];
  if (names.size > 0) {
    unsubscribers.push(
      api().on('records:changed', (change) => {
        if (!names.has('all') && !names.has(change.collection)) return;
        if (recordId !== undefined && change.id !== recordId) return;
        soon();
      }),
    );
  }
  for (const event of events.split(',').filter(isEventChannel)) unsubscribers.push(api().on(event, soon));
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

function isEventChannel(name: string): name is EventChannel {
  return (EVENT_CHANNELS as readonly string[]).includes(name);
}

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
