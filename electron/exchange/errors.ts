/**
 * Why a bundle is refused or an import stopped. Codes are stable (the UI translates by code); the
 * message is the English text the CLI prints. Nothing has been changed when one of these is thrown.
 */
export type ExchangeErrorCode =
  | 'too_large'
  | 'too_many_operations'
  | 'too_deep'
  | 'string_too_long'
  | 'forbidden_key'
  | 'malformed'
  | 'not_a_bundle'
  | 'newer_format'
  | 'wrong_workspace'
  | 'truncated'
  | 'checksum_mismatch'
  | 'invalid_operation'
  | 'policy_violation'
  | 'clock_ahead'
  | 'mass_delete_unconfirmed'
  /** The maker's own files have lines that cannot be read; the bundle is made only when told to leave them out. */
  | 'journal_damaged'
  | 'io';

export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ExchangeError';
  }
}
