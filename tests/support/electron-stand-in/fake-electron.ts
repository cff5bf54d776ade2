import { EventEmitter } from 'node:events';

// THE STAND-IN IS NOT ELECTRON. Fakes of the Electron main-process modules the app uses, for the
// boot test (tests/integration/boot/): they record what the built main bundle asks of them and
// behave just enough like Electron for it to start — app events and 'ready', windows that "load"
// a URL, ipcMain.handle, the menu, app:// protocol handlers, the default session. loader.mjs
// binds `import … from 'electron'` to them; a module Electron has but this file does not fake
// throws as soon as it is used (and is reported), so the test cannot pass by accident.

export const STAND_IN_KEY = Symbol.for('alliance-desk.electron-stand-in');

export interface StandInConfig {
  /** What app.getLocale() answers, e.g. 'ru-RU'. */
  locale: string;
  isPackaged: boolean;
  /** app.getPath('userData') unless the app sets it; app.getPath('documents'). */
  userDataDir: string;
  documentsDir: string;
}

export interface RecordedCall {
  /** Order of the call among all recorded ones. */
  seq: number;
  api: string;
  args: unknown[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON-safe copy for the report: functions become '[function]'. */
function toJson(value: unknown, depth = 0): Json {
  if (typeof value === 'function') return '[function]';
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value as Json;
  if (depth > 8) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => toJson(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item, depth + 1)]));
}

