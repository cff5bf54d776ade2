import { useTranslation } from 'react-i18next';
import type { ImportPreviewOutput } from '../../../../shared/ipc/exchange-contract';
import { formatDateTime } from '../../lib/format';
import { authorText } from './exchangeText';

/** Where the bundle comes from and how much of it is new here. */
export function ImportSummary({ fileName, preview }: { fileName: string; preview: ImportPreviewOutput }) {
  const { t, i18n } = useTranslation();
  const { bundle, operations } = preview;
  return (
    <div className="card import-summary">
      <p className="import-file">{t('exchange.preview.file', { name: fileName })}</p>
      <p>
        {t('exchange.preview.from', {
          date: formatDateTime(bundle.createdAt, i18n.language),
          author: authorText(t, bundle.author, bundle.authorName),
          device: bundle.device,
        })}{' '}
        {bundle.everything ? t('exchange.preview.everything') : t('exchange.preview.sinceLast')}
      </p>
      <p>{t('exchange.preview.operations', { total: operations.total, new: operations.new, known: operations.known })}</p>
      <p className="muted">{preview.empty ? t('exchange.preview.empty') : t('exchange.preview.dryRun')}</p>
    </div>
  );
}
