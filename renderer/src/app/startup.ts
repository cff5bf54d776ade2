import type { i18n as I18n } from 'i18next';
import type { ChannelOutput, Settings, WorkspaceInfo } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { createI18n, resolveLanguage } from '../i18n';
import { applyTheme } from '../state/theme';

export interface Startup {
  i18n: I18n;
  info: ChannelOutput<'app:info'>;
  settings: Settings;
  workspace: WorkspaceInfo | null;
}

/** Everything the first render needs, read from the main process in one round. */
export async function loadStartup(): Promise<Startup> {
  const [info, settings, workspace] = await Promise.all([call('app:info'), call('settings:get'), call('workspace:current')]);
  // Theme before the first paint, so a dark system does not flash a light window.
  applyTheme(settings.theme);
  const i18n = await createI18n(resolveLanguage(settings.language, info.systemLanguage));
  return { i18n, info, settings, workspace };
}
