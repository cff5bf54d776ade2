import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../shared/schema/collections';
import { useCollection } from '../../api/useCollection';
import { useRecordHistory } from '../../api/useRecordHistory';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { displayValue } from '../../lib/history';

interface Props {
  collection: CollectionName;
  id: string;
  /** The label of a field as the form shows it. */
  fieldLabel: (field: string) => string;
}

/** Who changed a record, when, and which fields from what to what; newest first. */
export function RecordHistory({ collection, id, fieldLabel }: Props) {
  const { t, i18n } = useTranslation();
  const { data: items, error } = useRecordHistory(collection, id);
  const { items: deputies } = useCollection('deputies');

  const names = useMemo(() => new Map((deputies ?? []).map((d) => [d.id, d.name])), [deputies]);
  const authorName = (author: string) =>
    author === 'secretary' ? t('principles.history.secretary') : (names.get(author) ?? t('principles.history.unknownAuthor', { id: author }));
  const show = (value: unknown) => displayValue(value) ?? t('principles.history.cleared');

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('principles.history.title')}</h2>
      <ErrorNotice error={error} />
      {items && items.length === 0 ? <p className="muted">{t('principles.history.empty')}</p> : null}
      <ol className="history-list">
        {(items ?? []).map((item) => (
          <li key={item.clock} className="history-item">
            <p className="history-meta">
              <time dateTime={item.at}>{formatDateTime(item.at, i18n.language)}</time>
              {' · '}
              <span className="history-author">{authorName(item.author)}</span>
              {' · '}
              <span>{t(`principles.history.${item.kind === 'put' ? 'created' : item.kind === 'patch' ? 'changed' : 'deleted'}`)}</span>
            </p>
            {item.changes.length > 0 ? (
              <ul className="history-changes">
                {item.changes.map((change) => (
                  <li key={change.field}>
                    {item.kind === 'put'
                      ? t('principles.history.fieldSet', { field: fieldLabel(change.field), to: show(change.to) })
                      : t('principles.history.fieldChange', { field: fieldLabel(change.field), from: show(change.from), to: show(change.to) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
