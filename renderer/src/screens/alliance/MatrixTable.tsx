import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { cellStance, type MatrixPage, type MatrixWindow } from './matrixData';

/** At most this much of the window becomes a table: a screen reader reads it cell by cell. */
export const TABLE_MAX_ROWS = 60;
export const TABLE_MAX_COLUMNS = 50;

/** The part of the matrix in view as a real table: the accessible twin of the canvas. */
export function MatrixTable({ page, window }: { page: MatrixPage; window: MatrixWindow }) {
  const { t } = useTranslation();
  const rowTo = Math.min(window.rowTo, window.rowFrom + TABLE_MAX_ROWS - 1, page.deputyIds.length - 1);
  const columnTo = Math.min(window.columnTo, window.columnFrom + TABLE_MAX_COLUMNS - 1, page.issueIds.length - 1);
  const rows = range(window.rowFrom, rowTo);
  const columns = range(window.columnFrom, columnTo);
  const caption = t('alliance.matrix.tableCaption', {
    deputiesFrom: window.rowFrom + 1,
    deputiesTo: rowTo + 1,
    issuesFrom: window.columnFrom + 1,
    issuesTo: columnTo + 1,
  });
  return (
    <div className="table-scroll matrix-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table matrix-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alliance.matrix.deputy')}</th>
            {columns.map((column) => (
              <th key={page.issueIds[column]} scope="col" className="matrix-issue">
                <Link to={`/issues/${page.issueIds[column]}`}>{page.issueTitles[column]}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={page.deputyIds[row]}>
              <th scope="row">{page.deputyNames[row]}</th>
              {columns.map((column) => {
                const stance = cellStance(page, row, column);
                return (
                  <td key={column} className={stance ? `matrix-cell stance-cell-${stance}` : 'matrix-cell'}>
                    {stance ? t(`alliance.stances.${stance}`) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
