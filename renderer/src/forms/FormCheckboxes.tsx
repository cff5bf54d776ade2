import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { Option } from '../components/SelectInput';
import { useFieldError } from './FormFields';

interface Props<T extends FieldValues, TOut> {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  label: string;
  options: readonly Option[];
  /** Shown instead of the boxes when there is nothing to choose from. */
  emptyText: string;
}

/** Native checkboxes in a fieldset, bound to a react-hook-form field holding the chosen ids. */
export function FormCheckboxes<T extends FieldValues, TOut>({ control, name, label, options, emptyText }: Props<T, TOut>) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
  const chosen = (field.value as string[] | undefined) ?? [];
  const toggle = (id: string, on: boolean) => field.onChange(on ? [...chosen, id] : chosen.filter((value) => value !== id));
  return (
    <fieldset className="choice-group" aria-invalid={errorMessage !== undefined || undefined}>
      <legend className="field-label">{label}</legend>
      {options.length === 0 ? <p className="field-hint">{emptyText}</p> : null}
      <div className="choice-list">
        {options.map((option, index) => (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              name={field.name}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
              onBlur={field.onBlur}
              ref={index === 0 ? field.ref : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      {errorMessage ? <p className="field-error">{errorMessage}</p> : null}
    </fieldset>
  );
}
