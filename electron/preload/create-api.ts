import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../../shared/ipc/channels';

/** The part of ipcRenderer the API uses; nothing else of it reaches the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const eventChannels: readonly string[] = EVENT_CHANNELS;

/**
 * The narrow API of DESIGN.md §5, derived from the channel list: one function per channel that
 * forwards exactly one input, and `on` for the listed events only. Typed loosely here on purpose:
 * this file must not import zod (the sandboxed preload stays tiny); shared/ipc/api.ts gives the
 * renderer the precise types.
 */
export function createPreloadApi(ipc: IpcRendererLike): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    api[channel] = (input?: unknown) => ipc.invoke(channel, input);
  }
  api.on = (event: EventChannel, listener: (payload: unknown) => void): (() => void) => {
    if (!eventChannels.includes(event)) throw new Error(`unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('listener must be a function');
    // The IPC event object (with its sender) never reaches the page: only the payload does.
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  };
  return Object.freeze(api);
}
