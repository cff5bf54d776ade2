import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { District, Issue, Principle } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { formatNumericDate } from '../../lib/dates';
import { districtName } from '../../lib/districts';
import { SourceLink } from './SourceLink';

interface Props {
  issue: Issue;
  districts: ReadonlyMap<string, District>;
  principles: readonly Principle[];
}

/** What the issue is: category, status, districts, dates, tags, principles engaged, sources, description. */
export function IssueFacts({ issue, districts, principles }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const date = (value: string | undefined) => (value ? formatNumericDate(value, language) : t('issues.page.noDates'));
  const engaged = principles.filter((p) => issue.principleIds.includes(p.id));
  return (
    <section className="card issue-facts" aria-labelledby="issue-facts-title">
      <h2 id="issue-facts-title" className="visually-hidden">
        {t('issues.page.facts')}
      </h2>
      <dl className="details">
        <dt>{t('issues.fields.category')}</dt>
        <dd>{t(`issues.categories.${issue.category}`)}</dd>
        <dt>{t('issues.fields.status')}</dt>
        <dd>
          <span className={`issue-status issue-status-${issue.status}`}>{t(`issues.statuses.${issue.status}`)}</span>
        </dd>
        <dt>{t('issues.fields.districts')}</dt>
        <dd>
          {issue.districtIds.length === 0
            ? t('issues.page.noDistricts')
            : issue.districtIds.map((id, index) => (
                <span key={id}>
                  {index > 0 ? ', ' : null}
                  <Link to={`/districts/${id}`}>{districts.get(id) ? districtName(districts.get(id)!, language) : id}</Link>
                </span>
              ))}
        </dd>
        <dt>{t('issues.fields.hearingDate')}</dt>
        <dd>{date(issue.hearingDate)}</dd>
        <dt>{t('issues.fields.voteDate')}</dt>
        <dd>{date(issue.voteDate)}</dd>
        <dt>{t('issues.fields.tags')}</dt>
        <dd>{issue.tags.length > 0 ? issue.tags.join(', ') : t('issues.page.noTags')}</dd>
        <dt>{t('issues.timeline.fields.principleIds')}</dt>
        <dd>
          {engaged.length === 0
            ? t('issues.page.noPrinciples')
            : engaged.map((p, index) => (
                <span key={p.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={`/principles/${p.id}`}>{t('principles.numbered', { number: p.number, title: p.title })}</Link>
                </span>
              ))}
        </dd>
        <dt>{t('issues.fields.sources')}</dt>
        <dd>
          {issue.sources.length === 0 ? (
            t('issues.page.noSources')
          ) : (
            <ul className="plain-list source-list">
              {issue.sources.map((source, index) => (
                <li key={index}>
                  <SourceLink source={source} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h3 className="issue-description-title">{t('issues.page.description')}</h3>
      {issue.description.trim() ? (
        issue.description
          .split(/\n{2,}/)
          .map((paragraph, index) => <p key={index} className="issue-description">{paragraph}</p>)
      ) : (
        <p className="muted">{t('issues.page.noDescription')}</p>
      )}
    </section>
  );
}
