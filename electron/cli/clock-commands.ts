import { CliError } from './cli-error';
import { openForCommand, type CommandContext } from './workspace-commands';

/**
 * `accept-future DIR [--clock STAMP]… [--all]`: operations dated more than a day ahead of this
 * computer's clock are held, not applied (see electron/store/quarantine.ts). Without --clock or
 * --all this lists them (as JSON) and changes nothing; with them, it applies those a person has
 * checked. Unknown clocks are an error, and nothing is applied then.
 */
export async function acceptFutureCommand(dir: string, { clocks, all }: { clocks: string[]; all: boolean }, ctx: CommandContext): Promise<void> {
  const listing = clocks.length === 0 && !all;
  const store = await openForCommand(dir, ctx, { readOnly: listing });
  try {
    const held = store.quarantined();
    if (listing) {
      ctx.out(JSON.stringify(held, null, 2));
      return;
    }
    const known = new Set(held.map((entry) => entry.clock));
    const unknown = clocks.filter((clock) => !known.has(clock));
    if (unknown.length > 0) throw new CliError(`no operation held with the clock ${unknown.join(', ')}; run accept-future ${dir} to list them`);
    const accepted = await store.acceptFuture(all ? [...known] : clocks);
    ctx.out(`applied ${accepted.length} operation${accepted.length === 1 ? '' : 's'} dated ahead of this computer's clock`);
  } finally {
    await store.close();
  }
}
