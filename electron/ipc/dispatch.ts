import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels';
import { contract, type IpcResult } from '../../shared/ipc/contract';
import type { ChannelHandlers } from '../core/channel-handlers';
import { issuesOf, toIpcError } from './to-ipc-error';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<IpcResult<unknown>>;

export interface DispatchOptions {
  /** Also parse every output with the contract (the end-to-end bridge does, to catch drift). */
  checkOutputs?: boolean;
  /** Where unexpected errors go (they reach the renderer only as 'internal'). */
  logError?: (channel: string, error: unknown) => void;
}

const channels = new Set<string>(INVOKE_CHANNELS);

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && channels.has(channel);
}

/**
 * The one code path from an untrusted request to a service: known channel, input parsed with the
 * contract, handler called, every outcome turned into an IpcResult. Both hosts (the Electron
 * handlers and the end-to-end bridge) call this.
 */
export function createDispatch(handlers: ChannelHandlers, options: DispatchOptions = {}): Dispatch {
  return async (channel, rawInput) => {
    if (!isInvokeChannel(channel)) {
      return { ok: false, error: { code: 'invalid_input', message: `unknown channel: ${String(channel).slice(0, 100)}` } };
    }
    const schemas = contract[channel];
    const input = schemas.input.safeParse(rawInput);
    if (!input.success) {
      return { ok: false, error: { code: 'invalid_input', message: `${channel}: invalid input`, issues: issuesOf(input.error) } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      const value = await handler(input.data);
      if (options.checkOutputs) {
        const output = schemas.output.safeParse(value);
        if (!output.success) throw new Error(`${channel}: output does not match the contract: ${output.error.message}`);
      }
      return { ok: true, value };
    } catch (error) {
      const ipcError = toIpcError(error);
      if (ipcError.code === 'internal') options.logError?.(channel, error);
      return { ok: false, error: ipcError };
    }
  };
}
