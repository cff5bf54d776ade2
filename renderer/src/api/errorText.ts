import type { TFunction } from 'i18next';
import { toApiError } from './client';

/** What went wrong, in the UI language; a code this build has no text for reads as internal. */
export function errorText(t: TFunction, failure: unknown): string {
  return t([`errors.${toApiError(failure).code}`, 'errors.internal']);
}
