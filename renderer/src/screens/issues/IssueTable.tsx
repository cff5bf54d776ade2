import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatNumericDate } from '../../lib/dates';
import type { IssueRow, IssueSort, IssueSortKey } from './issueRows';

const COLUMNS: readonly IssueSortKey[] = ['title', 'category', 'districts', 'status', 'hearingDate', 'voteDate', 'positions'];
// Rows have one fixed height (cells do not wrap), so nothing needs measuring while scrolling.
const ROW_HEIGHT = 44;

interface Props {
  rows: readonly IssueRow[];
  sort: IssueSort;
  onSort: (sort: IssueSort) => void;
}

function cellText(row: IssueRow, column: IssueSortKey, language: string): string {
  switch (column) {
    case 'hearingDate':
    case 'voteDate': {
      const date = row.summary[column];
      return date ? formatNumericDate(date, language) : '';
    }
    case 'positions':
      return String(row.summary.positions);
    default:
      return row[column];
  }
}

/**
 * The issues as a real table (header cells, sort state in aria-sort, the full row count in
 * aria-rowcount) whose body renders only the rows in view: 10,000 issues scroll as smoothly as 10.
 * Rows arrive sorted and filtered (see IssuesPage).
 */
export function IssueTable({ rows, sort, onSort }: Props) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself; there is no React Compiler to confuse here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const toggle = (key: IssueSortKey) => onSort(sort.key === key ? { key, desc: !sort.desc } : { key, desc: key === 'positions' });

  return (
    // The scroll container is focusable so keyboard users can scroll it with the arrow keys.
    <div ref={scrollRef} className="table-scroll" tabIndex={0} role="region" aria-label={t('issues.tableLabel')}>
      <table className="data-table issues-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = sort.key === column;
              return (
                <th key={column} scope="col" className={`col-${column}`} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort-button" onClick={() => toggle(column)}>
                    {t(`issues.columns.${column}`)}
                    <span className="sort-mark" aria-hidden="true">
                      {active ? (sort.desc ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={COLUMNS.length} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2}>
                {COLUMNS.map((column) => {
                  const text = cellText(row, column, i18n.language);
                  return (
                    // The title shows a value the fixed column width cuts short.
                    <td key={column} className={`col-${column}`} title={text}>
                      {column === 'title' ? <Link to={`/issues/${row.id}`}>{text}</Link> : text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={COLUMNS.length} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
