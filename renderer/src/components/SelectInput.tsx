import type { Key, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';

export interface Option<K extends string = string> {
  id: K;
  label: string;
}

export interface SelectInputProps<K extends string> {
  label: string;
  options: readonly Option<K>[];
  value: K | null;
  onChange: (value: K) => void;
  onBlur?: () => void;
  name?: string;
  description?: string;
  errorMessage?: string;
  placeholder?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  className?: string;
}

/** A labelled drop-down list (react-aria Select) for a small fixed set of choices. */
export function SelectInput<K extends string>(props: SelectInputProps<K>) {
  const { t } = useTranslation();
  const { label, options, value, onChange, errorMessage, description, buttonRef, className } = props;
  return (
    <Select<Option<K>>
      className={`field ${className ?? ''}`}
      name={props.name}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as K);
      }}
      onBlur={props.onBlur}
      isInvalid={errorMessage !== undefined}
      validationBehavior="aria"
      placeholder={props.placeholder ?? t('common.choose')}
    >
      <Label className="field-label">{label}</Label>
      <Button ref={buttonRef} className="field-control select-button">
        <SelectValue className="select-value" />
        <span className="select-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
