import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useWorkspaceActions } from './useWorkspaceActions';

/** No workspace open: create one, open one, or try the demo. */
export function StartScreen() {
  const { t } = useTranslation();
  const actions = useWorkspaceActions();
  const [newFolder, setNewFolder] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('common.appName');
  }, [t]);

  const startCreate = async () => {
    const folder = await actions.pickNewFolder();
    if (folder) setNewFolder(folder);
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
          onSubmit={(name, language) => void actions.create(newFolder, name, language)}
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

      <RecentWorkspaces busy={actions.busy} onOpen={(path) => void actions.open(path)} />

      <p className="start-footer">
        <Link to="/settings">{t('start.settings')}</Link>
      </p>
    </div>
  );
}
