import { useMemo, type Key, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Collection, ComboBox, Header, ListBox, ListBoxItem, ListBoxSection } from 'react-aria-components';
import type { Language } from '../../../shared/schema/common';
import type { District } from '../../../shared/schema/collections';
import { districtName, groupDistricts } from '../lib/districts';
import { searchFilter } from '../lib/search';
import { ComboChrome } from './ComboChrome';

export interface DistrictPickerProps {
  districts: readonly District[];
  value: string | null;
  onChange: (districtId: string | null) => void;
  onBlur?: () => void;
  label?: string;
  description?: string;
  errorMessage?: string;
  name?: string;
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** Shown while nothing is chosen (a filter says "all districts"). */
  placeholder?: string;
}

/**
 * A searchable district picker: Moscow's districts grouped by administrative okrug, then the
 * districts of other regions grouped by region.
 */
export function DistrictPicker({ districts, value, onChange, onBlur, label, description, errorMessage, name, optional, inputRef, className, placeholder }: DistrictPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const groups = useMemo(() => groupDistricts(districts, language), [districts, language]);
  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      name={name}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      onBlur={onBlur}
      defaultFilter={searchFilter}
      isInvalid={errorMessage !== undefined}
      isRequired={!optional}
      validationBehavior="aria"
    >
      <ComboChrome
        label={label ?? t('districts.picker.label')}
        placeholder={placeholder ?? t('districts.picker.placeholder')}
        showAllLabel={t('districts.picker.showAll')}
        description={description}
        errorMessage={errorMessage ?? ''}
        inputRef={inputRef}
      >
        <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{t('districts.picker.empty')}</div>}>
          {groups.map((group) => (
            <ListBoxSection key={group.key} id={group.key} className="listbox-section">
              <Header className="listbox-header">{group.abbr ? `${group.abbr} · ${group.title}` : group.title}</Header>
              {/* Re-rendered on a language switch: items are cached per district object. */}
              <Collection items={group.districts} dependencies={[language]}>
                {(district) => (
                  <ListBoxItem id={district.id} className="listbox-item" textValue={districtName(district, language)}>
                    {districtName(district, language)}
                  </ListBoxItem>
                )}
              </Collection>
            </ListBoxSection>
          ))}
        </ListBox>
      </ComboChrome>
    </ComboBox>
  );
}
