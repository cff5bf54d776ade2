import type { TFunction } from 'i18next';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { CollectionName } from '../../../../shared/schema/collections';
import { call, toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useLiveQuery } from '../../api/useLiveQuery';
import { isTranslationKey } from '../../i18n/keys';

export type StatementSummary = ChannelOutput<'statements:list'>[number];
export type SignatureStatus = ChannelOutput<'statements:signatures'>[number];

const LIST_SOURCES: readonly CollectionName[] = ['statements', 'statementVersions', 'signatures'];

/** Every statement with its signature counts (statements:list), kept current. */
export function useStatementList() {
  const { data, error } = useLiveQuery(() => call('statements:list'), [], { collections: LIST_SOURCES });
  return { statements: data, error };
}

/** Each deputy's latest signature on a statement, current or for an earlier version. */
export function useSignatures(statementId: string) {
  const { data, error } = useLiveQuery(() => call('statements:signatures', { statementId }), [statementId], { collections: LIST_SOURCES });
  return { signatures: data, error };
}

/**
 * A failed statement call in the user's language: the domain's refusals come back as code
 * 'invalid' with an i18n key ('statement.review_incomplete', …) and are said precisely.
 */
export function statementErrorText(t: TFunction, failure: unknown): string {
  const error = toApiError(failure);
  const match = error.code === 'invalid' ? /^statement\.([a-z_]+)$/.exec(error.message) : null;
  if (match) {
    // The refusal codes are plain strings from the main process (electron/features/statements/statements-service.ts).
    const key = `statements.errors.${match[1]}`;
    return t(isTranslationKey(key) ? key : 'errors.invalid');
  }
  return errorText(t, error);
}
