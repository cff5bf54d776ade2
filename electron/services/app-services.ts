import { mkdir } from 'node:fs/promises';
import type { Settings } from '../../shared/ipc/contract';
import type { Language } from '../../shared/schema/common';
import type { ChannelHandlers } from './channel-handlers';
import { configFiles } from './config-files';
import { loadOrCreateDeviceId } from './device-id';
import { EventHub, type AppEventListener } from './events';
import { isSafeExternalUrl } from './external-url';
import type { Platform } from './platform';
import { RecentList } from './recent-list';
import { ServiceError } from '../domain/service-error';
import { domainHandlers } from './domain-handlers';
import { exchangeHandlers } from './exchange-handlers';
import { exportHandlers } from './export-handlers';
import { issuesHandlers } from './issues-handlers';
import { SettingsFile } from './settings-file';
import { effectiveLanguage, languageFromLocale } from './system-language';
import { workspaceHandlers } from './workspace-handlers';
import { WorkspaceSession } from './workspace-session';

export interface AppServicesOptions {
  /** Where settings, the device id and the recent list live (Electron's userData in the app). */
  configDir: string;
  platform: Platform;
}

/**
 * Everything the renderer can ask of the main process, one handler per contract channel, in plain
 * Node: the Electron host and the end-to-end bridge both run exactly this (see "Testing without the Electron binary" in README.md).
 */
export class AppServices {
  readonly handlers: ChannelHandlers;
  private readonly events = new EventHub();
  private readonly session: WorkspaceSession;

  private constructor(
    private readonly platform: Platform,
    readonly device: string,
    private readonly settingsFile: SettingsFile,
    private readonly recent: RecentList,
    /** Problems met while loading the config files (shown nowhere yet; logged by the host). */
    readonly warnings: string[],
  ) {
    this.session = new WorkspaceSession(device, this.events, recent);
    this.handlers = this.buildHandlers();
  }

  static async start(options: AppServicesOptions): Promise<AppServices> {
    await mkdir(options.configDir, { recursive: true });
    const files = configFiles(options.configDir);
    const warnings: string[] = [];
    const device = await loadOrCreateDeviceId(files.device, warnings);
    const settings = await SettingsFile.load(files.settings, warnings);
    const recent = await RecentList.load(files.recent, warnings);
    return new AppServices(options.platform, device, settings, recent, warnings);
  }

  /** Main-to-renderer events (workspace, records and settings changes). */
  onEvent(listener: AppEventListener): () => void {
    return this.events.on(listener);
  }

  settings(): Settings {
    return this.settingsFile.get();
  }

  /** The language the UI is shown in now (the setting, or the system's). */
  language(): Language {
    return effectiveLanguage(this.settingsFile.get().language, this.platform.systemLocale());
  }

  /** Closes the open workspace (writing its snapshot); call on quit. */
  async dispose(): Promise<void> {
    await this.session.close();
    this.events.clear();
  }

  private buildHandlers(): ChannelHandlers {
    const session = this.session;
    return {
      'app:info': async () => ({
        version: this.platform.version,
        platform: this.platform.platform,
        systemLanguage: languageFromLocale(this.platform.systemLocale()),
        host: this.platform.host,
      }),
      'settings:get': async () => this.settingsFile.get(),
      'settings:update': async (change) => {
        const settings = await this.settingsFile.update(change);
        this.events.emit('settings:changed', settings);
        return settings;
      },
      ...workspaceHandlers(session, this.platform, this.recent),
      'identity:set': (identity) => session.setIdentity(identity),
      'records:list': async ({ collection, query }) => session.store().list(collection, query),
      'records:get': async ({ collection, id }) => session.store().get(collection, id) ?? null,
      'records:create': async ({ collection, data }) => {
        const store = session.storeForEdits();
        const [id] = await store.genericBatch([{ kind: 'put', collection, data }]);
        return store.get(collection, id!)!;
      },
      'records:patch': async ({ collection, id, data, unset }) => {
        const store = session.storeForEdits();
        await store.genericBatch([{ kind: 'patch', collection, id, data, unset: unset ?? [] }]);
        return store.get(collection, id)!;
      },
      'records:delete': async ({ collection, id }) => {
        await session.storeForEdits().genericBatch([{ kind: 'del', collection, id }]);
        return null;
      },
      'records:history': ({ collection, id }) => session.store().history(collection, id),
      ...domainHandlers(session),
      ...exportHandlers(session, this.platform, this.events),
      ...exchangeHandlers(session, this.platform, this.events),
      ...issuesHandlers(session, this.events),
      'shell:openExternal': async ({ url }) => {
        // The contract already demands http(s); checked again because this is where the OS is reached.
        if (!isSafeExternalUrl(url)) throw new ServiceError('forbidden', 'only http(s) links open in the browser');
        await this.platform.openExternal(url);
        return null;
      },
    };
  }
}
