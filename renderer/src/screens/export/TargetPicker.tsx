import { useEffect, useState, type Key } from 'react';
import { ComboBox, ListBox, ListBoxItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ExportTargetOption } from '../../../../shared/ipc/export-contract';
import { call } from '../../api/client';
import { ComboChrome } from '../../components/ComboChrome';
import type { RecordKind } from '../shared/export/exportWhat';

interface Props {
  kind: RecordKind;
  value: string | null;
  onChange: (id: string | null) => void;
}

const LIMIT = 50;

/**
 * A searchable picker of the record an export is about. The main process searches (a large
 * alliance has 10,000 issues), so the list holds the best matches and says when there are more.
 */
export function TargetPicker({ kind, value, onChange }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ items: ExportTargetOption[]; total: number }>({ items: [], total: 0 });

  // A record chosen elsewhere (the page was opened for it): show its name in the field.
  useEffect(() => {
    if (value === null) return;
    let live = true;
    void call('export:targets', { kind, id: value }).then((result) => {
      if (live && result.items[0]) setQuery(result.items[0].label);
    });
    return () => {
      live = false;
    };
    // Once, on mount (the picker is keyed by kind): later choices come from typing, which must not be reset.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void call('export:targets', { kind, query, limit: LIMIT }).then(
        (result) => {
          if (live) setFound(result);
        },
        () => undefined,
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [kind, query]);

  return (
    <ComboBox
      className="field export-target"
      items={found.items}
      inputValue={query}
      onInputChange={setQuery}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      // The main process has filtered already, with ё/е folded.
      defaultFilter={() => true}
      allowsEmptyCollection
      menuTrigger="focus"
    >
      <ComboChrome
        label={t(`export.what.pick.${kind}`)}
        placeholder={t('export.what.placeholder')}
        showAllLabel={t('export.what.showAll')}
        description={found.total > found.items.length ? t('export.what.more', { shown: found.items.length, total: found.total }) : t('export.what.searchHint')}
      >
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{t('export.what.noMatches')}</p>}>
          {(item: ExportTargetOption) => (
            <ListBoxItem id={item.id} textValue={item.label} className="listbox-item">
              {item.label}
              {item.detail ? <span className="listbox-item-hint">{item.detail}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </ComboChrome>
    </ComboBox>
  );
}
