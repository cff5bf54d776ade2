import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { District } from '../../../shared/schema/collections';
import { DistrictPicker } from '../components/DistrictPicker';
import { useFieldError } from './FormFields';

interface Props<T extends FieldValues, TOut> {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  districts: readonly District[];
  label?: string;
}

/** The district picker bound to a react-hook-form field holding a district id (or null). */
export function FormDistrict<T extends FieldValues, TOut>({ control, name, districts, label }: Props<T, TOut>) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
  return (
    <DistrictPicker
      districts={districts}
      label={label}
      name={field.name}
      value={(field.value as string | null | undefined) ?? null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      errorMessage={errorMessage}
    />
  );
}
