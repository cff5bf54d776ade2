import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import type { ChosenFolder } from '../../../../shared/ipc/contract';
import type { Language } from '../../../../shared/schema/common';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useWorkspaceActions } from './useWorkspaceActions';

/** No workspace open: create one, open one, or try the demo. */
export function StartScreen() {
  const { t } = useTranslation();
  const actions = useWorkspaceActions();
  const [newFolder, setNewFolder] = useState<ChosenFolder | null>(null);

  useEffect(() => {
    document.title = t('common.appName');
  }, [t]);

  const startCreate = async () => {
    const folder = await actions.pickNewFolder();
    if (folder) setNewFolder(folder);
  };

  const submitCreate = async (folder: ChosenFolder, name: string, language: Language) => {
    const failure = await actions.create(folder, name, language);
    // The pick went stale: the form's folder is gone, so back to the choices (the error says to pick again).
    if (failure?.code === 'choice_expired') setNewFolder(null);
  };

  return (
    <div className="start">
      <header className="start-header">
        <h1>{t('start.title')}</h1>
        <p className="start-tagline">{t('common.appTagline')}</p>
        <p className="start-intro">{t('start.intro')}</p>
      </header>

      <ErrorNotice error={actions.error} />
      {actions.busy ? (
        <p className="muted" role="status">
          {t('start.busy')}
        </p>
      ) : null}

      {newFolder ? (
        <CreateWorkspaceForm
          folder={newFolder}
          busy={actions.busy}
          onSubmit={(name, language) => void submitCreate(newFolder, name, language)}
          onCancel={() => setNewFolder(null)}
        />
      ) : (
        <section className="card" aria-labelledby="start-actions-title">
          <h2 id="start-actions-title">{t('start.actions')}</h2>
          <ul className="start-actions">
            <li>
              <Button className="button button-primary" isDisabled={actions.busy} onPress={() => void startCreate()}>
                {t('start.create')}
              </Button>
              <p className="field-hint">{t('start.createHint')}</p>
            </li>
            <li>
              <Button className="button" isDisabled={actions.busy} onPress={() => void actions.open()}>
                {t('start.open')}
              </Button>
              <p className="field-hint">{t('start.openHint')}</p>
            </li>
            <li>
              <Button className="button" isDisabled={actions.busy} onPress={() => void actions.createDemo()}>
                {t('start.demo')}
              </Button>
              <p className="field-hint">{t('start.demoHint')}</p>
            </li>
          </ul>
        </section>
      )}

      <RecentWorkspaces busy={actions.busy} onOpen={(id) => void actions.openRecent(id)} />

      <p className="start-footer">
        <Link to="/settings">{t('start.settings')}</Link>
      </p>
    </div>
  );
}
