/**
 * Errors the store raises, each with a stable code that the IPC layer passes on and the UI
 * translates; the message is the English text the CLI prints.
 */
export type StoreErrorCode =
  | 'not_found'
  | 'invalid'
  | 'locked'
  | 'unreadable'
  | 'closed'
  | 'read_only'
  | 'newer_format'
  | 'not_a_workspace'
  | 'not_empty'
  | 'io';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
