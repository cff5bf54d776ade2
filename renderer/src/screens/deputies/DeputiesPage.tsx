import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Language } from '../../../../shared/schema/common';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { buildDeputyRows, filterDeputyRows, NO_FILTERS, type DeputyFilters } from './deputyRows';
import { DeputyFiltersBar } from './DeputyFiltersBar';
import { DeputyTable } from './DeputyTable';

// Filters survive a visit to a deputy's page and back within one session.
let rememberedFilters: DeputyFilters = NO_FILTERS;

export function DeputiesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const groups = useCollection('groups');
  const [filters, setFilters] = useState(rememberedFilters);
  const changeFilters = (next: DeputyFilters) => {
    rememberedFilters = next;
    setFilters(next);
  };

  const districtMap = useMemo(() => new Map((districts.items ?? []).map((d) => [d.id, d])), [districts.items]);
  const groupMap = useMemo(() => new Map((groups.items ?? []).map((g) => [g.id, g])), [groups.items]);
  const rows = useMemo(
    () => buildDeputyRows(deputies.items ?? [], districtMap, groupMap, t, language),
    [deputies.items, districtMap, groupMap, t, language],
  );
  const visible = useMemo(() => filterDeputyRows(rows, filters), [rows, filters]);
  const loading = deputies.items === undefined;

  return (
    <Page
      title={t('deputies.title')}
      className="page-fill"
      actions={
        <Link className="button button-primary" to="/deputies/new">
          {t('deputies.add')}
        </Link>
      }
    >
      <ErrorNotice error={deputies.error ?? districts.error ?? groups.error} />
      <DeputyFiltersBar filters={filters} onChange={changeFilters} districts={districts.items ?? []} groups={groups.items ?? []} />
      <p className="toolbar-count" role="status">
        {loading
          ? t('common.loading')
          : visible.length === rows.length
            ? t('deputies.count', { count: rows.length })
            : t('deputies.shown', { shown: visible.length, count: rows.length })}
      </p>
      {!loading && rows.length === 0 ? <p className="empty-state">{t('deputies.empty')}</p> : null}
      {!loading && rows.length > 0 && visible.length === 0 ? <p className="empty-state">{t('deputies.noMatches')}</p> : null}
      {visible.length > 0 ? <DeputyTable rows={visible} /> : null}
    </Page>
  );
}
