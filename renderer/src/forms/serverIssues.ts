import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../api/client';

/**
 * Puts the field issues of a failed save (the main process validated with the same schema) onto
 * the form's fields. Returns true when at least one issue found its field.
 */
export function applyServerIssues<T extends FieldValues>(error: ApiError, fields: readonly string[], setError: UseFormSetError<T>): boolean {
  let placed = false;
  for (const issue of error.issues) {
    const name = issue.path.join('.');
    const field = fields.find((candidate) => name === candidate || name.startsWith(`${candidate}.`));
    if (!field) continue;
    setError(field as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
