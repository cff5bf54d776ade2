import type { EventChannel, InvokeChannel } from './channels';
import type { ChannelInput, ChannelOutput, EventPayload, IpcResult } from './contract';

export type InvokeFunction<C extends InvokeChannel> = (
  ...input: ChannelInput<C> extends void ? [] : [ChannelInput<C>]
) => Promise<IpcResult<ChannelOutput<C>>>;

/**
 * The API the preload exposes as `window.allianceDesk`: one named function per contract channel
 * (`api['records:list'](input)`), each resolving to an IpcResult, and `on` for main-to-renderer
 * events. Nothing else of Electron reaches the page.
 */
export type AllianceDeskApi = { [C in InvokeChannel]: InvokeFunction<C> } & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export const API_GLOBAL = 'allianceDesk';
