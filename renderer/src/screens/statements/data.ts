import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { CollectionName, Signature } from '../../../../shared/schema/collections';
import { api } from '../../api/bridge';
import { call, toApiError, type ApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { isTranslationKey } from '../../i18n/keys';

export type StatementSummary = ChannelOutput<'statements:list'>[number];
export interface SignatureStatus {
  signature: Signature;
  state: 'current' | 'stale';
  confirmed: boolean;
}

/**
 * The answer of a read channel, asked again when the main process reports a change to one of the
 * collections it rests on (a burst of changes, such as a sync, reloads once).
 */
export function useChannelValue<T>(load: () => Promise<T>, collections: readonly CollectionName[]) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const generation = useRef(0);
  const watched = collections.join(',');

  const reload = useCallback(() => {
    const ticket = ++generation.current;
    load().then(
      (result) => {
        if (ticket !== generation.current) return;
        setValue(result);
        setError(undefined);
      },
      (failure: unknown) => {
        if (ticket === generation.current) setError(toApiError(failure));
      },
    );
  }, [load]);

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const names = watched.split(',');
    const unsubscribe = api().on('records:changed', (change) => {
      if (!names.includes(change.collection) || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        reload();
      }, 25);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [reload, watched]);

  return { value, error, reload };
}

const LIST_SOURCES: readonly CollectionName[] = ['statements', 'statementVersions', 'signatures'];
const loadList = () => call('statements:list');

/** Every statement with its signature counts (statements:list), kept current. */
export function useStatementList() {
  const { value, error } = useChannelValue(loadList, LIST_SOURCES);
  return { statements: value, error };
}

/** Each deputy's latest signature on a statement, current or for an earlier version. */
export function useSignatures(statementId: string) {
  const load = useCallback(
    async () => (await call('statements:signatures', { statementId })) as unknown as SignatureStatus[],
    [statementId],
  );
  const { value, error } = useChannelValue(load, LIST_SOURCES);
  return { signatures: value, error };
}

/**
 * A failed statement call in the user's language: the domain's refusals come back as code
 * 'invalid' with an i18n key ('statement.review_incomplete', …) and are said precisely.
 */
export function statementErrorText(t: TFunction, failure: unknown): string {
  const error = toApiError(failure);
  const match = error.code === 'invalid' ? /^statement\.([a-z_]+)$/.exec(error.message) : null;
  if (match) {
    // The refusal codes are plain strings from the main process (electron/domain/statements-service.ts).
    const key = `statements.errors.${match[1]}`;
    return t(isTranslationKey(key) ? key : 'errors.invalid');
  }
  return errorText(t, error);
}
