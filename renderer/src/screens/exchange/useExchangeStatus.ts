import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { useLiveQuery } from '../../api/useLiveQuery';

export type ExchangeStatus = ChannelOutput<'exchange:status'>;

/** This device, its peers, open conflicts and the shared folder's reports; kept current by events. */
export function useExchangeStatus() {
  const { data, error, reload } = useLiveQuery(() => call('exchange:status'), [], {
    collections: ['conflicts'],
    reloadOn: ['exchange:arrived'],
    // Arrivals come with a burst of record changes: ask once after them.
    debounceMs: 200,
  });
  return { status: data, error, reload };
}
