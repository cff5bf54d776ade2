import type { ReactNode } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { Option } from '../components/SelectInput';
import { useFieldError, type Bound } from './FormFields';

// Form fields of the issues and positions forms that forms/FormFields does not have: radios with
// their own options and a date-time field. Text fields are FormText, selects FormSelect.

/** Native radio buttons in a fieldset bound to a form field: the browser's own keys and semantics. */
export function BoundRadios<T extends FieldValues, TOut, K extends string>({
  control,
  name,
  legend,
  options,
  className,
}: Bound<T, TOut> & { legend: ReactNode; options: readonly Option<K>[]; className?: string }) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
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
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
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
