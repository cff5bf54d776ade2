import type { IpcError, IpcErrorCode } from '../../shared/ipc/contract';

/** A failure the services report on purpose, with a code the UI translates. */
export class ServiceError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly issues?: IpcError['issues'],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
