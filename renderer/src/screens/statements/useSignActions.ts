import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import type { StatementContextValue } from './statementContext';

export interface OnBehalf {
  channel: 'phone' | 'meeting' | 'message';
  givenAt: string;
}

/**
 * Signing the current version (the one on screen: a text saved meanwhile is refused, not signed
 * unread), recording a signature given to the secretary, and confirming one — each said aloud.
 */
export function useSignActions({ statement, current, deputyName }: StatementContextValue) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      announce(done);
      return true;
    } catch (failure) {
      announce(statementErrorText(t, failure), 'error');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const sign = (deputyId: string) =>
    run(
      () => call('statements:sign', { statementId: statement.id, deputyId, ...(current ? { versionId: current.id } : {}) }),
      t('statements.signatures.signed', { number: current?.number ?? 0 }),
    );
  const record = (deputyId: string, onBehalf: OnBehalf) =>
    run(
      () => call('statements:sign', { statementId: statement.id, deputyId, onBehalf, ...(current ? { versionId: current.id } : {}) }),
      t('statements.signatures.recorded', { name: deputyName(deputyId) }),
    );
  const confirm = (signatureId: string) => run(() => call('statements:confirmSignature', { signatureId }), t('statements.signatures.confirmed'));

  return { sign, record, confirm, busy };
}
