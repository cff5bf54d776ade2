import type { InvokeChannel } from '../../../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../../../shared/ipc/contract';
import type { CollectionName } from '../../../../../shared/schema/collections';
import { call, type ApiError } from '../../../api/client';
import { useLiveQuery } from '../../../api/useLiveQuery';

/** The collections every agreement figure is computed from. */
const SOURCES: readonly CollectionName[] = ['positions', 'allianceLines', 'deputies', 'issues', 'districts', 'groups', 'principles'];

// The figures are costly to compute: a sync's burst of changes is gathered longer than usual.
const SETTLE_MS = 150;

export interface AgreementState<T> {
  value: T | undefined;
  error: ApiError | undefined;
  /** True until the answer for the current input arrives (the previous answer stays shown meanwhile). */
  loading: boolean;
}

/**
 * One agreement channel's answer for `input`, recomputed when the input changes or when the
 * records it rests on change (a stance recorded here, a line adopted, a sync from another laptop).
 * `input` null means "not yet" (e.g. no deputy picked).
 */
export function useAgreement<C extends InvokeChannel>(channel: C, input: ChannelInput<C> | null): AgreementState<ChannelOutput<C>> {
  // Callers build `input` inline: its text, not its identity, says whether it changed.
  const key = input === null ? null : JSON.stringify(input ?? null);
  const { data, error, loading } = useLiveQuery(
    () => {
      const invoke = call as (channel: C, ...input: unknown[]) => Promise<ChannelOutput<C>>;
      // undefined stands for a channel without input (agreement:principles).
      return input === undefined ? invoke(channel) : invoke(channel, input);
    },
    [channel, key],
    { collections: SOURCES, debounceMs: SETTLE_MS, keepPrevious: true, enabled: key !== null },
  );
  return { value: data, error, loading };
}
