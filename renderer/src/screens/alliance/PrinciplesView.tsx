import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ISSUE_CATEGORIES_ORDER } from '../../../../shared/schema/categories';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectInput } from '../../components/SelectInput';
import { oneOf } from '../../lib/oneOf';
import { formatCount, formatPercent } from '../shared/agreement/figures';
import { useAgreement } from '../shared/agreement/useAgreement';

const ALL = '__all__';
type Tally = { upholds: number; tension: number; not_relevant: number };
const EMPTY: Tally = { upholds: 0, tension: 0, not_relevant: 0 };

/** How often each principle is upheld or in tension across positions, overall or in one category. */
export function PrinciplesView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (count: number) => formatCount(count, language);
  const [category, setCategory] = useState<string>(ALL);
  const { value, error, loading } = useAgreement('agreement:principles', undefined);
  const { items: principles } = useCollection('principles', { orderBy: 'number' });

  const rows = useMemo(() => {
    if (!value) return [];
    const byId = new Map(value.principles.map((entry) => [entry.principleId, entry]));
    // Every principle of the alliance, in its order, even one nobody has noted yet; then any
    // noted principle deleted since, so no count is hidden.
    const ordered = (principles ?? []).map((principle) => ({ id: principle.id, title: `${principle.number}. ${principle.title}`, known: true }));
    const unknown = value.principles
      .filter((entry) => !ordered.some((principle) => principle.id === entry.principleId))
      .map((entry) => ({ id: entry.principleId, title: t('alliance.principlesView.unknownPrinciple', { id: entry.principleId }), known: false }));
    return [...ordered, ...unknown].map((principle) => {
      const entry = byId.get(principle.id);
      const tally = (category === ALL ? entry?.total : entry?.byCategory[category]) ?? EMPTY;
      return { ...principle, tally, total: tally.upholds + tally.tension + tally.not_relevant };
    });
  }, [value, principles, category, t]);

  const categoryLabel = oneOf(ISSUE_CATEGORIES_ORDER, category) ? t(`alliance.categories.${category}`) : t('alliance.principlesView.allCategories');
  const caption = t('alliance.principlesView.tableCaption', { category: categoryLabel });
  const share = (part: number, total: number) => (total === 0 ? '' : ` (${formatPercent(part / total, language)})`);

  return (
    <section className="alliance-view" aria-labelledby="alliance-view-title" aria-busy={loading}>
      <h2 id="alliance-view-title">{t('alliance.principlesView.title')}</h2>
      <p className="view-intro">{t('alliance.principlesView.intro')}</p>
      <ErrorNotice error={error} />
      {!value ? (
        error ? null : <p className="muted">{t('alliance.loading')}</p>
      ) : value.positionsChecked === 0 ? (
        <p className="empty-state">{t('alliance.principlesView.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <SelectInput
              label={t('alliance.principlesView.category')}
              options={[{ id: ALL, label: t('alliance.principlesView.allCategories') }, ...ISSUE_CATEGORIES_ORDER.map((id) => ({ id, label: t(`alliance.categories.${id}`) }))]}
              value={category}
              onChange={setCategory}
            />
            <p className="toolbar-count" role="status">
              {t('alliance.principlesView.summary', { count: value.positionsChecked })}
            </p>
          </div>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <table className="data-table principles-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('alliance.principlesView.columns.principle')}</th>
                  <th scope="col" className="num">
                    {t('alliance.principlesView.columns.upholds')}
                  </th>
                  <th scope="col" className="num">
                    {t('alliance.principlesView.columns.tension')}
                  </th>
                  <th scope="col" className="num">
                    {t('alliance.principlesView.columns.notRelevant')}
                  </th>
                  <th scope="col" className="num">
                    {t('alliance.principlesView.columns.total')}
                  </th>
                  <th scope="col">{t('alliance.principlesView.columns.chart')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.known ? <Link to={`/principles/${row.id}`}>{row.title}</Link> : row.title}</th>
                    <td className="num">
                      {n(row.tally.upholds)}
                      {share(row.tally.upholds, row.total)}
                    </td>
                    <td className="num">
                      {n(row.tally.tension)}
                      {share(row.tally.tension, row.total)}
                    </td>
                    <td className="num">
                      {n(row.tally.not_relevant)}
                      {share(row.tally.not_relevant, row.total)}
                    </td>
                    <td className="num">{n(row.total)}</td>
                    <td>
                      {/* The numbers are in the cells beside; the bar only shows the proportion at a glance. */}
                      <div className="verdict-bar" aria-hidden="true">
                        {row.tally.upholds > 0 ? <span className="verdict-upholds" style={{ flexGrow: row.tally.upholds }} /> : null}
                        {row.tally.tension > 0 ? <span className="verdict-tension" style={{ flexGrow: row.tally.tension }} /> : null}
                        {row.tally.not_relevant > 0 ? <span className="verdict-not-relevant" style={{ flexGrow: row.tally.not_relevant }} /> : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
