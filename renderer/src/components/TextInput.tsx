import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

export interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  description?: string;
  /** Translated error; the field is marked invalid while it is set. */
  errorMessage?: string;
  optional?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'date' | 'search';
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  className?: string;
  autoFocus?: boolean;
}

/** A labelled text field (react-aria) with its hint and translated error tied to it by ARIA. */
export function TextInput(props: TextInputProps) {
  const { t } = useTranslation();
  const { label, errorMessage, description, optional, multiline, inputRef, rows = 4, className, ...rest } = props;
  return (
    <TextField
      className={`field ${className ?? ''}`}
      name={rest.name}
      value={rest.value}
      onChange={rest.onChange}
      onBlur={rest.onBlur}
      type={multiline ? undefined : rest.type}
      inputMode={rest.inputMode}
      autoComplete={rest.autoComplete}
      autoFocus={rest.autoFocus}
      isInvalid={errorMessage !== undefined}
      isRequired={!optional}
      // Validation comes from the shared zod schemas, not from the browser.
      validationBehavior="aria"
    >
      <Label className="field-label">
        {label}
        {optional ? <span className="field-optional"> ({t('common.optional')})</span> : null}
      </Label>
      {multiline ? (
        <TextArea ref={inputRef} rows={rows} className="field-control" placeholder={rest.placeholder} />
      ) : (
        <Input ref={inputRef} className="field-control" placeholder={rest.placeholder} />
      )}
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
