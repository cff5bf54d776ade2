import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_INDEX_URL } from '../../../electron/ipc/app-origin';
import type { ChildOptions, ChildRequest } from './boot-child';
import type { BootReport } from './fake-electron';

// The parent side of the boot test: a private build of the app, and one child process per app
// run (boot-child.ts) that imports the built main bundle over the Electron stand-in.

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./boot-child.ts', import.meta.url));

export interface BuiltApp {
  /** <tmp>/app: package.json, node_modules (a link to this checkout's), out/. */
  appDir: string;
  outDir: string;
  mainEntry: string;
  remove(): void;
}

/**
 * Builds this checkout with electron-vite into a fresh temp folder (never out/, which others
 * use), laid out like the app folder Electron runs: the package.json beside out/, and the
 * runtime dependencies the main bundle imports reachable as node_modules.
 */
export function buildApp(): BuiltApp {
  const base = mkdtempSync(path.join(tmpdir(), 'alliance-desk-boot-'));
  const appDir = path.join(base, 'app');
  const outDir = path.join(appDir, 'out');
  mkdirSync(appDir, { recursive: true });
  const { name, version, type, main } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, string>;
  writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name, version, type, main }, null, 2));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(appDir, 'node_modules'), 'junction');
  const build = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ALLIANCE_DESK_OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (build.status !== 0) {
    rmSync(base, { recursive: true, force: true });
    throw new Error(`electron-vite build failed (${build.status ?? build.signal}):\n${build.stdout}${build.stderr}`);
  }
  return { appDir, outDir, mainEntry: path.join(outDir, 'main', 'index.js'), remove: () => rmSync(base, { recursive: true, force: true }) };
}

export interface BootOptions {
  entry: string;
  /** ALLIANCE_DESK_CONFIG_DIR of the run (settings, device id, recent list, window state). */
  configDir: string;
  documentsDir: string;
  locale?: string;
  isPackaged?: boolean;
  /** Launch arguments after the executable. */
  argv?: string[];
  /** Added to the child's environment. */
  env?: Record<string, string>;
}

export interface ProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One run of a module (the built main bundle or a fixture) under the stand-in, in its own process. */
export class StandInRun {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private output = '';

  /** The error importing the module threw, if any (e.g. a name Electron does not export). */
  importError: string | null = null;

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.on('message', (message) => this.settle(message as { id: number; ok: boolean; value?: unknown; error?: string }));
    child.on('exit', (code, signal) => {
      for (const { reject } of this.pending.values()) reject(new Error(`the stand-in child exited (${code ?? signal}):\n${this.output}`));
      this.pending.clear();
    });
  }

  static async start(options: BootOptions): Promise<StandInRun> {
    const childOptions: ChildOptions = {
      entry: options.entry,
      argv: options.argv ?? [],
      locale: options.locale ?? 'ru-RU',
      isPackaged: options.isPackaged ?? true,
      userDataDir: path.join(options.configDir, 'default-user-data'),
      documentsDir: options.documentsDir,
    };
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ALLIANCE_DESK_CONFIG_DIR: options.configDir, ALLIANCE_DESK_STAND_IN: JSON.stringify(childOptions) };
    delete env.NODE_OPTIONS; // vitest's own hooks stay out of the child
    const child = fork(CHILD, [], { cwd: REPO_ROOT, execArgv: ['--import', 'tsx'], env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const run = new StandInRun(child);
    const loaded = await new Promise<{ importError: string | null }>((resolve, reject) => {
      child.once('message', (message) => resolve(message as { importError: string | null }));
      child.once('exit', (code, signal) => reject(new Error(`the stand-in child exited (${code ?? signal}) before loading:\n${run.output}`)));
    });
    run.importError = loaded.importError;
    return run;
  }

  /** What the child printed (the app's console.warn/error), for failure messages. */
  get log(): string {
    return this.output;
  }

  private settle(message: { id: number; ok: boolean; value?: unknown; error?: string }): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(`${message.error}\n--- child output ---\n${this.output}`));
  }

  private request<T>(request: ChildRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, request });
    });
  }

  /** Fires 'ready' and waits until the app has finished starting (or called app.exit). */
  ready = () => this.request<null>({ op: 'ready' });
  report = () => this.request<BootReport & { realElectronRequired: boolean }>({ op: 'report' });
  /** Calls the registered ipcMain handler of `channel`, as the page at `frameUrl` would. */
  invoke = (channel: string, input?: unknown, frameUrl: string | null = APP_INDEX_URL) =>
    this.request<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>({ op: 'invoke', channel, input, frameUrl });
  /** Fetches `url` through the registered app:// protocol handler. */
  fetch = (url: string, method = 'GET') => this.request<ProtocolAnswer>({ op: 'protocol', url, method });
  /** Emits an app event (the event object first, as Electron does); whether a listener prevented its default. */
  emit = (event: string, ...args: unknown[]) => this.request<{ prevented: boolean }>({ op: 'emit', event, args });
  navigate = (window: number, event: string, url: string) => this.request<{ prevented: boolean }>({ op: 'navigate', window, event, url });
  windowOpen = (window: number, url: string) => this.request<{ action: string }>({ op: 'windowOpen', window, url });
  minimize = (window: number) => this.request<null>({ op: 'minimize', window });
  /** The next native open/save dialog answers with `file`. */
  answerDialog = (file: string) => this.request<null>({ op: 'answerDialog', path: file });
  /** app.quit(), waiting until the app lets it finish. */
  quit = () => this.request<{ quitted: boolean }>({ op: 'quit' });

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill();
    await exited;
  }
}
