import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { oneOf } from '../../lib/oneOf';
import { compareText } from '../../lib/search';
import type { DeputyRow } from './deputyRows';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
type Features = typeof features;

/** Names sort as a Russian reader expects (ё with е, numbers in natural order). */
function byText(a: Row<Features, DeputyRow>, b: Row<Features, DeputyRow>, columnId: string): number {
  return compareText(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));
}

/** The column ids, as keys of deputies.columns in the dictionaries (tanstack types a column id as a string). */
const COLUMN_IDS = ['name', 'district', 'councilRole', 'party', 'status', 'groups'] as const satisfies readonly (keyof DeputyRow)[];

const helper = createColumnHelper<Features, DeputyRow>();
const columns = helper.columns([
  helper.accessor('name', { sortFn: byText, cell: (info) => <Link to={`/deputies/${info.row.original.id}/view`}>{info.getValue()}</Link> }),
  // The district with its okrug (or region) beside it; sorted by the district's name.
  helper.accessor('district', {
    sortFn: byText,
    cell: (info) => (
      <>
        {info.getValue()}
        {info.row.original.okrug ? <span className="cell-aside"> · {info.row.original.okrug}</span> : null}
      </>
    ),
  }),
  helper.accessor('councilRole', { sortFn: byText }),
  helper.accessor('party', { sortFn: byText }),
  helper.accessor('status', { sortFn: byText }),
  helper.accessor('groups', { sortFn: byText }),
]);

// Rows have one fixed height (cells do not wrap), so nothing needs measuring while scrolling.
const ROW_HEIGHT = 44;

function cellTitle(row: DeputyRow, columnId: string): string {
  if (columnId === 'district') return row.okrug ? `${row.district} · ${row.okrug}` : row.district;
  return String(row[columnId as keyof DeputyRow] ?? '');
}

/**
 * The deputies as a real table (header cells, sort state in aria-sort, the full row count in
 * aria-rowcount) whose body renders only the rows in view, so 400+ rows scroll smoothly.
 */
export function DeputyTable({ rows }: { rows: DeputyRow[] }) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
  });
  const sorted = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself; there is no React Compiler to confuse here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => sorted[index]?.id ?? index,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columnCount = columns.length;

  return (
    // The scroll container is focusable so keyboard users can scroll it with the arrow keys.
    <div ref={scrollRef} className="table-scroll" tabIndex={0} role="region" aria-label={t('deputies.tableLabel')}>
      <table className="data-table deputies-table" aria-rowcount={sorted.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const id = header.column.id;
                const label = oneOf(COLUMN_IDS, id) ? t(`deputies.columns.${id}`) : id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.column.id}`}
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      <span className="sort-mark" aria-hidden="true">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = sorted[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2}>
                {row.getAllCells().map((cell) => (
                  // The title shows a value the fixed column width cuts short.
                  <td key={cell.id} className={`col-${cell.column.id}`} title={cellTitle(cell.row.original, cell.column.id)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
