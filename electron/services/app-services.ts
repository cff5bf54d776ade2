import { mkdir } from 'node:fs/promises';
import type { Settings } from '../../shared/ipc/contract';
import type { Language } from '../../shared/schema/common';
import type { ChannelHandlers } from '../core/channel-handlers';
import { configFiles } from '../core/config-files';
import { loadOrCreateDeviceId } from '../core/device-id';
import { EventHub, type AppEventListener } from '../core/events';
import type { Platform } from '../core/platform';
import { RecentList } from '../core/recent-list';
import { SettingsFile } from '../core/settings-file';
import { effectiveLanguage } from '../core/system-language';
import { WorkspaceSession } from '../core/workspace-session';
import { agreementHandlers } from '../features/agreement/handlers';
import { appHandlers } from '../features/app/handlers';
import { exchangeHandlers } from '../features/exchange/handlers';
import { exportHandlers } from '../features/export/handlers';
import { issuesHandlers } from '../features/issues/handlers';
import { linesHandlers } from '../features/lines/handlers';
import { positionsHandlers } from '../features/positions/handlers';
import { recordsHandlers } from '../features/records/handlers';
import { statementsHandlers } from '../features/statements/handlers';
import { workspaceHandlers } from '../features/workspace/handlers';

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

  /** The features' handler maps joined; the type demands every contract channel exactly once. */
  private buildHandlers(): ChannelHandlers {
    const { session, platform, events } = this;
    return {
      ...appHandlers(platform, this.settingsFile, events),
      ...workspaceHandlers(session, platform, this.recent),
      ...recordsHandlers(session),
      ...positionsHandlers(session),
      ...linesHandlers(session),
      ...agreementHandlers(session),
      ...statementsHandlers(session),
      ...issuesHandlers(session, events),
      ...exportHandlers(session, platform, events),
      ...exchangeHandlers(session, platform, events),
    };
  }
}
