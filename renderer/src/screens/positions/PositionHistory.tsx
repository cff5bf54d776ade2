import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deputy, Principle } from '../../../../shared/schema/collections';
import { useRecordHistory } from '../../api/useRecordHistory';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { positionEventText } from '../shared/positions/eventText';
import { positionEvents } from '../shared/positions/positionEvents';

interface Props {
  positionId: string;
  deputies: readonly Deputy[];
  principles: readonly Principle[];
}

/** What changed in a position, when, and by whom; newest first, in plain words. */
export function PositionHistory({ positionId, deputies, principles }: Props) {
  const { t, i18n } = useTranslation();
  const { data: items, error } = useRecordHistory('positions', positionId);

  const names = useMemo(() => new Map(deputies.map((d) => [d.id, d.name])), [deputies]);
  const titles = useMemo(() => new Map(principles.map((p) => [p.id, p.title])), [principles]);
  const context = { language: i18n.language, principleTitle: (id: string) => titles.get(id) ?? id };
  const author = (who: string) => (who === 'secretary' ? t('positions.history.secretary') : (names.get(who) ?? t('positions.history.unknownAuthor', { id: who })));

  return (
    <section className="history" aria-labelledby="position-history-title">
      <h2 id="position-history-title">{t('positions.history.title')}</h2>
      <ErrorNotice error={error} />
      {items && items.length === 0 ? <p className="muted">{t('positions.history.empty')}</p> : null}
      <ol className="history-list">
        {(items ?? []).map((item) => (
          <li key={item.clock} className="history-item">
            <p className="history-meta">
              <time dateTime={item.at}>{formatDateTime(item.at, i18n.language)}</time>
              {' · '}
              <span className="history-author">{author(item.author)}</span>
            </p>
            <ul className="history-changes">
              {positionEvents(item).map((event, index) => (
                <li key={index}>{positionEventText(t, event, context)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
