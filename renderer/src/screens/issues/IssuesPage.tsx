import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Language } from '../../../../shared/schema/common';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { useIssueSummaries } from '../shared/useIssueSummaries';
import { IssueFiltersBar } from './IssueFiltersBar';
import { allTags, buildIssueRows, filterIssueRows, NO_ISSUE_FILTERS, sortIssueRows, type IssueFilters, type IssueSort } from './issueRows';
import { IssueTable } from './IssueTable';

// Filters and sort survive a visit to an issue and back within one session.
let remembered: { filters: IssueFilters; sort: IssueSort } = { filters: NO_ISSUE_FILTERS, sort: { key: 'title', desc: false } };

/** /issues: every issue, filtered and sorted in the page (a filter never waits for the main process). */
export function IssuesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const summaries = useIssueSummaries();
  const districts = useCollection('districts');
  const principles = useCollection('principles', { orderBy: 'number' });
  const [filters, setFilters] = useState(remembered.filters);
  const [sort, setSort] = useState(remembered.sort);
  const changeFilters = (next: IssueFilters) => {
    remembered = { ...remembered, filters: next };
    setFilters(next);
  };
  const changeSort = (next: IssueSort) => {
    remembered = { ...remembered, sort: next };
    setSort(next);
  };

  const districtMap = useMemo(() => new Map((districts.items ?? []).map((d) => [d.id, d])), [districts.items]);
  const rows = useMemo(() => buildIssueRows(summaries.data ?? [], districtMap, t, language), [summaries.data, districtMap, t, language]);
  // Sorted once per sort or data change; a filter keeps that order, so typing never re-sorts 10,000 rows.
  const sorted = useMemo(() => sortIssueRows(rows, sort, language), [rows, sort, language]);
  const visible = useMemo(() => filterIssueRows(sorted, filters), [sorted, filters]);
  const tags = useMemo(() => allTags(summaries.data ?? [], language), [summaries.data, language]);
  const loading = summaries.data === undefined || districts.items === undefined;

  return (
    <Page
      title={t('issues.title')}
      intro={t('issues.intro')}
      className="page-fill"
      actions={
        <Link className="button button-primary" to="/issues/new">
          {t('issues.add')}
        </Link>
      }
    >
      <ErrorNotice error={summaries.error ?? districts.error ?? principles.error} />
      <IssueFiltersBar filters={filters} onChange={changeFilters} districts={districts.items ?? []} principles={principles.items ?? []} tags={tags} />
      <p className="toolbar-count" role="status">
        {loading
          ? t('common.loading')
          : visible.length === rows.length
            ? t('issues.count', { count: rows.length })
            : t('issues.shown', { shown: visible.length, count: rows.length })}
      </p>
      {!loading && rows.length === 0 ? <p className="empty-state">{t('issues.empty')}</p> : null}
      {!loading && rows.length > 0 && visible.length === 0 ? <p className="empty-state">{t('issues.noMatches')}</p> : null}
      {!loading && visible.length > 0 ? <IssueTable rows={visible} sort={sort} onSort={changeSort} /> : null}
    </Page>
  );
}
