import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router-dom';
import { AnnouncerProvider } from '../state/Announcer';
import { SettingsProvider } from '../state/SettingsProvider';
import { WorkspaceProvider } from '../state/WorkspaceProvider';
import { AppRoutes } from './AppRoutes';
import type { Startup } from './startup';

export function App({ startup }: { startup: Startup }) {
  return (
    <I18nextProvider i18n={startup.i18n}>
      <SettingsProvider i18n={startup.i18n} initial={startup.settings} systemLanguage={startup.info.systemLanguage}>
        <WorkspaceProvider initial={startup.workspace}>
          <AnnouncerProvider>
            {/* A hash router: the page is loaded from a file, so there is no server to route paths. */}
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </AnnouncerProvider>
        </WorkspaceProvider>
      </SettingsProvider>
    </I18nextProvider>
  );
}
