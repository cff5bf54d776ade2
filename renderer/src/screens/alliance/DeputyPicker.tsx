import { useMemo, type Key } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Deputy } from '../../../../shared/schema/collections';
import { compareText, searchFilter } from '../../lib/search';

interface Props {
  deputies: readonly Deputy[];
  value: string | null;
  onChange: (deputyId: string | null) => void;
  label: string;
  placeholder: string;
  description?: string;
  /** The district name beside each name, so namesakes can be told apart. */
  districtOf: (deputyId: string) => string;
}

/** A searchable list of active deputies (ё and е match alike). */
export function DeputyPicker({ deputies, value, onChange, label, placeholder, description, districtOf }: Props) {
  const { t } = useTranslation();
  const items = useMemo(
    () =>
      deputies
        .filter((deputy) => deputy.status === 'active')
        .map((deputy) => ({ id: deputy.id, name: deputy.name, district: districtOf(deputy.id) }))
        .sort((a, b) => compareText(a.name, b.name)),
    [deputies, districtOf],
  );
  return (
    <ComboBox className="field deputy-picker" items={items} value={value} onChange={(key: Key | null) => onChange(key === null ? null : String(key))} defaultFilter={searchFilter}>
      <Label className="field-label">{label}</Label>
      <div className="combobox-control">
        <Input className="field-control" placeholder={placeholder} />
        <Button className="combobox-button" aria-label={t('alliance.blocs.showAll')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <Popover className="popover">
        <ListBox className="listbox">
          {(item: (typeof items)[number]) => (
            <ListBoxItem id={item.id} textValue={item.name} className="listbox-item">
              {item.name}
              {item.district ? <span className="cell-aside"> · {item.district}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
