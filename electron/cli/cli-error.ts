import type { Language } from '../../shared/schema/common';
import { withErrorWords } from '../../shared/schema/error-words';

/** A failure the CLI reports in one line; `usage` errors exit with 2, others with 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * Reports a command's failure on stderr and gives its exit code: a CliError or one of the
 * `expected` errors (a damaged workspace, a refused bundle…) in one line; anything else is a bug,
 * reported with its stack. Error keys of the shared schemas ('error.required') are printed as words
 * in `language`.
 */
export function reportFailure(
  error: unknown,
  io: { err: (line: string) => void },
  expected: readonly (abstract new (...args: never[]) => Error)[],
  language: Language = 'ru',
): number {
  if (error instanceof CliError) {
    io.err(`alliance-desk: ${error.message}`);
    return error.exitCode;
  }
  if (expected.some((kind) => error instanceof kind)) {
    io.err(`alliance-desk: ${withErrorWords((error as Error).message, language)}`);
    return 1;
  }
  io.err(`alliance-desk: unexpected error: ${(error as Error).stack ?? String(error)}`);
  return 1;
}
