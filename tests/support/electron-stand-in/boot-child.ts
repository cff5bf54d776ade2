import { register } from 'node:module';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { mainProcessExports } from './electron-exports';
import { createFakeElectron, preventableEvent, STAND_IN_KEY, type StandInConfig } from './fake-electron';

// The child process of the boot test (run by boot-client.ts with `node --import tsx`): installs
// the Electron stand-in, imports a built main bundle under plain Node — as Electron would run it —
// and then does what the parent asks over IPC (fire 'ready', call an IPC handler or the app://
// protocol, emit an app event, quit), answering with what the bundle did. One child per app run,
// so every run starts with fresh module state.

export interface ChildOptions extends StandInConfig {
  /** The module to import: <out>/main/index.js, or a test fixture. */
  entry: string;
  /** process.argv after the executable, as Electron would pass it. */
  argv: string[];
}

export type ChildRequest =
  | { op: 'ready' }
  | { op: 'report' }
  | { op: 'invoke'; channel: string; input: unknown; frameUrl: string | null }
  | { op: 'protocol'; url: string; method: string }
  | { op: 'emit'; event: string; args: unknown[] }
  | { op: 'navigate'; window: number; event: string; url: string }
  | { op: 'windowOpen'; window: number; url: string }
  | { op: 'minimize'; window: number }
  | { op: 'answerDialog'; path: string }
  | { op: 'quit' };

const WAIT_LIMIT_MS = 60_000;

const options = JSON.parse(process.env.ALLIANCE_DESK_STAND_IN ?? 'null') as ChildOptions | null;
if (!options) throw new Error('ALLIANCE_DESK_STAND_IN is not set: run this through boot-client.ts');
const send = (message: unknown) => process.send!(message);

const fake = createFakeElectron(options);
(globalThis as Record<symbol, unknown>)[STAND_IN_KEY] = fake.registry;
register('./loader.mjs', import.meta.url, { data: { names: mainProcessExports() } });
process.argv = [process.execPath, ...options.argv];

let importError: string | null = null;
try {
  await import(pathToFileURL(options.entry).href);
} catch (error) {
  importError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
send({ type: 'loaded', importError });

process.on('message', (message: { id: number; request: ChildRequest }) => {
  void handle(message.request).then(
    (value) => send({ id: message.id, ok: true, value: value ?? null }),
    (error: unknown) => send({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));

async function handle(request: ChildRequest): Promise<unknown> {
  switch (request.op) {
    case 'ready':
      if (importError) throw new Error(`the module did not load: ${importError}`);
      fake.app.fireReady();
      // The app has started once it listens for 'will-quit' (the last thing it sets up), or failed.
      return until('the app to finish starting', () => fake.app.listenerCount('will-quit') > 0, ['newListener']);
    case 'report':
      return {
        ...fake.report(),
        // A CommonJS require of the real package would bypass the ESM hooks: checked here.
        realElectronRequired: Object.keys(createRequire(import.meta.url).cache).some((file) => /[/\\]node_modules[/\\]electron[/\\]/.test(file)),
      };
    case 'invoke': {
      const handler = fake.ipcMain.handlers.get(request.channel);
      if (!handler) throw new Error(`no ipcMain handler for ${request.channel}`);
      const sender = fake.windows[0]?.webContents;
      return handler({ senderFrame: request.frameUrl === null ? null : { url: request.frameUrl }, sender }, request.input);
    }
    case 'protocol': {
      const handler = fake.protocolHandlers.get(new URL(request.url).protocol.replace(/:$/, ''));
      if (!handler) throw new Error(`no protocol handler for ${request.url}`);
      const response = await handler(new Request(request.url, { method: request.method }));
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    }
    case 'emit': {
      const event = preventableEvent();
      fake.app.emit(request.event, event, ...request.args);
      return { prevented: event.defaultPrevented };
    }
    case 'navigate': {
      const event = preventableEvent({ url: request.url, isMainFrame: true });
      window(request.window).webContents.emit(request.event, event);
      return { prevented: event.defaultPrevented };
    }
    case 'windowOpen': {
      const handler = window(request.window).webContents.windowOpenHandler;
      if (!handler) throw new Error('no window open handler');
      return handler({ url: request.url });
    }
    case 'minimize':
      window(request.window).minimize();
      return null;
    case 'answerDialog':
      fake.dialogAnswers.push(request.path);
      return null;
    case 'quit':
      fake.app.quit();
      await until('the app to quit', () => fake.app.quitted, ['quit']);
      return { quitted: fake.app.quitted };
  }
}

function window(index: number) {
  const found = fake.windows[index];
  if (!found) throw new Error(`no window #${index}`);
  return found;
}

/**
 * Resolves once `condition` holds — checked now and after each of the app's `events` — or once the
 * app calls app.exit (a failed start); rejects after a generous limit.
 */
function until(what: string, condition: () => boolean, events: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!condition() && fake.app.exitCode === undefined) return;
      stop();
      resolve();
    };
    // 'newListener' comes before the listener is added: look once the caller's code has run.
    const later = () => queueMicrotask(check);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`gave up waiting for ${what}`));
    }, WAIT_LIMIT_MS);
    const stop = () => {
      clearTimeout(timer);
      for (const event of [...events, 'stand-in:exit']) fake.app.off(event, later);
    };
    for (const event of [...events, 'stand-in:exit']) fake.app.on(event, later);
    check();
  });
}
