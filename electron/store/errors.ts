/**
 * Errors the store raises, each with a stable code that the IPC layer passes on and the UI
 * translates; the message is the English text the CLI prints.
 */
export type StoreErrorCode =
  | 'not_found'
  | 'invalid'
  | 'locked'
  | 'locked_elsewhere'
  | 'unreadable'
  | 'closed'
  | 'read_only'
  | 'newer_format'
  | 'not_a_workspace'
  | 'not_empty'
  | 'disk_full'
  | 'write_failed'
  | 'policy_violation'
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

/** A failed write as a coded error: a full disk (or quota) is said as such, anything else as write_failed. */
export function writeError(error: unknown, file: string, outcome = ''): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  const what = full ? 'the disk is full' : (error as Error).message;
  return new StoreError(full ? 'disk_full' : 'write_failed', `${file}: ${what}${outcome ? `; ${outcome}` : ''}`);
}
