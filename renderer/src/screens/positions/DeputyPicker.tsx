import { useMemo, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Language } from '../../../../shared/schema/common';
import type { Deputy, District } from '../../../../shared/schema/collections';
import { districtName } from '../../lib/districts';
import { compareText, searchFilter } from '../../lib/search';

interface Props {
  label: string;
  deputies: readonly Deputy[];
  districts: readonly District[];
  value: string | null;
  onChange: (deputyId: string | null) => void;
  description?: string;
}

/** A searchable choice of one deputy (surname first, ё as е), each with their district beside the name. */
export function DeputyPicker({ label, deputies, districts, value, onChange, description }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const names = useMemo(() => new Map(districts.map((d) => [d.id, districtName(d, language)])), [districts, language]);
  const items = useMemo(() => [...deputies].sort((a, b) => compareText(a.name, b.name, language)), [deputies, language]);
  return (
    <ComboBox
      className="field deputy-choice"
      defaultItems={items}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      defaultFilter={searchFilter}
    >
      <Label className="field-label">{label}</Label>
      <div className="combobox-control">
        <Input className="field-control" placeholder={t('positions.form.deputyPlaceholder')} />
        <Button className="combobox-button" aria-label={t('positions.form.showDeputies')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <Popover className="popover">
        <ListBox<Deputy> className="listbox" renderEmptyState={() => <div className="listbox-empty">{t('positions.form.deputyNoMatches')}</div>}>
          {(deputy) => (
            <ListBoxItem id={deputy.id} className="listbox-item" textValue={deputy.name}>
              <span>{deputy.name}</span>
              <span className="listbox-item-hint"> {names.get(deputy.districtId) ?? ''}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
