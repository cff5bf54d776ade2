import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { compareText } from '../../lib/search';
import { RecordSignatureForm } from './RecordSignatureForm';
import { SignatureTable } from './SignatureTable';
import { useStatement } from './statementContext';
import { useSignActions } from './useSignActions';

/**
 * /statements/:id/signatures — who signed which version. Signatures for an earlier version are
 * listed as such (with the version number), and those deputies are asked to sign again.
 */
export function SignaturesPage() {
  const { t, i18n } = useTranslation();
  const context = useStatement();
  const { statement, current, signatures, identity, deputyName, versionNumber } = context;
  const actions = useSignActions(context);
  const open = statement.status === 'open';
  const rows = [...(signatures ?? [])].sort(
    (a, b) => Number(a.state === 'stale') - Number(b.state === 'stale') || compareText(deputyName(a.signature.deputyId), deputyName(b.signature.deputyId), i18n.language),
  );
  const stale = rows.filter((row) => row.state === 'stale');
  const mine = identity.kind === 'deputy' ? rows.find((row) => row.signature.deputyId === identity.deputyId) : undefined;

  return (
    <>
      <section className="card" aria-labelledby="signatures-title">
        <h2 id="signatures-title">{t('statements.signatures.title')}</h2>
        <p>{current ? t('statements.signatures.intro', { number: current.number }) : t('statements.noVersion')}</p>
        {statement.status !== 'open' ? <p className="stmt-note">{t(`statements.signatures.closed.${statement.status}`)}</p> : null}
        {identity.kind === 'deputy' && open && current && !mine ? (
          <div className="stmt-sign-box">
            <p>{t('statements.signatures.signPrompt', { number: current.number })}</p>
            <Button className="button button-primary" isDisabled={actions.busy} onPress={() => void actions.sign(identity.deputyId)}>
              {t('statements.signatures.sign', { number: current.number })}
            </Button>
          </div>
        ) : null}
        {stale.length > 0 ? (
          <div className="stmt-stale-box" role="note" aria-labelledby="stale-title">
            <h3 id="stale-title">{t('statements.signatures.staleTitle', { count: stale.length })}</h3>
            <ul>
              {stale.map((row) => (
                <li key={row.signature.id}>
                  {t('statements.signatures.staleItem', { name: deputyName(row.signature.deputyId), number: versionNumber(row.signature.versionId) ?? '?' })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {signatures === undefined ? <p className="muted">{t('common.loading')}</p> : null}
        {signatures && rows.length === 0 ? <p className="muted">{t('statements.counts.none')}</p> : null}
        {rows.length > 0 ? <SignatureTable rows={rows} context={context} actions={actions} /> : null}
      </section>
      {identity.kind === 'secretary' && open && current ? <RecordSignatureForm context={context} actions={actions} /> : null}
    </>
  );
}
