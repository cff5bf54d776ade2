import { useMemo, type Key } from 'react';
import { ComboBox, ListBox, ListBoxItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schema/common';
import type { Deputy, District } from '../../../../shared/schema/collections';
import { ComboChrome } from '../../components/ComboChrome';
import { districtName } from '../../lib/districts';
import { compareText, searchFilter } from '../../lib/search';

interface Props {
  label: string;
  deputies: readonly Deputy[];
  /** To show each deputy's district beside the name, so namesakes can be told apart. */
  districts: readonly District[];
  value: string | null;
  onChange: (deputyId: string | null) => void;
  placeholder?: string;
  description?: string;
  /** List only deputies whose status is active (suspended and former ones left out). */
  onlyActive?: boolean;
}

/** A searchable choice of one deputy (ё as е), by name, each with their district beside it. */
export function DeputyPicker({ label, deputies, districts, value, onChange, placeholder, description, onlyActive }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const names = useMemo(() => new Map(districts.map((district) => [district.id, districtName(district, language)])), [districts, language]);
  const items = useMemo(
    () => deputies.filter((deputy) => !onlyActive || deputy.status === 'active').sort((a, b) => compareText(a.name, b.name, language)),
    [deputies, onlyActive, language],
  );
  return (
    <ComboBox
      className="field deputy-choice"
      defaultItems={items}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      defaultFilter={searchFilter}
    >
      <ComboChrome label={label} placeholder={placeholder ?? t('positions.form.deputyPlaceholder')} showAllLabel={t('positions.form.showDeputies')} description={description}>
        <ListBox<Deputy> className="listbox" renderEmptyState={() => <div className="listbox-empty">{t('positions.form.deputyNoMatches')}</div>}>
          {(deputy) => (
            <ListBoxItem id={deputy.id} className="listbox-item" textValue={deputy.name}>
              <span>{deputy.name}</span>
              <span className="listbox-item-hint"> {names.get(deputy.districtId) ?? ''}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </ComboChrome>
    </ComboBox>
  );
}
