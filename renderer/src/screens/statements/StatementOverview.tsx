import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';
import { formatDateTime } from '../../lib/format';
import { RichTextView } from './editor/RichTextView';
import { useStatement } from './statementContext';

/** /statements/:id — the current text as it will be signed, what it is about, and its path so far. */
export function StatementOverview() {
  const { t, i18n } = useTranslation();
  const { statement, current, authorName } = useStatement();
  const { items: issues } = useCollection('issues');
  const titles = new Map((issues ?? []).map((issue) => [issue.id, issue.title]));

  return (
    <>
      <section className="card" aria-labelledby="text-title">
        <h2 id="text-title">{current ? t('statements.overview.textOf', { number: current.number }) : t('statements.overview.text')}</h2>
        {current ? (
          <p className="muted">
            {t('statements.overview.saved', { who: authorName(current.author), when: formatDateTime(current.savedAt, i18n.language) })}
          </p>
        ) : null}
        <RichTextView html={current?.body ?? statement.body} lang={statement.language} headingOffset={1} className="stmt-text" />
      </section>

      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">{t('statements.overview.about')}</h2>
        <dl className="details">
          <dt>{t('statements.overview.language')}</dt>
          <dd>{t(`statements.language.${statement.language}`)}</dd>
          <dt>{t('statements.overview.issues')}</dt>
          <dd>
            {statement.issueIds.length === 0 ? (
              t('statements.overview.noIssues')
            ) : (
              <ul className="plain-list">
                {statement.issueIds.map((id) => (
                  <li key={id}>{titles.get(id) ?? t('statements.unknownIssue')}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="path-title">
        <h2 id="path-title">{t('statements.overview.history')}</h2>
        {statement.statusHistory.length === 0 ? <p className="muted">{t('statements.overview.noHistory')}</p> : null}
        <ol className="stmt-status-history">
          {statement.statusHistory.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <span className="stmt-status-history-status">{t(`statements.status.${entry.status}`)}</span>
              {' — '}
              {t('statements.overview.movedBy', { who: authorName(entry.by), when: formatDateTime(entry.at, i18n.language) })}
            </li>
          ))}
        </ol>
        <p>
          <Link to={`/statements/${statement.id}/versions`}>{t('statements.overview.allVersions')}</Link>
        </p>
      </section>
    </>
  );
}
