import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectInput } from '../../components/SelectInput';
import { compareText } from '../../lib/search';
import { formatCount, formatPercent } from '../shared/agreement/figures';
import { useAgreement } from '../shared/agreement/useAgreement';
import type { Directory } from './directory';
import type { Scope } from './scope';

type Row = ChannelOutput<'agreement:deputies'>[number];
const SORTS = ['share', 'shareAsc', 'name', 'issues'] as const;
type Sort = (typeof SORTS)[number];

function sortRows(rows: readonly Row[], sort: Sort, name: (id: string) => string): Row[] {
  const byName = (a: Row, b: Row) => compareText(name(a.deputyId), name(b.deputyId));
  // Deputies without enough issues go last whatever the order: their share says little.
  const rated = (row: Row) => (row.band === 'too_few' ? 1 : 0);
  const compare: Record<Sort, (a: Row, b: Row) => number> = {
    share: (a, b) => rated(a) - rated(b) || (b.share ?? -1) - (a.share ?? -1) || b.issues - a.issues || byName(a, b),
    shareAsc: (a, b) => rated(a) - rated(b) || (a.share ?? 2) - (b.share ?? 2) || b.issues - a.issues || byName(a, b),
    name: byName,
    issues: (a, b) => b.issues - a.issues || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** Each deputy's agreement with the alliance line: a share, a band in plain words, and its count. */
export function DeputiesLineView({ scope, directory }: { scope: Scope; directory: Directory }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [sort, setSort] = useState<Sort>('share');
  const { value, error, loading } = useAgreement('agreement:deputies', { scope });
  const rows = useMemo(() => sortRows(value ?? [], sort, directory.deputyName), [value, sort, directory.deputyName]);
  const rated = rows.filter((row) => row.band !== 'too_few').length;
  const n = (count: number) => formatCount(count, language);

  return (
    <section className="alliance-view" aria-labelledby="alliance-view-title" aria-busy={loading}>
      <h2 id="alliance-view-title">{t('alliance.deputiesView.title')}</h2>
      <p className="view-intro">{t('alliance.deputiesView.intro')}</p>
      <ErrorNotice error={error} />
      {value ? (
        <>
          <div className="toolbar">
            <p className="toolbar-count" role="status">
              {t('alliance.deputiesView.summary', { deputies: t('alliance.deputies', { count: rows.length }), rated: n(rated) })}
            </p>
            <SelectInput
              label={t('alliance.deputiesView.sortLabel')}
              options={SORTS.map((id) => ({ id, label: t(`alliance.deputiesView.sort.${id}`) }))}
              value={sort}
              onChange={setSort}
            />
          </div>
          {rows.length === 0 ? (
            <p className="empty-state">{t('alliance.deputiesView.empty')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('alliance.deputiesView.tableLabel')}>
              <table className="data-table line-table">
                <caption className="visually-hidden">{t('alliance.deputiesView.tableLabel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('alliance.deputiesView.columns.deputy')}</th>
                    <th scope="col">{t('alliance.deputiesView.columns.district')}</th>
                    <th scope="col">{t('alliance.deputiesView.columns.band')}</th>
                    <th scope="col" className="num">
                      {t('alliance.deputiesView.columns.share')}
                    </th>
                    <th scope="col">{t('alliance.deputiesView.columns.restsOn')}</th>
                    <th scope="col" className="num">
                      {t('alliance.deputiesView.columns.detail')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.deputyId} data-band={row.band}>
                      <th scope="row">
                        <Link to={`/deputies/${row.deputyId}`}>{directory.deputyName(row.deputyId)}</Link>
                      </th>
                      <td>{directory.deputyDistrict(row.deputyId)}</td>
                      <td>
                        <span className={`band band-${row.band}`}>{t(`alliance.bands.${row.band}`)}</span>
                      </td>
                      <td className="num">{row.share === null ? '—' : formatPercent(row.share, language)}</td>
                      <td>
                        {row.issues === 0
                          ? t('alliance.deputiesView.noIssues')
                          : t('alliance.deputiesView.restsOn', { agreed: n(row.agreed), count: row.issues })}
                      </td>
                      <td className="num">{t('alliance.deputiesView.detail', { agreed: n(row.agreed), partly: n(row.partly), differed: n(row.differed) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : error ? null : (
        <p className="muted">{t('alliance.loading')}</p>
      )}
    </section>
  );
}
