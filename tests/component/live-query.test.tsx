import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../shared/ipc/contract';
import { useLiveQuery } from '../../renderer/src/api/useLiveQuery';

// A bridge with only `on`: the hook is tested against events sent by hand, without the fake backend.
const bus = vi.hoisted(() => new Map<string, Set<(payload: unknown) => void>>());
vi.mock('../../renderer/src/api/bridge', () => ({
  api: () => ({
    on(event: string, listener: (payload: unknown) => void) {
      const listeners = bus.get(event) ?? new Set();
      bus.set(event, listeners);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  }),
}));

function emitChange(change: Partial<EventPayload<'records:changed'>> & Pick<EventPayload<'records:changed'>, 'collection'>) {
  const payload: EventPayload<'records:changed'> = { id: 'r1', kind: 'patch', origin: 'remote', ...change };
  act(() => {
    for (const listener of bus.get('records:changed') ?? []) listener(payload);
  });
}

/** A `load` whose answers the test gives by hand, in any order. */
function controlledLoad<T>() {
  const pending: { asked: string; resolve: (value: T) => void }[] = [];
  const load = vi.fn(
    (asked: string) =>
      new Promise<T>((resolve) => {
        pending.push({ asked, resolve });
      }),
  );
  /** Resolves request number `index` (0 = the first asked) and lets React apply it. */
  const answer = async (index: number, value: T) => {
    await act(async () => {
      pending[index]?.resolve(value);
    });
  };
  return { load, pending, answer };
}

/** Long enough for a debounced reload to have happened if it was going to. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 60)));

afterEach(() => bus.clear());

describe('useLiveQuery', () => {
  it('does not let a slower answer to an older question overwrite the newer one', async () => {
    const { load, pending, answer } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ question }) => useLiveQuery(() => load(question), [question]), { initialProps: { question: 'old' } });
    rerender({ question: 'new' });
    expect(pending.map((request) => request.asked)).toEqual(['old', 'new']);

    await answer(1, 'answer to new');
    expect(result.current).toMatchObject({ data: 'answer to new', loading: false });
    await answer(0, 'answer to old');
    expect(result.current.data).toBe('answer to new');
  });

  it('keeps the newest of two reloads of the same question, whichever answers last', async () => {
    const { load, answer } = controlledLoad<number>();
    const { result } = renderHook(() => useLiveQuery(() => load('count'), []));
    await answer(0, 1);
    act(() => result.current.reload());
    act(() => result.current.reload());

    await answer(2, 3);
    await answer(1, 2);
    expect(result.current.data).toBe(3);
  });

  it('shows no answer for earlier deps as the answer for the current ones, unless asked to keep it', async () => {
    const { load, answer } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ id, keep }) => useLiveQuery(() => load(id), [id], { keepPrevious: keep }), { initialProps: { id: 'a', keep: false } });
    await answer(0, 'A');
    rerender({ id: 'b', keep: false });
    expect(result.current).toMatchObject({ data: undefined, loading: true });
    rerender({ id: 'c', keep: true });
    expect(result.current).toMatchObject({ data: 'A', loading: true });
  });

  it('reloads once for a burst of changes to a watched collection, and not for others', async () => {
    const { load, answer } = controlledLoad<string>();
    const { result } = renderHook(() => useLiveQuery(() => load('positions'), [], { collections: ['positions'], debounceMs: 10 }));
    await answer(0, 'first');

    emitChange({ collection: 'issues' });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);

    emitChange({ collection: 'positions' });
    emitChange({ collection: 'positions', id: 'r2' });
    emitChange({ collection: 'positions', id: 'r3' });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await answer(1, 'second');
    expect(result.current.data).toBe('second');
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('watches only the named record when given one', async () => {
    const { load } = controlledLoad<string>();
    renderHook(() => useLiveQuery(() => load('one'), [], { collections: ['deputies'], recordId: 'd1', debounceMs: 10 }));
    emitChange({ collection: 'deputies', id: 'd2' });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    emitChange({ collection: 'deputies', id: 'd1' });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it('stops listening when unmounted and ignores an answer that arrives afterwards', async () => {
    const { load, answer } = controlledLoad<string>();
    const { result, unmount } = renderHook(() => useLiveQuery(() => load('gone'), [], { collections: 'all', debounceMs: 10 }));
    unmount();
    expect(bus.get('records:changed')?.size ?? 0).toBe(0);
    await answer(0, 'too late');
    expect(result.current.data).toBeUndefined();
  });
});
