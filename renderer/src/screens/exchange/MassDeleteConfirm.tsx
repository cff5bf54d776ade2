import { useTranslation } from 'react-i18next';
import type { ImportPreviewOutput } from '../../../../shared/ipc/exchange-contract';
import type { CollectionName } from '../../../../shared/schema/collections';

/** An import that deletes more than the set share asks for an explicit "yes". */
export function MassDeleteConfirm({ massDelete, confirmed, onConfirm }: { massDelete: ImportPreviewOutput['massDelete']; confirmed: boolean; onConfirm: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card import-mass-delete" aria-labelledby="import-mass-delete-title">
      <h2 id="import-mass-delete-title">{t('exchange.preview.massDeleteTitle')}</h2>
      <p>{t('exchange.preview.massDelete', { count: massDelete.deleted })}</p>
      <ul className="plain-list">
        {(Object.entries(massDelete.byCollection) as [CollectionName, { deleted: number; of: number }][]).map(([collection, { deleted, of }]) => (
          <li key={collection}>{t('exchange.preview.massDeleteOf', { collection: t(`exchange.collections.${collection}`), deleted, of })}</li>
        ))}
      </ul>
      <label className="choice">
        <input type="checkbox" checked={confirmed} onChange={(event) => onConfirm(event.target.checked)} />
        {t('exchange.preview.confirmMassDelete')}
      </label>
    </section>
  );
}
