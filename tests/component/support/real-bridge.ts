import type { AppEvent } from '../../../electron/core/events';
import type { AllianceDeskApi } from '../../../shared/ipc/api';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from '../../../shared/ipc/channels';
import type { EventPayload, IpcError, IpcResult } from '../../../shared/ipc/contract';

export interface Call {
  channel: InvokeChannel;
  input: unknown;
}

/** The page's side of the bridge, plus what tests read off it: the calls the page made. */
export interface RealBridge {
  api: AllianceDeskApi;
  readonly calls: Call[];
  callsTo(channel: InvokeChannel): unknown[];
  /**
   * Makes the page's next call of `channel` fail with `error` before it reaches the services: for
   * the rare refusals a test cannot bring about for real (a race, a crash of the other window).
   */
  failNext(channel: InvokeChannel, error: Omit<IpcError, 'message'> & { message?: string }): void;
  /** Sends an event only the Electron shell sends (its menu), not the services. */
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
}

/** What crosses Electron's IPC is structured-cloned: the page and the services never share objects. */
const cloned = <T>(value: T): T => structuredClone(value);

/**
 * `window.allianceDesk` as the preload builds it (electron/preload/create-api.ts): one function per
 * contract channel answering the dispatch's IpcResult, and `on` for the listed events, fed by the
 * services' events. Events arrive on a later task, as IPC messages do.
 */
export function createBridge(dispatch: (channel: string, input: unknown) => Promise<IpcResult<unknown>>, onEvent: (listener: (event: AppEvent) => void) => () => void): {
  bridge: RealBridge;
  /** From now on events reach the page (before, like a window not yet loaded, it misses them). */
  attach: () => void;
  dispose: () => void;
} {
  const calls: Call[] = [];
  const failures = new Map<InvokeChannel, IpcError>();
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  let live = false;
  const deliver = (channel: EventChannel, payload: unknown) => {
    if (!live) return;
    const copy = cloned(payload);
    setTimeout(() => {
      if (!live) return;
      for (const listener of listeners.get(channel) ?? []) listener(copy);
    }, 0);
  };
  const unsubscribe = onEvent((event) => deliver(event.channel, event.payload));

  const api: Record<string, unknown> = {
    on: (event: EventChannel, listener: (payload: unknown) => void) => {
      if (!EVENT_CHANNELS.includes(event)) throw new Error(`unknown event: ${String(event)}`);
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
  for (const channel of INVOKE_CHANNELS) {
    api[channel] = async (input?: unknown): Promise<IpcResult<unknown>> => {
      calls.push({ channel, input: cloned(input) });
      const failure = failures.get(channel);
      if (failure) {
        failures.delete(channel);
        return { ok: false, error: failure };
      }
      return cloned(await dispatch(channel, cloned(input)));
    };
  }

  const bridge: RealBridge = {
    api: api as unknown as AllianceDeskApi,
    calls,
    callsTo: (channel) => calls.filter((call) => call.channel === channel).map((call) => call.input),
    failNext: (channel, error) => void failures.set(channel, { message: `${channel} failed`, ...error }),
    emit: (event, payload) => deliver(event, payload),
  };
  return {
    bridge,
    attach: () => {
      live = true;
    },
    dispose: () => {
      live = false;
      unsubscribe();
      listeners.clear();
    },
  };
}
