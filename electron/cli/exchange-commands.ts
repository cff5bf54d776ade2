import { applyImport, exportBundle, previewImport, readBundle, writeBundleFile, ExchangeError, type ImportPreview } from '../exchange';
import { describeRange } from '../store/unreadable-lines';
import { CliError } from './cli-error';
import { openForCommand, type CommandContext } from './workspace-commands';

/**
 * `bundle DIR --out FILE [--since DEVICE] [--omit-unreadable]`: everything, or what DEVICE lacks as
 * far as this device knows. Lines of the workspace's files that cannot be read refuse the bundle,
 * unless --omit-unreadable: then the bundle is made without them and says which bytes it lacks.
 */
export async function bundleCommand(
  dir: string,
  { out, since, omitUnreadable }: { out: string | undefined; since: string | undefined; omitUnreadable: boolean },
  ctx: CommandContext,
): Promise<void> {
  if (!out) throw new CliError('bundle needs --out FILE', 2);
  const store = await openForCommand(dir, ctx, { readOnly: true });
  try {
    let bundle;
    try {
      bundle = await exportBundle(store, { ...(since === undefined ? {} : { since }), omitUnreadable });
    } catch (error) {
      if (error instanceof ExchangeError && error.code === 'journal_damaged') throw new CliError(`${error.message} (--omit-unreadable)`);
      throw error;
    }
    await writeBundleFile(out, bundle);
    const scope =
      since === undefined ? 'everything' : bundle.everything ? `everything: no bundle from ${since} was imported here yet` : `what ${since} lacks`;
    ctx.out(`wrote ${bundle.header.opCount} operations to ${out} (${scope})`);
    const omitted = bundle.header.omitted ?? [];
    if (omitted.length > 0) ctx.out(`left out, as they cannot be read: ${omitted.map(describeRange).join(', ')}`);
  } finally {
    await store.close();
  }
}

/** `import DIR FILE [--dry-run] [--confirm-mass-delete]`: prints what the import does (or would do) as JSON. */
export async function importCommand(
  dir: string,
  file: string,
  { dryRun, confirmMassDelete }: { dryRun: boolean; confirmMassDelete: boolean },
  ctx: CommandContext,
): Promise<void> {
  const store = await openForCommand(dir, ctx, { readOnly: dryRun });
  try {
    const bundle = await readBundle(store, file);
    if (dryRun) {
      ctx.out(JSON.stringify(describe(await previewImport(store, bundle, { listLimit: 20 })), null, 2));
      return;
    }
    try {
      const result = await applyImport(store, bundle, { confirmMassDelete, listLimit: 20 });
      ctx.out(JSON.stringify(describe(result.preview), null, 2));
      ctx.out(result.preview.empty ? 'nothing new: the workspace holds everything in this bundle' : `imported: ${result.written} operations written`);
      const { quarantined } = result.preview;
      if (quarantined.operations > 0) {
        ctx.out(`held: ${quarantined.operations} operations dated up to ${quarantined.latest}, more than a day ahead of this computer's clock; see accept-future`);
      }
    } catch (error) {
      if (error instanceof ExchangeError && error.code === 'mass_delete_unconfirmed') {
        throw new CliError(`${error.message}: run again with --confirm-mass-delete (or --dry-run to see them)`);
      }
      throw error;
    }
  } finally {
    await store.close();
  }
}

/** The preview as the CLI prints it: counts and titles per collection, text merges and conflicts, what is held or missing. */
function describe(preview: ImportPreview) {
  return {
    from: { device: preview.bundle.device, author: preview.bundle.author, createdAt: preview.bundle.createdAt },
    operations: preview.operations,
    changes: Object.fromEntries(
      Object.entries(preview.collections).map(([collection, changes]) => [
        collection,
        {
          added: changes.added,
          changed: changes.changed,
          deleted: changes.deleted,
          records: changes.records,
        },
      ]),
    ),
    merged: preview.merged.map(({ collection, id, field }) => `${collection}/${id}.${field}`),
    conflicts: preview.conflicts.map(({ collection, id, field }) => `${collection}/${id}.${field}`),
    massDelete: preview.massDelete,
    ...(preview.quarantined.operations > 0 ? { heldForTheirDate: preview.quarantined } : {}),
    ...(preview.bundle.omitted.length > 0 ? { missingFromTheBundle: preview.bundle.omitted.map(describeRange) } : {}),
  };
}
