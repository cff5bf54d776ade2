import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { ArrivalsCard } from './ArrivalsCard';
import { BundleReceiveCard } from './BundleReceiveCard';
import { BundleSendCard } from './BundleSendCard';
import { useExchangeStatus } from './useExchangeStatus';

/** /exchange — sending and receiving bundles, the shared folder's news, and conflicts to resolve. */
export function ExchangePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { status, error, reload } = useExchangeStatus();
  const focusSend = (location.state as { focus?: string } | null)?.focus === 'send';
  return (
    <Page title={t('exchange.title')} intro={t('exchange.intro')} className="exchange-page">
      <ErrorNotice error={error} />
      {status ? (
        <>
          <p className="muted exchange-device">{t('exchange.device', { device: status.device })}</p>
          <div className="exchange-grid">
            <BundleSendCard peers={status.peers} focus={focusSend} />
            <BundleReceiveCard />
          </div>
          <section className="card exchange-card" aria-labelledby="exchange-conflicts-title">
            <h2 id="exchange-conflicts-title">{t('exchange.conflictsCard.title')}</h2>
            {status.openConflicts === 0 ? (
              <p className="muted">{t('exchange.conflictsCard.none')}</p>
            ) : (
              <>
                <p>{t('exchange.conflictsCard.count', { count: status.openConflicts })}</p>
                <Link className="button" to="/exchange/conflicts">
                  {t('exchange.conflictsCard.open')}
                </Link>
              </>
            )}
          </section>
          <ArrivalsCard reports={status.reports} onChecked={reload} />
        </>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </Page>
  );
}
