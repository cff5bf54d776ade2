import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { RecentWorkspace } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/format';

/** The recent list; an entry opens by its id (the path is shown to the user, never sent back). */
export function RecentWorkspaces({ busy, onOpen }: { busy: boolean; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [recent, setRecent] = useState<RecentWorkspace[]>();

  useEffect(() => {
    // A missing list is not worth an error on the first screen: show it as empty.
    call('workspace:recent').then(setRecent, () => setRecent([]));
  }, []);

  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('start.recent')}</h2>
      {recent === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : recent.length === 0 ? (
        <p className="muted">{t('start.recentEmpty')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((workspace) => (
            <li key={workspace.id} className="recent-item">
              {/* The visible name is the button; "Open «…»" completes it for screen readers. */}
              <Button className="recent-open" isDisabled={busy} onPress={() => onOpen(workspace.id)}>
                <span className="visually-hidden">{t('start.openRecentPrefix')}</span> {t('start.quotedName', { name: workspace.name })}
              </Button>
              <span className="recent-path">{workspace.path}</span>
              <span className="recent-date">{t('start.openedAt', { date: formatDateTime(workspace.openedAt, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
