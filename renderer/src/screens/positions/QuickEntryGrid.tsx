import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/schema/collections';
import { STANCES, type Stance } from '../shared/positions/stances';
import { moveCell, stanceForKey, type Cell } from './quickKeys';

export interface QuickRow {
  issue: Issue;
  /** The stance shown: saved, or just set and being saved. */
  stance: Stance | undefined;
  reasons: string;
  unconfirmed: boolean;
}

interface Props {
  rows: readonly QuickRow[];
  label: string;
  onStance: (row: QuickRow, stance: Stance) => void;
  onReasons: (row: QuickRow, cell: HTMLElement) => void;
}

// Columns: the issue (row header), one per stance, the reasons.
const COLS = STANCES.length + 2;
const REASONS_COL = COLS - 1;

/**
 * An ARIA grid of open issues × stances: one tab stop (roving tabindex), arrows move between cells,
 * 1–5 or a letter sets the row's stance, Space sets the stance of the focused column, Enter opens
 * the reasons. The table's own semantics (headers, row headers) stay, so each cell is announced
 * with its issue and its stance column; a chosen stance is aria-selected.
 */
export function QuickEntryGrid({ rows, label, onStance, onReasons }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const current = { row: Math.min(active.row, rows.length - 1), col: active.col };

  const focusCell = (cell: Cell) => {
    setActive(cell);
    cells.current.get(`${cell.row}:${cell.col}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const row = rows[current.row];
    if (!row) return;
    const moved = moveCell(current, event.key, event.ctrlKey || event.metaKey, rows.length, COLS);
    if (moved) {
      event.preventDefault();
      focusCell(moved);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const cell = cells.current.get(`${current.row}:${current.col}`);
      if (cell) onReasons(row, cell);
      return;
    }
    if (event.key === ' ' && current.col >= 1 && current.col <= STANCES.length) {
      event.preventDefault();
      onStance(row, STANCES[current.col - 1]!);
      return;
    }
    const stance = stanceForKey(event);
    if (stance) {
      event.preventDefault();
      onStance(row, stance);
    }
  };

  const ref = (row: number, col: number) => (element: HTMLElement | null) => {
    const key = `${row}:${col}`;
    if (element) cells.current.set(key, element);
    else cells.current.delete(key);
  };
  const tabIndex = (row: number, col: number) => (row === current.row && col === current.col ? 0 : -1);

  return (
    <table role="grid" className="quick-grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={COLS} onKeyDown={onKeyDown}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="quick-issue">
            {t('positions.quick.issueColumn')}
          </th>
          {STANCES.map((stance, index) => (
            <th key={stance} scope="col" className={`quick-stance-head stance-col-${stance}`}>
              <span className="quick-key" aria-hidden="true">
                {index + 1}
              </span>
              {/* A short label to fit the column; the full one for screen readers (and in the keys above). */}
              <span aria-hidden="true">{t(`positions.stancesShort.${stance}`)}</span>
              <span className="visually-hidden">{t(`positions.stances.${stance}`)}</span>
            </th>
          ))}
          <th scope="col" className="quick-reasons-head">
            {t('positions.quick.reasonsColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.issue.id} aria-rowindex={r + 2} className={row.stance ? 'has-stance' : undefined}>
            <th scope="row" ref={ref(r, 0)} tabIndex={tabIndex(r, 0)} className="quick-issue" onClick={() => focusCell({ row: r, col: 0 })}>
              {row.issue.title}
              {row.unconfirmed ? <span className="quick-unconfirmed"> ({t('positions.provenance.unconfirmed')})</span> : null}
            </th>
            {STANCES.map((stance, s) => {
              const chosen = row.stance === stance;
              return (
                <td
                  key={stance}
                  role="gridcell"
                  ref={ref(r, s + 1)}
                  tabIndex={tabIndex(r, s + 1)}
                  aria-selected={chosen}
                  className={`quick-cell${chosen ? ` is-chosen quick-chosen-${stance}` : ''}`}
                  onClick={() => {
                    focusCell({ row: r, col: s + 1 });
                    onStance(row, stance);
                  }}
                >
                  <span aria-hidden="true" className="quick-mark">
                    {chosen ? '●' : '○'}
                  </span>
                  <span className="visually-hidden">{t(`positions.stances.${stance}`)}</span>
                </td>
              );
            })}
            <td
              role="gridcell"
              ref={ref(r, REASONS_COL)}
              tabIndex={tabIndex(r, REASONS_COL)}
              className="quick-reasons"
              onClick={(event) => {
                focusCell({ row: r, col: REASONS_COL });
                onReasons(row, event.currentTarget);
              }}
            >
              {row.reasons.trim() ? row.reasons : <span className="muted">{t('positions.quick.reasonsEmpty')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
