import type { IpcResult } from '../../../shared/ipc/contract';
import type { AppEvent } from '../../../electron/core/events';

// Messages between the test runner and the services process (services-process.ts).

export type ToServices =
  | { type: 'invoke'; id: number; channel: string; input: unknown }
  | { type: 'setNextFolder'; folder: string | null }
  | { type: 'openedExternally'; id: number }
  | { type: 'close' };

export type FromServices =
  | { type: 'ready'; device: string }
  | { type: 'result'; id: number; result: IpcResult<unknown> }
  | { type: 'opened'; id: number; urls: string[] }
  | { type: 'event'; event: AppEvent }
  | { type: 'serviceError'; channel: string; error: string }
  | { type: 'startFailed'; error: string }
  | { type: 'closed' };

export interface ServicesProcessOptions {
  configDir: string;
  locale: string;
  version: string;
}

export const OPTIONS_ENV = 'ALLIANCE_DESK_E2E_SERVICES';
