import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectInput, type Option } from '../components/SelectInput';
import { TextInput, type TextInputProps } from '../components/TextInput';
import { errorMessageKey } from './zodMessages';

/** The react-hook-form field a bound control edits. */
export type Bound<T extends FieldValues, TOut> = { control: Control<T, unknown, TOut>; name: FieldPath<T> };

/** The translated message of a field's error, if it has one. */
export function useFieldError(message: string | undefined, invalid: boolean): string | undefined {
  const { t } = useTranslation();
  return invalid ? t(errorMessageKey(message)) : undefined;
}

type FormTextProps<T extends FieldValues, TOut> = Bound<T, TOut> & Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'errorMessage' | 'inputRef' | 'name'>;

/** A text field bound to a react-hook-form field; its value is the raw string typed. */
export function FormText<T extends FieldValues, TOut>({ control, name, ...props }: FormTextProps<T, TOut>) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
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

type FormSelectProps<T extends FieldValues, TOut, K extends string> = Bound<T, TOut> & {
  label: string;
  options: readonly Option<K>[];
  description?: string;
  className?: string;
};

/** A drop-down list bound to a react-hook-form field. */
export function FormSelect<T extends FieldValues, TOut, K extends string>({ control, name, ...props }: FormSelectProps<T, TOut, K>) {
  const { field, fieldState } = useController({ control, name });
  const errorMessage = useFieldError(fieldState.error?.message, fieldState.invalid);
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
