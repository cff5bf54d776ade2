import { languageFromLocale } from '../../core/system-language';
import type { FeatureHandlers } from '../../core/channel-handlers';
import type { EventHub } from '../../core/events';
import type { Platform } from '../../core/platform';
import { ServiceError } from '../../core/service-error';
import type { SettingsFile } from '../../core/settings-file';
import { isSafeExternalUrl } from './external-url';

/** The app itself: what it runs on, its settings, and links opened in the browser. */
export function appHandlers(platform: Platform, settings: SettingsFile, events: EventHub): FeatureHandlers<'app' | 'settings' | 'shell'> {
  return {
    'app:info': async () => ({
      version: platform.version,
      platform: platform.platform,
      systemLanguage: languageFromLocale(platform.systemLocale()),
      host: platform.host,
    }),
    'settings:get': async () => settings.get(),
    'settings:update': async (change) => {
      const updated = await settings.update(change);
      events.emit('settings:changed', updated);
      return updated;
    },
    'shell:openExternal': async ({ url }) => {
      // The contract already demands http(s); checked again because this is where the OS is reached.
      if (!isSafeExternalUrl(url)) throw new ServiceError('forbidden', 'only http(s) links open in the browser');
      await platform.openExternal(url);
      return null;
    },
  };
}
