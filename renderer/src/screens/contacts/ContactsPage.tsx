import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';
import { DistrictPicker } from '../../components/DistrictPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectInput } from '../../components/SelectInput';
import { Page } from '../../layout/Page';
import { matchesQuery } from '../../lib/search';
import { ContactList } from '../shared/contacts/ContactList';
import { CONTACT_KINDS, type ContactKind } from './contactFormModel';

const PAGE = 100;
const ANY = '__any__';

/** /contacts — the log of receptions, meetings, appeals and events, newest first, with filters and counts. */
export function ContactsPage() {
  const { t } = useTranslation();
  const contacts = useCollection('contacts', { orderBy: 'date', descending: true });
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ContactKind | null>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const deputyMap = useMemo(() => new Map((deputies.items ?? []).map((d) => [d.id, d])), [deputies.items]);
  const districtMap = useMemo(() => new Map((districts.items ?? []).map((d) => [d.id, d])), [districts.items]);
  const all = contacts.items ?? [];
  const visible = useMemo(
    () =>
      (contacts.items ?? []).filter(
        (c) =>
          (!kind || c.kind === kind) &&
          (!districtId || c.districtId === districtId) &&
          matchesQuery(query, c.summary, ...c.deputyIds.map((id) => deputyMap.get(id)?.name)),
      ),
    [contacts.items, kind, districtId, query, deputyMap],
  );
  const residents = visible.reduce((sum, c) => sum + c.residents, 0);
  const shown = visible.slice(0, limit);
  const filtered = kind !== null || districtId !== null || query.trim() !== '';

  return (
    <Page
      title={t('contacts.title')}
      intro={t('contacts.intro')}
      actions={
        <Link className="button button-primary" to="/contacts/new">
          {t('contacts.add')}
        </Link>
      }
    >
      <ErrorNotice error={contacts.error ?? deputies.error ?? districts.error} />
      <section className="filters" aria-label={t('contacts.filters.label')}>
        <div role="search" className="filters-search">
          <SearchField className="field field-search" value={query} onChange={setQuery}>
            <Label className="field-label">{t('contacts.filters.search')}</Label>
            <Input className="field-control" />
          </SearchField>
        </div>
        <SelectInput
          label={t('contacts.filters.kind')}
          options={[{ id: ANY, label: t('contacts.filters.anyKind') }, ...CONTACT_KINDS.map((k) => ({ id: k, label: t(`contacts.kinds.${k}`) }))]}
          value={kind ?? ANY}
          onChange={(key) => setKind(key === ANY ? null : (key as ContactKind))}
        />
        <DistrictPicker
          label={t('contacts.filters.district')}
          districts={districts.items ?? []}
          value={districtId}
          onChange={setDistrictId}
          placeholder={t('contacts.filters.anyDistrict')}
          optional
        />
        <Button
          className="button button-quiet filters-reset"
          isDisabled={!filtered}
          onPress={() => {
            setQuery('');
            setKind(null);
            setDistrictId(null);
          }}
        >
          {t('contacts.filters.reset')}
        </Button>
      </section>
      <p className="toolbar-count" role="status">
        {contacts.items === undefined
          ? t('common.loading')
          : `${shown.length === all.length ? t('contacts.count', { count: all.length }) : t('contacts.shown', { shown: shown.length, count: filtered ? visible.length : all.length })}; ${t('contacts.residentsTotal', { count: residents })}`}
      </p>
      {contacts.items !== undefined && all.length === 0 ? <p className="empty-state">{t('contacts.empty')}</p> : null}
      {all.length > 0 && visible.length === 0 ? <p className="empty-state">{t('contacts.noMatches')}</p> : null}
      <section aria-label={t('contacts.listLabel')}>
        <ContactList contacts={shown} deputies={deputyMap} districts={districtMap} headingLevel={2} />
      </section>
      {shown.length < visible.length ? (
        <Button className="button" onPress={() => setLimit((n) => n + PAGE)}>
          {t('contacts.more')}
        </Button>
      ) : null}
    </Page>
  );
}
