import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/client';
import { errorText } from '../api/errorText';
import { useAnnounce } from '../state/Announcer';
import { applyServerIssues } from './serverIssues';

/**
 * The submit handler of a record form: validated values go to `save`; invalid input saves nothing
 * and is announced (react-hook-form focuses the first invalid field); a refusal from the main
 * process lands on the fields it names, or is announced as an error.
 */
export function useSaveForm<TValues extends FieldValues, TOut>(
  form: UseFormReturn<TValues, unknown, TOut>,
  fields: readonly string[],
  save: (values: TOut) => Promise<void>,
) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const submit = form.handleSubmit(
    async (values) => {
      try {
        await save(values);
      } catch (failure) {
        const error = toApiError(failure);
        if (!applyServerIssues(error, fields, form.setError)) announce(errorText(t, error), 'error');
        else announce(t('errors.invalid'), 'error');
      }
    },
    (errors) => announce(t('errors.formHasErrors', { count: Object.keys(errors).length }), 'error'),
  );
  return { submit, saving: form.formState.isSubmitting };
}
