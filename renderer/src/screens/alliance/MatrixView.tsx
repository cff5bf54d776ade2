import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectInput } from '../../components/SelectInput';
import { formatCount } from '../shared/agreement/figures';
import { useAgreement } from '../shared/agreement/useAgreement';
import { loadMatrixChart } from './loadMatrixChart';
import { cellStance, initialWindow, MATRIX_STANCES, stanceTally, type MatrixPage, type MatrixWindow } from './matrixData';
import { MatrixTable } from './MatrixTable';
import type { Scope } from './scope';

// The charting library is a separate chunk, loaded for the alliance screens only.
const MatrixChart = lazy(loadMatrixChart);

const PAGE_SIZES = ['25', '50', '100', '200'] as const;

/** Deputies × issues of stances, a page of issues at a time, with its summary and table twin. */
export function MatrixView({ scope }: { scope: Scope }) {
  // Fetched while the first page of the matrix is computed, not after.
  useEffect(() => void loadMatrixChart(), []);
  const scopeKey = JSON.stringify(scope);
  // A new filter starts again from the first page.
  return <MatrixPager key={scopeKey} scope={scope} />;
}

function MatrixPager({ scope }: { scope: Scope }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.language;
  const n = (count: number) => formatCount(count, language);
  const [offset, setOffset] = useState(0);
  const [pageSize, setPageSize] = useState<(typeof PAGE_SIZES)[number]>('50');
  const [showTable, setShowTable] = useState(false);
  const limit = Number(pageSize);
  const { value: page, error, loading } = useAgreement('agreement:matrix', { scope, issueOffset: offset, issueLimit: limit });
  const [view, setView] = useState<{ page: MatrixPage; window: MatrixWindow }>();
  const window = page ? (view?.page === page ? view.window : initialWindow(page)) : undefined;

  const describeCell = (row: number, column: number) => {
    if (!page) return '';
    const stance = cellStance(page, row, column);
    return t('alliance.matrix.tooltip', {
      deputy: page.deputyNames[row],
      issue: page.issueTitles[column],
      stance: t(`alliance.stances.${stance ?? 'none'}`),
    });
  };

  const tally = page ? stanceTally(page) : undefined;
  const from = page && page.issueIds.length > 0 ? offset + 1 : 0;
  const to = page ? offset + page.issueIds.length : 0;

  return (
    <section className="alliance-view" aria-labelledby="alliance-view-title" aria-busy={loading}>
      <h2 id="alliance-view-title">{t('alliance.matrix.title')}</h2>
      <p className="view-intro">{t('alliance.matrix.intro')}</p>
      <ErrorNotice error={error} />
      {!page || !tally || !window ? (
        error ? null : <p className="muted">{t('alliance.loading')}</p>
      ) : page.issueTotal === 0 || page.deputyIds.length === 0 ? (
        <p className="empty-state">{t('alliance.matrix.empty')}</p>
      ) : (
        <>
          <div className="toolbar matrix-toolbar">
            <p className="toolbar-count" role="status">
              {t('alliance.matrix.page', { from: n(from), to: n(to), total: n(page.issueTotal) })}
            </p>
            <Button className="button" isDisabled={offset === 0 || loading} onPress={() => setOffset(Math.max(0, offset - limit))}>
              {t('alliance.matrix.prev')}
            </Button>
            <Button className="button" isDisabled={to >= page.issueTotal || loading} onPress={() => setOffset(offset + limit)}>
              {t('alliance.matrix.next')}
            </Button>
            <SelectInput
              label={t('alliance.matrix.pageSize')}
              options={PAGE_SIZES.map((id) => ({ id, label: id }))}
              value={pageSize}
              onChange={(size) => {
                setPageSize(size);
                setOffset(0);
              }}
            />
          </div>
          <p>
            {t('alliance.matrix.summary', {
              deputies: t('alliance.deputies', { count: page.deputyIds.length }),
              issues: t('alliance.issues', { count: page.issueIds.length }),
              filled: n(tally.filled),
              cells: n(page.cells.length),
            })}
          </p>
          <ul className="matrix-legend" aria-label={t('alliance.matrix.legend')}>
            {MATRIX_STANCES.map((stance) => (
              <li key={stance}>
                <span className={`stance-swatch stance-${stance}`} aria-hidden="true" />
                {t(`alliance.stances.${stance}`)} — {n(tally.byStance[stance])}
              </li>
            ))}
            <li>
              <span className="stance-swatch stance-empty" aria-hidden="true" />
              {t('alliance.stances.none')} — {n(page.cells.length - tally.filled)}
            </li>
          </ul>
          <Suspense fallback={<p className="muted matrix-chart-placeholder">{t('alliance.matrix.loadingChart')}</p>}>
            <MatrixChart
              page={page}
              onWindowChange={(next) => setView({ page, window: next })}
              describeCell={describeCell}
              onOpenIssue={(issueId) => navigate(`/issues/${issueId}`)}
              label={t('alliance.matrix.chartLabel', {
                deputies: t('alliance.deputies', { count: page.deputyIds.length }),
                issues: t('alliance.issues', { count: page.issueIds.length }),
              })}
            />
          </Suspense>
          <p className="muted">
            {t('alliance.matrix.window', {
              deputiesFrom: n(window.rowFrom + 1),
              deputiesTo: n(window.rowTo + 1),
              issuesFrom: n(window.columnFrom + 1),
              issuesTo: n(window.columnTo + 1),
            })}
          </p>
          <Button className="button" aria-expanded={showTable} onPress={() => setShowTable(!showTable)}>
            {t(showTable ? 'alliance.matrix.hideTable' : 'alliance.matrix.showTable')}
          </Button>
          {showTable ? <MatrixTable page={page} window={window} /> : null}
        </>
      )}
    </section>
  );
}
