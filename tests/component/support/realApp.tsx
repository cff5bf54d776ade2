/// <reference types="node" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/app/App';
import { loadStartup } from '../../../renderer/src/app/startup';
import { identityFile } from '../../../electron/core/identity-file';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { ChannelOutput, Settings, WorkspaceInfo } from '../../../shared/ipc/contract';
import type { RecordOutput } from '../../../shared/ipc/record-output';
import type { Language } from '../../../shared/schema/common';
import type { CollectionName } from '../../../shared/schema/collections';
import { startServices } from '../../support/app-services';
import { createHost, type HostScript } from './host-script';
import { closeAfterTest } from './lifecycle';
import { channelCaller, laptopCalls, startPeer, type Args, type Laptop, type PeerOptions } from './peer-laptop';
import { createBridge, type RealBridge } from './real-bridge';

export interface AppOptions {
  /** Make and open a workspace (default), or start on the start screen with none. */
  workspace?: boolean;
  /** The workspace's name and language (its default principles are in it). */
  name?: string;
  language?: Language;
  /** The OS locale the services report (default ru-RU). */
  locale?: string;
  /** Saved settings, written through settings:update before the app starts. */
  settings?: Partial<Settings>;
}

export interface TestApp extends Laptop {
  /** A folder of this test, removed afterwards. */
  readonly root: string;
  readonly configDir: string;
  readonly workspaceDir: string;
  readonly host: HostScript;
  readonly bridge: RealBridge;
  /** A channel called as the page would, failing the test on an error result; not logged in bridge.calls. */
  call<C extends InvokeChannel>(channel: C, ...input: Args<C>): Promise<ChannelOutput<C>>;
  all<C extends CollectionName>(collection: C): Promise<RecordOutput<C>[]>;
  get<C extends CollectionName>(collection: C, id: string): Promise<RecordOutput<C> | null>;
  /** Makes a workspace in `folder` and opens it, as the start screen does; no "who am I" yet. */
  createWorkspace(folder: string, name?: string): Promise<WorkspaceInfo>;
  /** Reopens the workspace with no "who am I" on this device, as a new laptop sees it. */
  forgetIdentity(): Promise<void>;
  /** Installs the bridge and renders the whole app at `hash`, as main.tsx does. */
  render(hash?: string): Promise<Rendered>;
  /** Another laptop of this alliance (see peer-laptop.ts). */
  peer(options?: PeerOptions): Promise<Laptop>;
}

export type { PlainCollection } from './peer-laptop';
type Rendered = { user: ReturnType<typeof userEvent.setup>; view: ReturnType<typeof render>; i18n: Awaited<ReturnType<typeof loadStartup>>['i18n']; screen: typeof screen };

/**
 * The app on the real main-process services over a temporary folder: AppServices on its own config
 * dir, a workspace made as the start screen makes one, "who am I" set to the secretary, and the
 * page's bridge wired to the same dispatch (outputs checked) and events as in Electron.
 */
export async function startApp(options: AppOptions = {}): Promise<TestApp> {
  const root = await mkdtemp(path.join(tmpdir(), 'alliance-desk-component-'));
  const workspaceDir = path.join(root, 'workspace');
  const { script: host, platform } = createHost({ locale: options.locale ?? 'ru-RU', saveFile: path.join(root, 'saved') });
  const configDir = path.join(root, 'config');
  const started = await startServices(configDir, platform);
  const { bridge, attach, dispose } = createBridge(started.dispatch, (listener) => started.services.onEvent(listener));
  closeAfterTest(async () => {
    dispose();
    await started.services.dispose().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  const call = channelCaller(started);
  /** Closes the workspace around `work` and reopens it, as the user would before copying the folder. */
  const closedDuring = async (work: () => Promise<void>) => {
    await call('workspace:close');
    await work();
    await started.openWorkspace(workspaceDir);
  };
  if (options.settings) await call('settings:update', options.settings);
  if (options.workspace !== false) {
    await started.createWorkspace<WorkspaceInfo>(workspaceDir, options.name ?? 'Тестовый союз', options.language ?? 'ru');
    await call('identity:set', { kind: 'secretary' });
  }

  return {
    root,
    configDir,
    workspaceDir,
    host,
    bridge,
    call,
    ...laptopCalls(call),
    all: async (collection) => ((await call('records:list', { collection })) as unknown as { items: never[] }).items,
    get: async (collection, id) => (await call('records:get', { collection, id })) as never,
    createWorkspace: (folder, name = 'Тестовый союз') => started.createWorkspace<WorkspaceInfo>(folder, name, options.language ?? 'ru'),
    forgetIdentity: async () => {
      const { device } = (await call('workspace:current'))!;
      await closedDuring(() => rm(identityFile(workspaceDir, device), { force: true }));
    },
    peer: (peerOptions = {}) => startPeer(workspaceDir, peerOptions, closedDuring),
    render: async (hash = '#/') => {
      attach();
      window.allianceDesk = bridge.api;
      window.location.hash = hash;
      const startup = await loadStartup();
      const user = userEvent.setup();
      const view = render(<App startup={startup} />);
      return { user, view, i18n: startup.i18n, screen };
    },
  };
}
