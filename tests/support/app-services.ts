import { ChromiumPrinter } from '../../electron/export/chromium-printer';
import { createDispatch } from '../../electron/ipc/dispatch';
import { AppServices } from '../../electron/services/app-services';
import type { AppEvent } from '../../electron/core/events';
import type { Platform } from '../../electron/core/platform';
import type { ChosenFolder, FolderPurpose } from '../../shared/ipc/contract';
import type { Language } from '../../shared/schema/common';

export const testPlatform: Platform = {
  host: 'browser',
  version: '0.1.0-test',
  platform: 'linux',
  systemLocale: () => 'ru-RU',
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  openExternal: async () => undefined,
  createPdfPrinter: () => new ChromiumPrinter(),
  takeOpenedBundle: () => undefined,
  onOpenedBundle: () => () => undefined,
};

/**
 * AppServices on a config dir, called through the same dispatch the hosts use (outputs checked).
 * `pickFolder` makes the next folder picker answer a folder (before falling back to the platform's),
 * so tests reach workspaces as the user does: pick, then act on the token.
 */
export async function startServices(configDir: string, platform: Platform = testPlatform) {
  const picks: string[] = [];
  const host: Platform = { ...platform, chooseFolder: async (purpose) => picks.shift() ?? platform.chooseFolder(purpose) };
  const services = await AppServices.start({ configDir, platform: host });
  const raw = createDispatch(services.handlers, { checkOutputs: true });
  const events: AppEvent[] = [];
  services.onEvent((event) => events.push(event));
  /** Dispatches and returns the value, failing the test on an error result. */
  const call = async <T = unknown>(channel: string, input?: unknown): Promise<T> => {
    const result = await raw(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  /** The token of `folder`, picked in the folder picker for `purpose`. */
  const pickFolder = async (folder: string, purpose: FolderPurpose): Promise<string> => {
    picks.push(folder);
    return (await call<ChosenFolder>('workspace:chooseFolder', { purpose })).token;
  };
  /** A new workspace in `folder`, as the start screen makes one; the workspace info. */
  const createWorkspace = async <T = unknown>(folder: string, name = 'Союз', language: Language = 'ru'): Promise<T> =>
    call<T>('workspace:create', { token: await pickFolder(folder, 'create'), name, language });
  /** Opens the workspace in `folder`, as "Open a workspace" does; the workspace info. */
  const openWorkspace = async <T = unknown>(folder: string): Promise<T> => call<T>('workspace:open', { token: await pickFolder(folder, 'open') });
  return { services, dispatch: raw, call, events, pickFolder, createWorkspace, openWorkspace };
}
