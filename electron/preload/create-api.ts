import type { AllianceDeskApi } from '../../shared/ipc/api';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';

/** The part of ipcRenderer the API uses; nothing else of it reaches the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type InvokeApi = Omit<AllianceDeskApi, 'on'>;

const eventChannels: readonly string[] = EVENT_CHANNELS;

/**
 * One function per contract channel, forwarding exactly one input. The one place where what comes
 * back over IPC takes the contract's types: the main side answers every channel through
 * electron/ipc/dispatch.ts with handlers typed by the contract (electron/core/channel-handlers.ts).
 * Only types are imported from the contract: this file must not load zod (the sandboxed preload stays tiny).
 */
function forwardEachChannel(ipc: IpcRendererLike): InvokeApi {
  return Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, (input?: unknown) => ipc.invoke(channel, input)])) as InvokeApi;
}

/** The narrow API of the preload: the contract's channels and `on` for the listed events only. */
export function createPreloadApi(ipc: IpcRendererLike): AllianceDeskApi {
  const on = <E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) => {
    if (!eventChannels.includes(event)) throw new Error(`unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('listener must be a function');
    // The IPC event object (with its sender) never reaches the page: only the payload does.
    const forward = (_event: unknown, payload: unknown) => listener(payload as EventPayload<E>);
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  };
  return Object.freeze({ ...forwardEachChannel(ipc), on } satisfies AllianceDeskApi);
}
