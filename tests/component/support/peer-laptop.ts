/// <reference types="node" />
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput, Identity } from '../../../shared/ipc/contract';
import type { RecordOutput } from '../../../shared/ipc/record-output';
import type { EntityInput } from '../../../shared/schema/collections';
import { startServices } from '../../support/app-services';
import { createHost, type HostScript } from './host-script';
import { closeAfterTest } from './lifecycle';

export type Args<C extends InvokeChannel> = ChannelInput<C> extends void ? [] : [ChannelInput<C>];
export type PlainCollection = 'principles' | 'districts' | 'deputies' | 'groups' | 'issues' | 'contacts';

/** What a laptop in a component test can do without a page: call channels as its page would. */
export interface Laptop {
  readonly host: HostScript;
  /** This laptop's device id. */
  device(): Promise<string>;
  call<C extends InvokeChannel>(channel: C, ...input: Args<C>): Promise<ChannelOutput<C>>;
  /** A plain record (principles, districts, deputies, groups, issues, contacts) through records:create. */
  create<C extends PlainCollection>(collection: C, data: EntityInput<C>): Promise<RecordOutput<C>>;
  /** Who edits from now on, as "who am I" sets it. */
  actAs(identity: Identity): Promise<void>;
}

/** A laptop's `call` over its started services: the value, or the test fails on an error result. */
export function channelCaller(started: Pick<Awaited<ReturnType<typeof startServices>>, 'call'>): Laptop['call'] {
  return (channel, ...input) => started.call(channel, input[0]);
}

/** The calls every laptop offers, over its `call`. */
export function laptopCalls(call: Laptop['call']): Pick<Laptop, 'device' | 'create' | 'actAs'> {
  return {
    device: async () => (await call('workspace:current'))!.device,
    create: async (collection, data) => (await call('records:create', { collection, data } as never)) as never,
    actAs: async (identity) => void (await call('identity:set', identity)),
  };
}

/**
 * Saves a bundle from `laptop` as its "Save bundle…" button does (everything, or what `since`
 * lacks) to `file`, and returns the file.
 */
export async function saveBundle(laptop: Laptop, file: string, since: string | null = null): Promise<string> {
  const saveFile = laptop.host.saveFile;
  laptop.host.saveFile = file;
  const outcome = await laptop.call('exchange:exportBundle', { since });
  laptop.host.saveFile = saveFile;
  if (outcome.status !== 'saved') throw new Error(`bundle not saved: ${JSON.stringify(outcome)}`);
  return file;
}

export interface PeerOptions {
  /** The peer opens the same folder, as a synced shared folder presents it (default: its own copy). */
  sameFolder?: boolean;
}

/**
 * Another laptop of the same alliance on the real services: its own config dir (so its own device
 * id) and host, working as the secretary. Without `sameFolder` it opens a copy of the workspace
 * folder made while the owner's workspace is closed (`pauseOwner`), without device-local files, as
 * people start a new laptop.
 */
export async function startPeer(workspaceDir: string, options: PeerOptions, pauseOwner: (work: () => Promise<void>) => Promise<void>): Promise<Laptop> {
  const root = await mkdtemp(path.join(tmpdir(), 'alliance-desk-peer-'));
  const { script: host, platform } = createHost();
  const started = await startServices(path.join(root, 'config'), platform);
  closeAfterTest(async () => {
    await started.services.dispose().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });
  let folder = workspaceDir;
  if (!options.sameFolder) {
    folder = path.join(root, 'workspace');
    const local = path.join(workspaceDir, 'local');
    await pauseOwner(() => cp(workspaceDir, folder, { recursive: true, filter: (source) => !source.startsWith(local) }));
  }
  await started.openWorkspace(folder);
  const call = channelCaller(started);
  await call('identity:set', { kind: 'secretary' });
  return { host, call, ...laptopCalls(call) };
}

/** `laptop` opens `file` through "Choose bundle…" and imports it whole; the number of operations written. */
export async function receiveBundle(laptop: Laptop, file: string): Promise<number> {
  laptop.host.openFiles.push(file);
  const check = await laptop.call('exchange:chooseBundle');
  if (check.status !== 'preview') throw new Error(`bundle not previewed: ${JSON.stringify(check)}`);
  const outcome = await laptop.call('exchange:apply', { token: check.token, confirmMassDelete: true });
  if (outcome.status !== 'applied') throw new Error(`bundle not imported: ${JSON.stringify(outcome)}`);
  return outcome.written;
}
