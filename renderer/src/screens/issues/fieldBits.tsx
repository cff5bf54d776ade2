import type { ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { SelectInput, type Option } from '../../components/SelectInput';
import { TextInput, type TextInputProps } from '../../components/TextInput';

// Form fields of the issues, positions and contacts forms. Like forms/FormFields, but their error
// messages may also be keys of these areas ('issues.errors.httpLink'), not only the shared 'error.*'.

const MESSAGE_KEY = /^(error|issues\.errors|positions\.errors|contacts\.errors)\.[A-Za-z]+$/;

/** The translated text of a field error: one of the known keys, or a general "invalid value". */
export function useMessage(message: string | undefined, invalid: boolean): string | undefined {
  const { t } = useTranslation();
  if (!invalid) return undefined;
  return t(message && MESSAGE_KEY.test(message) ? message : 'error.invalid');
}

type Bound<T extends FieldValues, TOut> = { control: Control<T, unknown, TOut>; name: FieldPath<T> };

export function BoundText<T extends FieldValues, TOut>({
  control,
  name,
  ...props
}: Bound<T, TOut> & Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'errorMessage' | 'inputRef' | 'name'>) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useMessage(fieldState.error?.message, fieldState.invalid);
  return (
    <TextInput
      {...props}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      errorMessage={errorMessage}
    />
  );
}

export function BoundSelect<T extends FieldValues, TOut, K extends string>({
  control,
  name,
  ...props
}: Bound<T, TOut> & { label: string; options: readonly Option<K>[]; description?: string; className?: string }) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useMessage(fieldState.error?.message, fieldState.invalid);
  return (
    <SelectInput<K>
      {...props}
      name={field.name}
      value={(field.value as K | undefined) ?? null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      buttonRef={field.ref}
      errorMessage={errorMessage}
    />
  );
}

/** Native radio buttons in a fieldset bound to a form field: the browser's own keys and semantics. */
export function BoundRadios<T extends FieldValues, TOut, K extends string>({
  control,
  name,
  legend,
  options,
  className,
}: Bound<T, TOut> & { legend: ReactNode; options: readonly Option<K>[]; className?: string }) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useMessage(fieldState.error?.message, fieldState.invalid);
  const errorId = `${field.name}-error`;
  return (
    <fieldset
      className={`choice-group ${className ?? ''}`}
      aria-invalid={errorMessage !== undefined || undefined}
      aria-describedby={errorMessage ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      <div className="choice-list">
        {options.map((option, index) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name={field.name}
              value={option.id}
              checked={field.value === option.id}
              onChange={() => field.onChange(option.id)}
              onBlur={field.onBlur}
              ref={index === 0 ? field.ref : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      {errorMessage ? (
        <p className="field-error" id={errorId}>
          {errorMessage}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A date-and-time field (datetime-local, the user's time zone) bound to a form field. */
export function BoundDateTime<T extends FieldValues, TOut>({ control, name, label, description }: Bound<T, TOut> & { label: string; description?: string }) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useMessage(fieldState.error?.message, fieldState.invalid);
  const { ref: inputRef, name: fieldName, value, onChange, onBlur } = field;
  return (
    <TextField
      className="field field-datetime"
      name={fieldName}
      value={(value as string | undefined) ?? ''}
      onChange={onChange}
      onBlur={onBlur}
      type="datetime-local"
      isInvalid={errorMessage !== undefined}
      isRequired
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Input ref={inputRef} className="field-control" />
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
