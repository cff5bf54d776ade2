import { useCallback, useEffect, useRef, useState } from 'react';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { CollectionName } from '../../../../shared/schema/collections';
import { api } from '../../api/bridge';
import { call, toApiError, type ApiError } from '../../api/client';

/** The collections every agreement figure is computed from. */
const SOURCES: ReadonlySet<CollectionName> = new Set(['positions', 'allianceLines', 'deputies', 'issues', 'districts', 'groups', 'principles']);

// A sync delivers a burst of changes; figures are recomputed once the burst is over.
const SETTLE_MS = 150;

export interface AgreementState<T> {
  value: T | undefined;
  error: ApiError | undefined;
  /** True until the answer for the current input arrives (the previous answer stays shown meanwhile). */
  loading: boolean;
}

interface Settled<T> {
  key: string;
  value: T | undefined;
  error: ApiError | undefined;
}

/**
 * One agreement channel's answer for `input`, recomputed when the input changes or when the
 * records it rests on change (a stance recorded here, a line adopted, a sync from another laptop).
 * `input` null means "not yet" (e.g. no deputy picked).
 */
export function useAgreement<C extends InvokeChannel>(channel: C, input: ChannelInput<C> | null): AgreementState<ChannelOutput<C>> {
  const [settled, setSettled] = useState<Settled<ChannelOutput<C>>>();
  // '' stands for a channel without input (agreement:principles).
  const key = input === null ? null : input === undefined ? '' : JSON.stringify(input);
  const generation = useRef(0);

  const load = useCallback(() => {
    if (key === null) return;
    const ticket = ++generation.current;
    const invoke = call as (channel: C, ...input: unknown[]) => Promise<ChannelOutput<C>>;
    (key === '' ? invoke(channel) : invoke(channel, JSON.parse(key))).then(
      (value) => {
        // An older, slower answer must not replace a newer one.
        if (ticket === generation.current) setSettled({ key, value, error: undefined });
      },
      (failure: unknown) => {
        if (ticket === generation.current) setSettled((previous) => ({ key, value: previous?.value, error: toApiError(failure) }));
      },
    );
  }, [channel, key]);

  useEffect(() => {
    load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api().on('records:changed', (change) => {
      if (!SOURCES.has(change.collection)) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        load();
      }, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [load]);

  if (key === null) return { value: undefined, error: undefined, loading: false };
  return { value: settled?.value, error: settled?.key === key ? settled.error : undefined, loading: settled?.key !== key };
}
