import type { z } from 'zod';
import { isTranslationKey, type TranslationKey } from '../i18n/keys';

type RawIssue = z.core.$ZodRawIssue;

/**
 * An i18n key for zod's own issues (the schemas carry keys such as 'error.required' only for
 * some checks). Passed to zodResolver as the parse-level error map; messages the schemas set
 * themselves still win, because zod prefers a schema's message to this map.
 */
export function zodIssueKey(issue: RawIssue): TranslationKey {
  switch (issue.code) {
    case 'invalid_type': {
      const input = issue.input;
      if (input === undefined || input === null || input === '') return 'error.required';
      return issue.expected === 'number' || issue.expected === 'int' ? 'error.number' : 'error.invalid';
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'error.required' : 'error.tooShort';
      return issue.origin === 'array' ? 'error.choose' : 'error.tooSmall';
    case 'too_big':
      return issue.origin === 'string' ? 'error.tooLong' : 'error.tooBig';
    case 'invalid_value':
      return 'error.choose';
    case 'invalid_format':
      if (issue.format === 'date') return 'error.date';
      if (issue.format === 'email') return 'error.email';
      return 'error.format';
    default:
      return 'error.invalid';
  }
}

/** The translation key to show for a form error message (a key, or text from elsewhere). */
export function errorMessageKey(message: string | undefined): TranslationKey {
  // A shared key ('error.email') or an area's own ('issues.errors.httpLink') that the dictionaries
  // have (the schemas in shared/schema set them as plain strings); anything else is generic.
  return message && /^(error|[a-z]+\.errors)\.[A-Za-z]+$/.test(message) && isTranslationKey(message) ? message : 'error.invalid';
}
