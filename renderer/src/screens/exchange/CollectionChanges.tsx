import { useTranslation } from 'react-i18next';
import type { ImportPreviewOutput } from '../../../../shared/ipc/exchange-contract';
import { COLLECTIONS } from '../../../../shared/schema/collections';
import { fieldText } from './exchangeText';

type Changes = NonNullable<ImportPreviewOutput['collections'][keyof ImportPreviewOutput['collections']]>;
const KINDS = ['added', 'changed', 'deleted'] as const;

/** One collection's changes: exact counts per kind, and the records by title (the first few hundred). */
function CollectionSection({ name, changes }: { name: string; changes: Changes }) {
  const { t } = useTranslation();
  return (
    <div className="import-collection">
      <h3>{name}</h3>
      {KINDS.filter((kind) => changes[kind] > 0).map((kind) => {
        const records = changes.records[kind];
        return (
          // A few records are listed open; a long list stays folded until asked for.
          <details key={kind} className={`import-kind import-${kind}`} open={changes[kind] <= 5}>
            <summary>
              {t(`exchange.preview.${kind}`)}: {t('exchange.preview.records', { count: changes[kind] })}
            </summary>
            <ul className="import-records">
              {records.map((record) => (
                <li key={record.id}>
                  {record.title || record.id}
                  {record.fields?.length ? (
                    <span className="muted">
                      {' — '}
                      {t('exchange.preview.fields', {
                        fields: record.fields.map((field) => fieldText(t, field)).join(', '),
                      })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            {records.length < changes[kind] ? <p className="field-hint">{t('exchange.preview.listed', { shown: records.length, count: changes[kind] })}</p> : null}
          </details>
        );
      })}
    </div>
  );
}

/** What the import would add, change and delete, grouped by collection in the workspace's order. */
export function CollectionChanges({ preview }: { preview: ImportPreviewOutput }) {
  const { t } = useTranslation();
  const texts = preview.merged.length + preview.conflicts.length > 0;
  // Conflict records are what the texts section below explains; listing them as records would say it twice.
  const present = COLLECTIONS.filter((collection) => {
    if (collection === 'conflicts') return false;
    const changes = preview.collections[collection];
    return changes && changes.added + changes.changed + changes.deleted > 0;
  });
  return (
    <section className="card import-changes" aria-labelledby="import-changes-title">
      <h2 id="import-changes-title">{t('exchange.preview.changesTitle')}</h2>
      {present.length === 0 ? <p className="muted">{t(texts ? 'exchange.preview.noRecordChanges' : 'exchange.preview.noChanges')}</p> : null}
      {present.map((collection) => (
        <CollectionSection key={collection} name={t(`exchange.collections.${collection}`)} changes={preview.collections[collection]!} />
      ))}
    </section>
  );
}
