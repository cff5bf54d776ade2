import { applyImport, exportBundle, previewImport, readBundle, writeBundleFile, ExchangeError, type ImportPreview } from '../exchange';
import { WorkspaceStore } from '../store/workspace-store';
import { CliError } from './cli-error';
import type { CommandContext } from './workspace-commands';

/** `bundle DIR --out FILE [--since DEVICE]`: everything, or what DEVICE lacks as far as this device knows. */
export async function bundleCommand(dir: string, out: string | undefined, since: string | undefined, ctx: CommandContext): Promise<void> {
  if (!out) throw new CliError('bundle needs --out FILE', 2);
  const store = await WorkspaceStore.open(dir, { device: ctx.device, author: ctx.author, readOnly: true });
  try {
    const bundle = await exportBundle(store, since === undefined ? {} : { since });
    await writeBundleFile(out, bundle);
    const scope =
      since === undefined ? 'everything' : bundle.everything ? `everything: no bundle from ${since} was imported here yet` : `what ${since} lacks`;
    ctx.out(`wrote ${bundle.header.opCount} operations to ${out} (${scope})`);
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
  const store = await WorkspaceStore.open(dir, { device: ctx.device, author: ctx.author, readOnly: dryRun });
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

/** The preview as the CLI prints it: counts and titles per collection, text merges and conflicts. */
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
  };
}
