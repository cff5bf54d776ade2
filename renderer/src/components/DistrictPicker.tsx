import { useMemo, type Key, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Collection,
  ComboBox,
  FieldError,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Text,
} from 'react-aria-components';
import type { Language } from '../../../shared/schema/common';
import type { District } from '../../../shared/schema/collections';
import { districtName, groupDistricts } from '../lib/districts';
import { searchFilter } from '../lib/search';

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
      <Label className="field-label">{label ?? t('districts.picker.label')}</Label>
      <div className="combobox-control">
        <Input ref={inputRef} className="field-control" placeholder={placeholder ?? t('districts.picker.placeholder')} />
        <Button className="combobox-button" aria-label={t('districts.picker.showAll')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
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
      </Popover>
    </ComboBox>
  );
}
