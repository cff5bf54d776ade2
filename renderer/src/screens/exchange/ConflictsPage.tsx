import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../../shared/ipc/exchange-contract';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useLiveQuery } from '../../api/useLiveQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { ConflictCard } from './ConflictCard';

/** /exchange/conflicts — every open text conflict, to keep one version or write the final text. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { data: conflicts, error, reload } = useLiveQuery(() => call('exchange:conflicts'), [], { collections: ['conflicts'] });

  const resolve = async (conflict: ConflictView, text: string) => {
    try {
      await call('exchange:resolveConflict', { id: conflict.id, text });
      announce(t('exchange.conflicts.resolved', { title: conflict.title }));
      reload();
    } catch (failure) {
      announce(errorText(t, failure), 'error');
    }
  };

  return (
    <Page title={t('exchange.conflicts.title')} intro={t('exchange.conflicts.intro')} back={<BackLink to="/exchange" label={t('exchange.title')} />} className="conflicts-page">
      <ErrorNotice error={error} />
      {!conflicts ? <p className="muted">{t('common.loading')}</p> : null}
      {conflicts?.length === 0 ? <p className="empty-state">{t('exchange.conflicts.none')}</p> : null}
      {conflicts?.map((conflict) => <ConflictCard key={conflict.id} conflict={conflict} onResolve={(text) => resolve(conflict, text)} />)}
    </Page>
  );
}
