import { ChromiumPrinter } from '../../electron/export/chromium-printer';
import { createDispatch } from '../../electron/ipc/dispatch';
import { AppServices } from '../../electron/services/app-services';
import type { AppEvent } from '../../electron/services/events';
import type { Platform } from '../../electron/services/platform';

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

/** AppServices on a config dir, called through the same dispatch the hosts use (outputs checked). */
export async function startServices(configDir: string, platform: Platform = testPlatform) {
  const services = await AppServices.start({ configDir, platform });
  const raw = createDispatch(services.handlers, { checkOutputs: true });
  const events: AppEvent[] = [];
  services.onEvent((event) => events.push(event));
  /** Dispatches and returns the value, failing the test on an error result. */
  const call = async <T = unknown>(channel: string, input?: unknown): Promise<T> => {
    const result = await raw(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  return { services, dispatch: raw, call, events };
}
