import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ArrivalReport } from '../../../../shared/ipc/exchange-contract';
import type { CollectionName } from '../../../../shared/schema/collections';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { formatDateTime } from '../../lib/format';
import { arrivalAuthors, joinNames } from './exchangeText';

/** What arrived through the shared folder, from whom, and into which parts of the workspace. */
export function ArrivalsCard({ reports, onChecked }: { reports: readonly ArrivalReport[]; onChecked: () => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const check = async () => {
    setBusy(true);
    setNote(null);
    try {
      const report = await call('exchange:checkFolder');
      // A report is announced app-wide as it arrives; here only "nothing new" needs saying.
      if (!report) setNote(t('exchange.folder.nothingNew'));
      onChecked();
    } catch (error) {
      setNote(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card exchange-card" aria-labelledby="exchange-folder-title">
      <h2 id="exchange-folder-title">{t('exchange.folder.title')}</h2>
      <p className="muted">{t('exchange.folder.intro')}</p>
      {reports.length === 0 ? (
        <p className="empty-state">{t('exchange.folder.empty')}</p>
      ) : (
        <ul className="arrival-list">
          {reports.map((report) => (
            <li key={report.at} className="arrival">
              <p className="arrival-time">{formatDateTime(report.at, i18n.language)}</p>
              <ul className="plain-list">
                {report.arrivals.map((arrival) => (
                  <li key={arrival.device}>
                    <strong>{t('exchange.folder.changes', { count: arrival.operations })}</strong> {t('exchange.folder.from', { names: joinNames(arrivalAuthors(t, arrival), i18n.language) })}
                    <span className="muted"> · {t('exchange.folder.device', { device: arrival.device })}</span>
                    <span className="muted">
                      {' · '}
                      {(Object.entries(arrival.collections) as [CollectionName, number][])
                        .map(([collection, count]) => `${t(`exchange.collections.${collection}`)}: ${count}`)
                        .join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <Button className="button" isDisabled={busy} onPress={() => void check()}>
          {busy ? t('exchange.folder.checking') : t('exchange.folder.check')}
        </Button>
      </div>
      <div role="status">{note ? <p className="muted">{note}</p> : null}</div>
    </section>
  );
}
