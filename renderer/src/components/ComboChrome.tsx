import type { ReactNode, Ref } from 'react';
import { Button, FieldError, Input, Label, Popover, Text } from 'react-aria-components';

interface Props {
  label: string;
  placeholder?: string;
  /** The accessible name of the button that opens the whole list. */
  showAllLabel: string;
  onShowAll?: () => void;
  description?: string;
  /** Shown under the field when the combo box is invalid. */
  errorMessage?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The ListBox of the options. */
  children: ReactNode;
}

/**
 * What every searchable picker shows inside its react-aria ComboBox: the label, the search box with
 * its "show all" button, the hint, the error, and the popover with the options.
 */
export function ComboChrome({ label, placeholder, showAllLabel, onShowAll, description, errorMessage, inputRef, children }: Props) {
  return (
    <>
      <Label className="field-label">{label}</Label>
      <div className="combobox-control">
        <Input ref={inputRef} className="field-control" placeholder={placeholder} />
        <Button className="combobox-button" aria-label={showAllLabel} onPress={onShowAll}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      {errorMessage !== undefined ? <FieldError className="field-error">{errorMessage}</FieldError> : null}
      <Popover className="popover">{children}</Popover>
    </>
  );
}
