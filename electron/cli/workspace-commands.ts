import { isCollectionName, type CollectionName } from '../../shared/schema/collections';
import { IdSchema } from '../../shared/schema/common';
import { populateDemo, type DemoScale } from '../demo/generate';
import { verifyWorkspace } from '../store/verify';
import { WorkspaceStore, type StoreOptions } from '../store/workspace-store';
import { CliError } from './cli-error';

export interface CommandContext {
  device: string;
  author: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Opens the workspace for a command and says on stderr what opening noticed (unreadable lines,
 * operations held for their dates, a dropped torn line…): a command never works on a damaged
 * workspace silently.
 */
export async function openForCommand(dir: string, ctx: CommandContext, options: Partial<StoreOptions> = {}): Promise<WorkspaceStore> {
  const store = await WorkspaceStore.open(dir, { device: ctx.device, author: ctx.author, ...options });
  for (const warning of store.warnings) ctx.err(`warning: ${warning}`);
  return store;
}

export async function initCommand(dir: string, name: string | undefined, language: 'ru' | 'en', ctx: CommandContext): Promise<void> {
  const store = await WorkspaceStore.init(dir, { device: ctx.device, author: ctx.author, name, language });
  await store.close();
  ctx.out(`created workspace ${store.manifest.name} in ${store.layout.dir}`);
}

export async function statsCommand(dir: string, ctx: CommandContext): Promise<void> {
  const store = await openForCommand(dir, ctx, { readOnly: true });
  try {
    const districtsInUse = new Set(store.list('deputies').items.map((deputy) => deputy.districtId)).size;
    ctx.out(JSON.stringify({ workspace: store.manifest.name, ...store.counts(), districtsWithDeputies: districtsInUse }, null, 2));
  } finally {
    await store.close();
  }
}

export async function verifyCommand(dir: string, ctx: CommandContext): Promise<boolean> {
  const report = await verifyWorkspace(dir);
  for (const warning of report.warnings) ctx.err(`warning: ${warning}`);
  for (const problem of report.problems) ctx.out(`problem: ${problem}`);
  ctx.out(
    report.ok
      ? `sound: ${report.operations} operations replayed, ${Object.values(report.counts).reduce((a, b) => a + b, 0)} records checked`
      : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} found`,
  );
  return report.ok;
}

export async function getCommand(dir: string, collection: string, id: string, ctx: CommandContext): Promise<void> {
  const name = checkCollection(collection);
  const store = await openForCommand(dir, ctx, { readOnly: true });
  try {
    const record = store.get(name, id);
    if (!record) throw new CliError(`${name}/${id}: no such record`);
    ctx.out(JSON.stringify(record, null, 2));
  } finally {
    await store.close();
  }
}

/** Creates a record, or patches it when the JSON names the id of an existing one. Prints the id. */
export async function putCommand(dir: string, collection: string, json: string, ctx: CommandContext): Promise<void> {
  const name = checkCollection(collection);
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    throw new CliError(`invalid JSON: ${(error as Error).message}`, 2);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new CliError('the record must be a JSON object', 2);
  const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...data } = input as Record<string, unknown>;
  if (id !== undefined && !IdSchema.safeParse(id).success) throw new CliError(`invalid id ${JSON.stringify(id)}`, 2);
  await withStore(dir, ctx, async (store) => {
    const exists = typeof id === 'string' && store.get(name, id) !== undefined;
    const [written] = await store.genericBatch([exists ? { kind: 'patch', collection: name, id: id as string, data } : { kind: 'put', collection: name, id: id as string | undefined, data }]);
    ctx.out(written!);
  });
}

export async function deleteCommand(dir: string, collection: string, id: string, ctx: CommandContext): Promise<void> {
  const name = checkCollection(collection);
  await withStore(dir, ctx, (store) => store.genericBatch([{ kind: 'del', collection: name, id }]));
  ctx.out(`deleted ${name}/${id}`);
}

export async function demoCommand(dir: string, scale: string, language: 'ru' | 'en', ctx: CommandContext): Promise<void> {
  if (scale !== 'small' && scale !== 'moscow') throw new CliError(`unknown scale "${scale}" (small or moscow)`, 2);
  const store = await WorkspaceStore.init(dir, { device: ctx.device, author: 'secretary', name: 'Демо: союз депутатов', language });
  let lastReported = 0;
  try {
    await populateDemo(store, {
      scale: scale as DemoScale,
      language,
      onProgress: (done) => {
        if (done - lastReported >= 0.1) {
          lastReported = done;
          ctx.err(`… ${Math.round(done * 100)}%`);
        }
      },
    });
  } finally {
    await store.close();
  }
  ctx.out(JSON.stringify(store.counts(), null, 2));
}

/**
 * Runs a writing command on the workspace. A command that fails (or changes nothing) leaves every
 * file as it was: the store writes a snapshot on close only when the state took in something.
 */
async function withStore(dir: string, ctx: CommandContext, run: (store: WorkspaceStore) => Promise<unknown>): Promise<void> {
  const store = await openForCommand(dir, ctx);
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

function checkCollection(name: string): CollectionName {
  if (!isCollectionName(name)) throw new CliError(`unknown collection "${name}"`, 2);
  return name;
}