/** An Electron event object: listeners may prevent the default. */
export function preventableEvent(fields: Record<string, unknown> = {}): { defaultPrevented: boolean; preventDefault(): void } & Record<string, unknown> {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export function createFakeElectron(config: StandInConfig) {
  const calls: RecordedCall[] = [];
  const unfakedUses: string[] = [];
  const record = (api: string, ...args: unknown[]) => {
    calls.push({ seq: calls.length, api, args: args.map((arg) => toJson(arg)) });
  };

  class FakeApp extends EventEmitter {
    readonly isPackaged = config.isPackaged;
    ready = false;
    quitted = false;
    exitCode: number | undefined;
    private readonly paths = new Map<string, string>([
      ['userData', config.userDataDir],
      ['documents', config.documentsDir],
    ]);
    private readonly readyPromise: Promise<void>;
    private resolveReady!: () => void;

    constructor() {
      super();
      this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    }

    setPath(name: string, value: string) {
      record('app.setPath', name, value);
      this.paths.set(name, value);
    }
    getPath(name: string): string {
      const value = this.paths.get(name);
      if (!value) throw new Error(`electron stand-in: app.getPath('${name}') is not faked`);
      return value;
    }
    enableSandbox() {
      record('app.enableSandbox');
    }
    requestSingleInstanceLock() {
      record('app.requestSingleInstanceLock');
      return true;
    }
    whenReady() {
      return this.readyPromise;
    }
    isReady() {
      return this.ready;
    }
    getLocale() {
      return config.locale;
    }
    getName() {
      return 'Alliance Desk';
    }
    getVersion() {
      return '0.0.0-stand-in';
    }
    setAboutPanelOptions(options: unknown) {
      record('app.setAboutPanelOptions', options);
    }
    /** Electron's order: before-quit, then will-quit; either may be prevented; then 'quit'. */
    quit() {
      record('app.quit');
      if (!this.ready) return;
      const beforeQuit = preventableEvent();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      const willQuit = preventableEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.quitted = true;
      this.emit('quit', preventableEvent(), 0);
    }
    exit(code = 0) {
      record('app.exit', code);
      this.exitCode = code;
      this.emit('stand-in:exit', code);
    }
    /** The test's doing: Electron is ready. */
    fireReady() {
      record('stand-in:ready');
      this.ready = true;
      this.emit('ready', preventableEvent(), {});
      this.resolveReady();
    }
  }
  const app = new FakeApp();

  class FakeWebContents extends EventEmitter {
    readonly sent: { channel: string; payload: Json }[] = [];
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    send(channel: string, ...args: unknown[]) {
      this.sent.push({ channel, payload: toJson(args[0]) });
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    isDestroyed() {
      return false;
    }
    async executeJavaScript() {
      return true;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static readonly all: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loads: string[] = [];
    readonly actions: string[] = [];
    minimized = false;
    private destroyed = false;

    constructor(readonly options: Record<string, unknown> = {}) {
      super();
      record('new BrowserWindow', options);
      FakeBrowserWindow.all.push(this);
      app.emit('web-contents-created', preventableEvent(), this.webContents);
    }
    static getAllWindows() {
      return FakeBrowserWindow.all.filter((window) => !window.destroyed);
    }
    async loadURL(url: string) {
      record('BrowserWindow.loadURL', url);
      this.loads.push(url);
      this.emit('ready-to-show');
    }
    async loadFile(file: string) {
      record('BrowserWindow.loadFile', file);
      this.loads.push(`loadFile:${file}`);
    }
    private act(action: string) {
      this.actions.push(action);
    }
    show() {
      this.act('show');
    }
    focus() {
      this.act('focus');
    }
    maximize() {
      this.act('maximize');
    }
    restore() {
      this.act('restore');
      this.minimized = false;
    }
    minimize() {
      this.act('minimize');
      this.minimized = true;
    }
    isMinimized() {
      return this.minimized;
    }
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.act('destroy');
      this.destroyed = true;
    }
    getNormalBounds() {
      const { x = 0, y = 0, width = 800, height = 600 } = this.options as { x?: number; y?: number; width?: number; height?: number };
      return { x, y, width, height };
    }
  }

  class FakeIpcMain extends EventEmitter {
    readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
    readonly registrations: string[] = [];
    handle(channel: string, listener: (...args: unknown[]) => unknown) {
      this.registrations.push(channel);
      // Electron refuses a second handler for a channel.
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, listener);
    }
    removeHandler(channel: string) {
      this.handlers.delete(channel);
    }
  }
  const ipcMain = new FakeIpcMain();

  class FakeMenu {
    static applied: FakeMenu | null = null;
    constructor(readonly template: unknown[]) {}
    static buildFromTemplate(template: unknown[]) {
      return new FakeMenu(template);
    }
    static setApplicationMenu(menu: FakeMenu | null) {
      record('Menu.setApplicationMenu');
      FakeMenu.applied = menu;
    }
    static getApplicationMenu() {
      return FakeMenu.applied;
    }
  }

  type ProtocolHandler = (request: Request) => Response | Promise<Response>;
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown) {
      record('protocol.registerSchemesAsPrivileged', schemes);
      // Electron allows it only before 'ready'.
      if (app.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    },
    handle(scheme: string, handler: ProtocolHandler) {
      record('protocol.handle', scheme);
      if (!app.ready) throw new Error('protocol.handle can only be used after app is ready');
      if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
    unhandle(scheme: string) {
      protocolHandlers.delete(scheme);
    },
    isProtocolHandled(scheme: string) {
      return protocolHandlers.has(scheme);
    },
  };

  const recordingMethods = (prefix: string, names: string[]) =>
    Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => record(`${prefix}.${name}`, ...args)]));
  const defaultSession = {
    ...recordingMethods('session.defaultSession', [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      'setSpellCheckerEnabled',
      'setSpellCheckerDictionaryDownloadURL',
      'setSpellCheckerLanguages',
    ]),
    protocol,
  };
  const session = { defaultSession };

  let themeSource = 'system';
  const nativeTheme = Object.assign(new EventEmitter(), {
    shouldUseDarkColors: false,
    get themeSource() {
      return themeSource;
    },
    set themeSource(value: string) {
      record('nativeTheme.themeSource', value);
      themeSource = value;
    },
  });

  const screen = Object.assign(new EventEmitter(), {
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
  });

  /** Folders the open dialog answers with, one per call; cancelled when none is queued. */
  const dialogAnswers: string[] = [];
  const lastArgument = (args: unknown[]) => args[args.length - 1];
  const dialog = {
    async showOpenDialog(...args: unknown[]) {
      record('dialog.showOpenDialog', lastArgument(args));
      const folder = dialogAnswers.shift();
      return folder === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] };
    },
    async showSaveDialog(...args: unknown[]) {
      record('dialog.showSaveDialog', lastArgument(args));
      const file = dialogAnswers.shift();
      return file === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: file };
    },
    async showMessageBox(...args: unknown[]) {
      record('dialog.showMessageBox', lastArgument(args));
      return { response: 0, checkboxChecked: false };
    },
    showErrorBox(title: string, content: string) {
      record('dialog.showErrorBox', title, content);
    },
  };

  const shell = {
    async openExternal(url: string) {
      record('shell.openExternal', url);
    },
    async openPath(file: string) {
      record('shell.openPath', file);
      return '';
    },
    showItemInFolder(file: string) {
      record('shell.showItemInFolder', file);
    },
  };

  const safeStorage = {
    isEncryptionAvailable: () => false,
    encryptString: () => {
      throw new Error('electron stand-in: safeStorage has no keychain');
    },
    decryptString: () => {
      throw new Error('electron stand-in: safeStorage has no keychain');
    },
  };

  const fakes: Record<string, unknown> = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    Menu: FakeMenu,
    protocol,
    session,
    nativeTheme,
    screen,
    dialog,
    shell,
    safeStorage,
  };

  /** What Electron has but this file does not fake: any use throws, and is reported. */
  const unfaked = (name: string) => {
    const refuse = (what: string): never => {
      unfakedUses.push(`${name}${what}`);
      throw new Error(`electron stand-in: electron.${name}${what} is not faked`);
    };
    return new Proxy(function unfakedElectronModule() {}, {
      get: (_target, property) => refuse(`.${String(property)}`),
      apply: () => refuse('()'),
      construct: () => refuse(' (new)'),
    });
  };

  const registry = {
    value: (name: string) => (name in fakes ? fakes[name] : unfaked(name)),
    module: () => ({ ...fakes }),
  };

  return {
    registry,
    app,
    ipcMain,
    protocolHandlers,
    dialogAnswers,
    windows: FakeBrowserWindow.all,
    /** Everything recorded so far, JSON-safe. */
    report() {
      return {
        calls,
        unfakedUses,
        ready: app.ready,
        quitted: app.quitted,
        exitCode: app.exitCode ?? null,
        appListeners: app.eventNames().map(String),
        ipcRegistrations: [...ipcMain.registrations],
        ipcListeners: ipcMain.eventNames().map(String),
        protocolSchemes: [...protocolHandlers.keys()],
        menu: toJson(FakeMenu.applied?.template ?? null),
        windows: FakeBrowserWindow.all.map((window) => ({
          options: toJson(window.options),
          loads: [...window.loads],
          actions: [...window.actions],
          sent: [...window.webContents.sent],
          webContentsListeners: window.webContents.eventNames().map(String),
          hasWindowOpenHandler: window.webContents.windowOpenHandler !== undefined,
        })),
      };
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type BootReport = ReturnType<FakeElectron['report']>;
