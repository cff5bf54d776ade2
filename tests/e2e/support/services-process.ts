/**
 * The "main process" of the chromium-bridge host: a Node process (run with tsx) holding a real
 * AppServices on the test's config dir and answering through createDispatch, the function the
 * Electron IPC handlers call. Messages cross a process boundary with structured clone, as IPC does.
 */
import { ChromiumPrinter } from '../../../electron/export/chromium-printer';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { AppServices } from '../../../electron/services/app-services';
import type { Platform } from '../../../electron/core/platform';
import { OPTIONS_ENV, type FromServices, type ServicesProcessOptions, type ToServices } from './services-protocol';

const send = (message: FromServices) => process.send?.(message);
const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

async function main(): Promise<void> {
  const options = JSON.parse(process.env[OPTIONS_ENV] ?? '') as ServicesProcessOptions;
  let nextFolder: string | null = null;
  const opened: string[] = [];
  // Every native picker (folder, open file, save file) answers with the path set by app.setNextFolder.
  const nextPath = async () => {
    const answer = nextFolder;
    nextFolder = null;
    return answer;
  };
  const platform: Platform = {
    host: 'browser',
    version: options.version,
    platform: process.platform,
    systemLocale: () => options.locale,
    chooseFolder: nextPath,
    chooseSaveFile: nextPath,
    chooseOpenFile: nextPath,
    openExternal: async (url) => {
      opened.push(url);
    },
    // The bridge host prints PDF with the machine's Chromium, the engine the app's printToPDF uses.
    createPdfPrinter: () => new ChromiumPrinter(),
    takeOpenedBundle: () => undefined,
    onOpenedBundle: () => () => undefined,
  };
  const services = await AppServices.start({ configDir: options.configDir, platform });
  const dispatch = createDispatch(services.handlers, {
    checkOutputs: true,
    logError: (channel, error) => send({ type: 'serviceError', channel, error: describe(error) }),
  });
  services.onEvent((event) => send({ type: 'event', event }));

  process.on('message', (message: ToServices) => {
    switch (message.type) {
      case 'invoke':
        void dispatch(message.channel, message.input).then((result) => send({ type: 'result', id: message.id, result }));
        break;
      case 'setNextFolder':
        nextFolder = message.folder;
        break;
      case 'openedExternally':
        send({ type: 'opened', id: message.id, urls: [...opened] });
        break;
      case 'close':
        // Like quitting the app: the workspace is closed and its snapshot written.
        void services
          .dispose()
          .catch((error: unknown) => send({ type: 'serviceError', channel: 'quit', error: describe(error) }))
          .finally(() => {
            send({ type: 'closed' });
            process.disconnect?.();
          });
        break;
    }
  });
  process.on('disconnect', () => {
    void services.dispose().finally(() => process.exit(0));
  });
  send({ type: 'ready', device: services.device });
}

main().catch((error: unknown) => {
  send({ type: 'startFailed', error: describe(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
