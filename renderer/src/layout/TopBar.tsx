import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router-dom';
import { call } from '../api/client';
import { useRecord } from '../api/useRecord';
import { errorText } from '../api/errorText';
import { useAnnounce } from '../state/Announcer';
import { useOpenWorkspace, useWorkspace } from '../state/WorkspaceProvider';

/** Which workspace is open and who the edits are signed as, with ways to change both. */
export function TopBar() {
  const { t } = useTranslation();
  const workspace = useOpenWorkspace();
  const { setWorkspace } = useWorkspace();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const identity = workspace.identity;
  const deputyId = identity?.kind === 'deputy' ? identity.deputyId : undefined;
  const { record: deputy } = useRecord('deputies', deputyId);
  const who = identity?.kind === 'deputy' ? (deputy?.name ?? '…') : t('shell.secretary');

  const close = async () => {
    try {
      await call('workspace:close');
      setWorkspace(null);
      navigate('/');
    } catch (error) {
      announce(errorText(t, error), 'error');
    }
  };

  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="topbar-app">{t('common.appName')}</span>
        <span className="topbar-workspace">{t('shell.workspace', { name: workspace.name })}</span>
      </div>
      <div className="topbar-identity">
        <span>{t('shell.youAre', { who })}</span>
        <Button className="button button-quiet" aria-label={t('shell.changeIdentityLabel')} onPress={() => navigate('/identity')}>
          {t('shell.changeIdentity')}
        </Button>
        <Button className="button button-quiet" onPress={() => void close()}>
          {t('shell.closeWorkspace')}
        </Button>
      </div>
    </header>
  );
}
