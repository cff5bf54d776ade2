import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/contract';
import type { Dispatch } from './dispatch';

/** The part of an invoke event the handlers look at (Electron's IpcMainInvokeEvent has it). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of ipcMain the registration needs; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * Registers one handler per contract channel: the sender must be our own page, then the request
 * goes through dispatch. Returns a function that removes them all.
 */
export function registerIpcHandlers(ipc: IpcMainLike, dispatch: Dispatch, isTrustedSender: (frameUrl: string | null) => boolean): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipc.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(frameUrlOf(event))) {
        return { ok: false, error: { code: 'forbidden', message: 'request from an untrusted page' } };
      }
      if (args.length > 1) {
        return { ok: false, error: { code: 'invalid_input', message: `${channel}: expects one argument` } };
      }
      return dispatch(channel, args[0]);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipc.removeHandler(channel);
  };
}

function frameUrlOf(event: InvokeEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Reading a destroyed frame throws in Electron: treat it as unknown.
    return null;
  }
}
