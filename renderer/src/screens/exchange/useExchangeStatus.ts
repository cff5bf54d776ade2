import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { api } from '../../api/bridge';
import { call, toApiError, type ApiError } from '../../api/client';

export type ExchangeStatus = ChannelOutput<'exchange:status'>;

/** This device, its peers, open conflicts and the shared folder's reports; kept current by events. */
export function useExchangeStatus() {
  const [status, setStatus] = useState<ExchangeStatus>();
  const [error, setError] = useState<ApiError>();
  const reload = useCallback(() => {
    call('exchange:status').then(
      (value) => {
        setStatus(value);
        setError(undefined);
      },
      (failure: unknown) => setError(toApiError(failure)),
    );
  }, []);

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 200);
    };
    const offArrived = api().on('exchange:arrived', soon);
    const offRecords = api().on('records:changed', (change) => {
      if (change.collection === 'conflicts') soon();
    });
    return () => {
      offArrived();
      offRecords();
      clearTimeout(timer);
    };
  }, [reload]);

  return { status, error, reload };
}
