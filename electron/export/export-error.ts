/**
 * Errors an export raises, each with a stable code the IPC layer passes on and the UI translates
 * ("the disk is full", "no permission to write there"); the message is the English text the CLI prints.
 */
export type ExportErrorCode =
  | 'not_found'
  | 'ambiguous'
  | 'invalid'
  | 'cancelled'
  | 'no_space'
  | 'no_permission'
  | 'no_folder'
  | 'io'
  | 'no_chromium'
  | 'pdf_failed';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Turns a file-system failure while writing `file` into a coded error with a plain message. */
export function writeError(file: string, error: unknown): ExportError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (error as Error).message;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportError('no_space', `${file}: not written — the disk is full`, { code });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ExportError('no_permission', `${file}: not written — no permission to write there`, { code });
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportError('no_folder', `${file}: not written — the folder does not exist`, { code });
    default:
      return new ExportError('io', `${file}: not written — ${reason}`, { code });
  }
}

export function cancelled(): ExportError {
  return new ExportError('cancelled', 'the export was cancelled');
}
