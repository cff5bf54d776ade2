import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options every command takes (the usage text's last line, and --lang and --help), parsed alike everywhere. */
export const COMMON_OPTIONS = {
  lang: { type: 'string', default: 'ru' },
  device: { type: 'string' },
  as: { type: 'string', default: 'secretary' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses a command line with a command's own options besides the common ones; throws on a malformed one. */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  return parseArgs({ args, allowPositionals: true, options: { ...COMMON_OPTIONS, ...options } });
}
