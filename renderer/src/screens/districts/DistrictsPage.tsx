import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, Label, SearchField, Text } from 'react-aria-components';
import { Link } from 'react-router-dom';
import type { Language } from '../../../../shared/schema/common';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { districtName, groupDistricts, type DistrictGroup } from '../../lib/districts';
import { filterDistricts } from './filterDistricts';

export function DistrictsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { items, error } = useCollection('districts');
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupDistricts(filterDistricts(items ?? [], query), language), [items, query, language]);
  const shown = groups.reduce((sum, group) => sum + group.districts.length, 0);
  const moscow = groups.filter((group) => group.builtIn);
  const others = groups.filter((group) => !group.builtIn);

  const renderGroup = (group: DistrictGroup) => (
    <section key={group.key} className="district-group" aria-labelledby={`group-${group.key}`}>
      <h3 id={`group-${group.key}`}>
        {group.abbr ? t('districts.okrug', { name: group.title, abbr: group.abbr }) : group.title}
        <span className="count-badge">{t('districts.count', { count: group.districts.length })}</span>
      </h3>
      <ul className="district-list">
        {group.districts.map((district) => (
          <li key={district.id}>
            <Link to={`/districts/${district.id}`}>{districtName(district, language)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <Page
      title={t('districts.title')}
      intro={t('districts.intro')}
      actions={
        <Link className="button button-primary" to="/districts/new">
          {t('districts.add')}
        </Link>
      }
    >
      <ErrorNotice error={error} />
      <div className="toolbar" role="search">
        <SearchField className="field field-search" value={query} onChange={setQuery}>
          <Label className="field-label">{t('districts.search')}</Label>
          <Input className="field-control" />
          <Text slot="description" className="field-hint">
            {t('districts.searchHint')}
          </Text>
        </SearchField>
        <p className="toolbar-count" aria-live="polite">
          {items ? t('districts.count', { count: shown }) : t('common.loading')}
        </p>
      </div>
      {items && shown === 0 ? <p className="empty-state">{t('districts.noMatches', { query })}</p> : null}
      {moscow.length > 0 ? (
        <section aria-labelledby="moscow-title">
          <h2 id="moscow-title">{t('districts.moscow')}</h2>
          <p className="muted">{t('districts.moscowReadOnly')}</p>
          <div className="district-groups">{moscow.map(renderGroup)}</div>
        </section>
      ) : null}
      <section aria-labelledby="own-title">
        <h2 id="own-title">{t('districts.own')}</h2>
        {others.length > 0 ? <div className="district-groups">{others.map(renderGroup)}</div> : null}
        {items && others.length === 0 && query.trim() === '' ? <p className="muted">{t('districts.ownEmpty')}</p> : null}
      </section>
    </Page>
  );
}
