import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, ListBox, ListBoxItem, SearchField } from 'react-aria-components';
import { useNavigate } from 'react-router-dom';
import type { Identity } from '../../../../shared/ipc/contract';
import type { Language } from '../../../../shared/schema/common';
import { call, toApiError, type ApiError } from '../../api/client';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { districtName } from '../../lib/districts';
import { compareText, matchesQuery } from '../../lib/search';
import { useAnnounce } from '../../state/Announcer';
import { useOpenWorkspace, useWorkspace } from '../../state/WorkspaceProvider';

/** "Who am I" on this device: one of the deputies, or the alliance secretary. */
export function WhoAmIScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const workspace = useOpenWorkspace();
  const { setWorkspace } = useWorkspace();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { items: deputies } = useCollection('deputies');
  const { items: districts } = useCollection('districts');
  const current = workspace.identity?.kind === 'deputy' ? workspace.identity.deputyId : null;
  const [selected, setSelected] = useState<string | null>(current);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<ApiError>();

  const districtNames = useMemo(() => new Map((districts ?? []).map((d) => [d.id, districtName(d, language)])), [districts, language]);
  const visible = useMemo(
    () =>
      (deputies ?? [])
        .filter((d) => matchesQuery(query, d.name, districtNames.get(d.districtId)))
        .sort((a, b) => compareText(a.name, b.name, language)),
    [deputies, query, districtNames, language],
  );
  const chosen = deputies?.find((d) => d.id === selected);

  const confirm = async (identity: Identity, who: string) => {
    try {
      setWorkspace(await call('identity:set', identity));
      announce(t('identity.changed', { who }));
      navigate('/');
    } catch (failure) {
      setError(toApiError(failure));
    }
  };

  return (
    <Page title={t('identity.title')} intro={t('identity.intro')} className="who-am-i">
      <ErrorNotice error={error} />
      {deputies && deputies.length === 0 ? (
        <p className="empty-state">{t('identity.noDeputies')}</p>
      ) : (
        <section className="card" aria-label={t('identity.list')}>
          <SearchField className="field" value={query} onChange={setQuery}>
            <Label className="field-label">{t('identity.search')}</Label>
            <Input className="field-control" />
          </SearchField>
          <ListBox
            className="listbox listbox-inline identity-list"
            aria-label={t('identity.list')}
            selectionMode="single"
            selectedKeys={selected ? [selected] : []}
            onSelectionChange={(keys) => {
              const [first] = keys === 'all' ? [] : [...keys];
              setSelected(first === undefined ? null : String(first));
            }}
            items={visible}
            // Items are cached per deputy object: re-render them when the district names arrive.
            dependencies={[districtNames]}
            renderEmptyState={() => <p className="listbox-empty">{deputies ? t('identity.noMatches') : t('common.loading')}</p>}
          >
            {(deputy) => (
              // Name and district both form the option's name, so what is seen is what is read.
              <ListBoxItem id={deputy.id} textValue={deputy.name} className="listbox-item">
                <span>{deputy.name}</span>
                <span className="listbox-item-hint"> {districtNames.get(deputy.districtId) ?? ''}</span>
              </ListBoxItem>
            )}
          </ListBox>
          <div className="form-actions">
            <Button
              className="button button-primary"
              isDisabled={!chosen}
              onPress={() => chosen && void confirm({ kind: 'deputy', deputyId: chosen.id }, chosen.name)}
            >
              {chosen ? t('identity.asDeputy', { name: chosen.name }) : t('identity.pickFirst')}
            </Button>
          </div>
        </section>
      )}
      <section className="card identity-secretary" aria-label={t('identity.secretary')}>
        <Button
          className={deputies?.length === 0 ? 'button button-primary' : 'button'}
          onPress={() => void confirm({ kind: 'secretary' }, t('shell.secretary'))}
        >
          {t('identity.secretary')}
        </Button>
        <p className="field-hint">{t('identity.secretaryHint')}</p>
      </section>
    </Page>
  );
}
