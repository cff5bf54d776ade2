import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../shared/agreement/figures';
import { useAgreement } from '../shared/agreement/useAgreement';
import { FiguresTable, type IssueFigures } from './FiguresTable';
import type { Scope } from './scope';

const LIMIT = 200;

/** Issues with broad agreement, and issues that split the alliance, under the filter. */
export function CommonGroundView({ scope }: { scope: Scope }) {
  const { t, i18n } = useTranslation();
  const { value, error, loading } = useAgreement('agreement:overview', { scope, limit: LIMIT });
  const list = (kind: 'common' | 'divergent', rows: readonly IssueFigures[], total: number) => {
    const title = t(kind === 'common' ? 'alliance.common.commonTitle' : 'alliance.common.divergentTitle');
    return (
      <section className="alliance-list" aria-labelledby={`alliance-${kind}`}>
        <h3 id={`alliance-${kind}`}>
          {title} <span className="count-badge">{formatCount(total, i18n.language)}</span>
        </h3>
        {total > rows.length ? <p className="muted">{t('alliance.common.shown', { shown: formatCount(rows.length, i18n.language), total: formatCount(total, i18n.language) })}</p> : null}
        {rows.length === 0 ? (
          <p className="empty-state">{t(kind === 'common' ? 'alliance.common.commonEmpty' : 'alliance.common.divergentEmpty')}</p>
        ) : (
          <FiguresTable caption={title} rows={rows} />
        )}
      </section>
    );
  };
  return (
    <section className="alliance-view" aria-labelledby="alliance-view-title" aria-busy={loading}>
      <h2 id="alliance-view-title">{t('alliance.common.title')}</h2>
      <p className="view-intro">{t('alliance.common.intro')}</p>
      <ErrorNotice error={error} />
      {value ? (
        <>
          <p className="toolbar-count" role="status">
            {t('alliance.common.summary', { issues: t('alliance.issues', { count: value.issues }), deputies: t('alliance.deputies', { count: value.deputies }) })}
          </p>
          {list('common', value.common, value.commonTotal)}
          {list('divergent', value.divergent, value.divergentTotal)}
        </>
      ) : error ? null : (
        <p className="muted">{t('alliance.loading')}</p>
      )}
    </section>
  );
}
