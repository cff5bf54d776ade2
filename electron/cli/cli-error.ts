/** A failure the CLI reports in one line; `usage` errors exit with 2, others with 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
