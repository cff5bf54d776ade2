import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput, IpcError, IpcErrorCode, IpcResult } from '../../../shared/ipc/contract';
import { api } from './bridge';

export type FieldIssue = NonNullable<IpcError['issues']>[number];

/** A failed IPC call, carrying the contract's error code so the UI can say what went wrong. */
export class ApiError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: FieldIssue[];

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

type Args<C extends InvokeChannel> = ChannelInput<C> extends void ? [] : [ChannelInput<C>];

/** Calls one channel and unwraps its IpcResult: the value, or a thrown ApiError. */
export function call<C extends InvokeChannel>(channel: C, ...input: Args<C>): Promise<ChannelOutput<C>> {
  const invoke = api()[channel] as (...args: unknown[]) => Promise<IpcResult<ChannelOutput<C>>>;
  return unwrap(() => invoke(...input));
}

/** Runs one invoke of the bridge and unwraps its IpcResult: the value, or a thrown ApiError. */
export async function unwrap<T>(invoke: () => Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await invoke();
  } catch (error) {
    // A rejected invoke means the bridge itself failed, not the operation: report it as internal.
    throw new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Any thrown value as an ApiError, so screens have one kind of error to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
}
