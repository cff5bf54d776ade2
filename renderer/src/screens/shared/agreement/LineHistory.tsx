import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionRuleSchema, StanceSchema } from '../../../../../shared/schema/entities';
import { useCollection } from '../../../api/useCollection';
import { useRecordHistory } from '../../../api/useRecordHistory';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatDate, formatDateTime } from '../../../lib/format';
import { displayValue } from '../../../lib/history';
import { oneOf } from '../../../lib/oneOf';

/** Fields of a line worth showing, in the order a reader wants them. */
const SHOWN = ['stance', 'rule', 'adoptedOn', 'text'] as const;

/** Who adopted or changed the alliance line on an issue, when, and what changed; newest first. */
export function LineHistory({ lineId }: { lineId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { data: items, error } = useRecordHistory('allianceLines', lineId);
  const { items: deputies } = useCollection('deputies');

  const names = useMemo(() => new Map((deputies ?? []).map((d) => [d.id, d.name])), [deputies]);
  const author = (id: string) => (id === 'secretary' ? t('alliance.line.secretary') : (names.get(id) ?? id));
  const value = (field: string, raw: unknown): string => {
    if (raw === undefined || raw === null || raw === '') return t('alliance.line.empty');
    // Stored history is unknown data: a value outside the enums is shown as it is.
    if (field === 'stance' && oneOf(StanceSchema.options, raw)) return t(`alliance.lineStances.${raw}`);
    if (field === 'rule' && oneOf(DecisionRuleSchema.options, raw)) return t(`alliance.rules.${raw}`);
    if (field === 'adoptedOn') return formatDate(String(raw), language);
    return displayValue(raw) ?? t('alliance.line.empty');
  };
  const fieldLabel = (field: string) => (oneOf(SHOWN, field) ? t(`alliance.line.fields.${field}`) : field);

  if (!items) return <ErrorNotice error={error} />;
  return (
    <details className="line-history">
      <summary>{t('alliance.line.historyCount', { count: items.length })}</summary>
      <ErrorNotice error={error} />
      {items.length === 0 ? <p className="muted">{t('alliance.line.historyEmpty')}</p> : null}
      <ol className="history-list">
        {items.map((item) => {
          const changes = item.changes.filter((change) => (SHOWN as readonly string[]).includes(change.field));
          return (
            <li key={item.clock} className="history-item">
              <p className="history-meta">
                <time dateTime={item.at}>{formatDateTime(item.at, language)}</time>
                {' · '}
                <span className="history-author">{author(item.author)}</span>
                {' · '}
                <span>{t(item.kind === 'put' ? 'alliance.line.historyAdopted' : item.kind === 'patch' ? 'alliance.line.historyChanged' : 'alliance.line.historyDeleted')}</span>
              </p>
              {changes.length > 0 ? (
                <ul className="history-changes">
                  {changes.map((change) => (
                    <li key={change.field}>
                      {item.kind === 'put'
                        ? t('alliance.line.historySet', { field: fieldLabel(change.field), to: value(change.field, change.to) })
                        : t('alliance.line.historyField', { field: fieldLabel(change.field), from: value(change.field, change.from), to: value(change.field, change.to) })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
