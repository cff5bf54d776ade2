import { ExchangeError } from '../exchange/errors';
import { StoreError } from '../store/errors';
import { CliError, reportFailure } from './cli-error';
import { acceptFutureCommand } from './clock-commands';
import { parseCommandLine } from './common-options';
import { resolveDevice } from './device';
import { bundleCommand, importCommand } from './exchange-commands';
import { EXPORT_USAGE, exportCommand } from './export-commands';
import {
  deleteCommand,
  demoCommand,
  getCommand,
  initCommand,
  putCommand,
  statsCommand,
  verifyCommand,
  type CommandContext,
} from './workspace-commands';

const USAGE = `usage: alliance-desk <command> [options]

  init DIR [--name NAME] [--lang ru|en]     create a workspace
  stats DIR                                 record counts as JSON
  verify DIR                                check every file and record; exit 1 on problems
  get DIR COLLECTION ID                     print a record as JSON
  put DIR COLLECTION JSON                   create a record, or patch it if JSON has an existing "id"; prints the id
  delete DIR COLLECTION ID                  delete a record
  demo DIR --scale small|moscow [--lang]    create a workspace filled with fictional data
  bundle DIR --out FILE [--since DEVICE] [--omit-unreadable]
                                            write a bundle (.adbundle) of everything, or of what DEVICE lacks;
                                            refused when lines of the workspace cannot be read, unless
                                            --omit-unreadable (the bundle then names what it lacks)
  import DIR FILE [--dry-run] [--confirm-mass-delete]
                                            import a bundle (all or nothing); --dry-run only shows what it would do
  accept-future DIR [--clock STAMP]... [--all]
                                            list operations held as dated over a day ahead of this computer's
                                            clock, or apply the ones named (or all)
${EXPORT_USAGE}

options: --device ID (default: $ALLIANCE_DESK_DEVICE or this account's CLI device), --as AUTHOR (default: secretary)`;

const ARITY: Record<string, number> = { init: 1, stats: 1, verify: 1, get: 3, put: 3, delete: 3, demo: 1, bundle: 1, import: 2, 'accept-future': 1 };

export async function runCli(argv: string[], io: Pick<CommandContext, 'out' | 'err'>): Promise<number> {
  if (argv[0] === 'export') return exportCommand(argv.slice(1), io); // export parses its own options
  let parsed;
  try {
    parsed = parseCommandLine(argv, {
      name: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
      since: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'confirm-mass-delete': { type: 'boolean', default: false },
      'omit-unreadable': { type: 'boolean', default: false },
      clock: { type: 'string', multiple: true, default: [] },
      all: { type: 'boolean', default: false },
    });
  } catch (error) {
    io.err(`alliance-desk: ${(error as Error).message}`);
    return 2;
  }
  const [command, ...args] = parsed.positionals;
  const { values } = parsed;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    if (!(command in ARITY)) throw new CliError(`unknown command "${command}"; see --help`, 2);
    if (args.length !== ARITY[command]) throw new CliError(`${command} takes ${ARITY[command]} argument(s); see --help`, 2);
    if (values.lang !== 'ru' && values.lang !== 'en') throw new CliError('--lang is ru or en', 2);
    const ctx: CommandContext = { ...io, device: await resolveDevice(values.device), author: values.as! };
    const [a, b, c] = args as [string, string, string];
    switch (command) {
      case 'init':
        await initCommand(a, values.name, values.lang, ctx);
        return 0;
      case 'stats':
        await statsCommand(a, ctx);
        return 0;
      case 'verify':
        return (await verifyCommand(a, ctx)) ? 0 : 1;
      case 'get':
        await getCommand(a, b, c, ctx);
        return 0;
      case 'put':
        await putCommand(a, b, c, ctx);
        return 0;
      case 'delete':
        await deleteCommand(a, b, c, ctx);
        return 0;
      case 'demo':
        if (!values.scale) throw new CliError('demo needs --scale small|moscow', 2);
        await demoCommand(a, values.scale, values.lang, ctx);
        return 0;
      case 'bundle':
        await bundleCommand(a, { out: values.out, since: values.since, omitUnreadable: values['omit-unreadable']! }, ctx);
        return 0;
      case 'import':
        await importCommand(a, b, { dryRun: values['dry-run']!, confirmMassDelete: values['confirm-mass-delete']! }, ctx);
        return 0;
      case 'accept-future':
        await acceptFutureCommand(a, { clocks: values.clock!, all: values.all! }, ctx);
        return 0;
    }
    return 2;
  } catch (error) {
    return reportFailure(error, io, [StoreError, ExchangeError], values.lang === 'en' ? 'en' : 'ru');
  }
}

// Run when executed directly (node out/cli/alliance-desk.mjs, or tsx electron/cli/main.ts).
const invokedDirectly = process.argv[1] !== undefined && /(alliance-desk(\.mjs)?|cli[/\\]main\.ts)$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`alliance-desk: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
