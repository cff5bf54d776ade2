import type { CollectionName, EntityInput } from '../schema/collections';
import type { EventChannel, InvokeChannel } from './channels';
import type { ChannelInput, ChannelOutput, EventPayload, IpcResult } from './contract';
import type { RecordOutput } from './record-output';

export type InvokeFunction<C extends InvokeChannel> = (
  ...input: ChannelInput<C> extends void ? [] : [ChannelInput<C>]
) => Promise<IpcResult<ChannelOutput<C>>>;

/** The records:* channel C's input, with the collection narrowed to one. */
type RecordsInput<C extends InvokeChannel, Of extends CollectionName> = Omit<ChannelInput<C>, 'collection' | 'data'> & { collection: Of };

/**
 * The records:* channels, typed by the collection the input names: the contract's schemas cannot
 * say that records:get of 'deputies' answers a deputy, so these signatures do. The main side keeps
 * the promise: every records:* handler in electron/services/app-services.ts reads and writes the
 * collection its input names.
 */
export interface RecordChannels {
  'records:list'<Of extends CollectionName>(input: RecordsInput<'records:list', Of>): Promise<IpcResult<{ items: RecordOutput<Of>[]; total: number }>>;
  'records:get'<Of extends CollectionName>(input: RecordsInput<'records:get', Of>): Promise<IpcResult<RecordOutput<Of> | null>>;
  'records:create'<Of extends CollectionName>(input: RecordsInput<'records:create', Of> & { data: EntityInput<Of> }): Promise<IpcResult<RecordOutput<Of>>>;
  'records:patch'<Of extends CollectionName>(
    input: RecordsInput<'records:patch', Of> & { data: Partial<EntityInput<Of>> },
  ): Promise<IpcResult<RecordOutput<Of>>>;
}

/**
 * The API the preload exposes as `window.allianceDesk`: one named function per contract channel
 * (`api['records:list'](input)`), each resolving to an IpcResult, and `on` for main-to-renderer
 * events. Nothing else of Electron reaches the page.
 */
export type AllianceDeskApi = { [C in Exclude<InvokeChannel, keyof RecordChannels>]: InvokeFunction<C> } & RecordChannels & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export const API_GLOBAL = 'allianceDesk';
