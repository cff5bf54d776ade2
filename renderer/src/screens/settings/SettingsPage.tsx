import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Settings } from '../../../../shared/ipc/contract';
import { RadioChoice } from '../../components/RadioChoice';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { useSettings } from '../../state/SettingsProvider';
import { errorText } from '../../api/errorText';

/** Language and theme of this device. `standalone` when reached from the start screen. */
export function SettingsPage({ standalone = false }: { standalone?: boolean }) {
  const { t, i18n } = useTranslation();
  const { settings, systemLanguage, update } = useSettings();
  const announce = useAnnounce();

  const change = async (patch: Partial<Settings>) => {
    try {
      await update(patch);
      // Announced after the switch, so the confirmation is in the new language.
      announce(i18n.t('settings.saved'));
    } catch (error) {
      announce(errorText(t, error), 'error');
    }
  };

  const systemLanguageName = systemLanguage === 'ru' ? t('settings.languageRu') : t('settings.languageEn');
  return (
    <Page title={t('settings.title')} intro={t('settings.intro')} back={standalone ? <Link to="/">{t('settings.backToStart')}</Link> : undefined}>
      <div className="card settings">
        <RadioChoice
          legend={t('settings.language')}
          value={settings.language}
          onChange={(language) => void change({ language })}
          choices={[
            { value: 'system', label: t('settings.languageSystem', { language: systemLanguageName }) },
            // Each language is named in itself, so it can be found whatever the current language.
            { value: 'ru', label: t('settings.languageRu'), lang: 'ru' },
            { value: 'en', label: t('settings.languageEn'), lang: 'en' },
          ]}
        />
        <RadioChoice
          legend={t('settings.theme')}
          value={settings.theme}
          onChange={(theme) => void change({ theme })}
          choices={[
            { value: 'system', label: t('settings.themeSystem') },
            { value: 'light', label: t('settings.themeLight') },
            { value: 'dark', label: t('settings.themeDark') },
          ]}
        />
      </div>
    </Page>
  );
}
