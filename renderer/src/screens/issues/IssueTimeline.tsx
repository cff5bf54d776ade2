import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deputy, District, Issue, Position, Principle } from '../../../../shared/schema/collections';
import { recordHistory } from '../../api/records';
import { useLiveQuery } from '../../api/useLiveQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { districtName } from '../../lib/districts';
import { formatDateTime } from '../../lib/format';
import { positionEventText } from '../shared/positions/eventText';
import type { PositionEvent } from '../shared/positions/positionEvents';
import { issueEventText } from './issueEventText';
import { buildTimeline, type IssueEvent } from './timeline';

interface Props {
  issue: Issue;
  positions: readonly Position[];
  deputies: ReadonlyMap<string, Deputy>;
  districts: ReadonlyMap<string, District>;
  principles: readonly Principle[];
}

/** The issue's changes and those of every position on it, merged, newest first, in plain words. */
export function IssueTimeline({ issue, positions, deputies, districts, principles }: Props) {
  const { t, i18n } = useTranslation();
  // Asked again whenever the issue or one of its positions changed (their updatedAt says so).
  const key = `${issue.id}@${issue.updatedAt}|${positions.map((p) => `${p.id}@${p.updatedAt}`).join(',')}`;
  const timeline = useLiveQuery(
    async () => {
      const [own, ...others] = await Promise.all([recordHistory('issues', issue.id), ...positions.map((p) => recordHistory('positions', p.id))]);
      return buildTimeline(own!, positions.map((p, i) => ({ deputyId: p.deputyId, history: others[i]! })));
    },
    [key],
  );
  const titles = useMemo(() => new Map(principles.map((p) => [p.id, p.title])), [principles]);
  const context = {
    language: i18n.language,
    principleTitle: (id: string) => titles.get(id) ?? id,
    districtName: (id: string) => (districts.get(id) ? districtName(districts.get(id)!, i18n.language as 'ru' | 'en') : id),
  };
  const author = (who: string) => (who === 'secretary' ? t('positions.history.secretary') : (deputies.get(who)?.name ?? t('positions.history.unknownAuthor', { id: who })));
  const text = (event: IssueEvent | PositionEvent, isIssue: boolean) =>
    isIssue ? issueEventText(t, event as IssueEvent, context) : positionEventText(t, event as PositionEvent, context);

  return (
    <section className="history timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('issues.timeline.title')}</h2>
      <p className="muted">{t('issues.timeline.intro')}</p>
      <ErrorNotice error={timeline.error} />
      {timeline.data === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {timeline.data?.length === 0 ? <p className="muted">{t('issues.timeline.empty')}</p> : null}
      <ol className="history-list">
        {(timeline.data ?? []).map((entry) => {
          const isIssue = entry.subject.kind === 'issue';
          return (
            <li key={entry.key} className="history-item">
              <p className="history-meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                {' · '}
                <span className="history-author">{author(entry.author)}</span>
              </p>
              <p className="timeline-subject">
                {entry.subject.kind === 'issue'
                  ? t('issues.timeline.issue')
                  : t('issues.timeline.position', { name: deputies.get(entry.subject.deputyId)?.name ?? entry.subject.deputyId })}
              </p>
              <ul className="history-changes">
                {entry.events.map((event, index) => (
                  <li key={index}>{text(event, isIssue)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
