import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { formatDateTime } from '../../lib/format';
import type { SignatureStatus } from './data';
import type { StatementContextValue } from './statementContext';
import type { useSignActions } from './useSignActions';

interface Props {
  rows: SignatureStatus[];
  context: StatementContextValue;
  actions: ReturnType<typeof useSignActions>;
}

/** Each deputy's latest signature: the version signed, when, how it was given, and its state in words. */
export function SignatureTable({ rows, context, actions }: Props) {
  const { t, i18n } = useTranslation();
  const { identity, deputyName, versionNumber } = context;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <table className="statement-table stmt-signature-table">
      <caption className="visually-hidden">{t('statements.signatures.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statements.signatures.deputy')}</th>
          <th scope="col">{t('statements.signatures.version')}</th>
          <th scope="col">{t('statements.signatures.signedAt')}</th>
          <th scope="col">{t('statements.signatures.how')}</th>
          <th scope="col">{t('statements.signatures.state')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ signature, state, confirmed }) => {
          const { provenance } = signature;
          const own = identity.kind === 'deputy' && identity.deputyId === signature.deputyId;
          return (
            <tr key={signature.id} className={state === 'stale' ? 'is-stale' : undefined}>
              <th scope="row">{deputyName(signature.deputyId)}</th>
              <td>{t('statements.versionTitle', { number: versionNumber(signature.versionId) ?? '?' })}</td>
              <td>{when(signature.signedAt)}</td>
              <td>
                {provenance.channel === 'self'
                  ? t('statements.signatures.self')
                  : t('statements.signatures.given', { channel: t(`statements.channel.${provenance.channel}`), when: provenance.givenAt ? when(provenance.givenAt) : t('common.none') })}
              </td>
              <td>
                <span className={`stmt-sig-state stmt-sig-${state}`}>{t(`statements.signatures.stateLabel.${state}`)}</span>
                {!confirmed ? <span className="stmt-sig-state stmt-sig-unconfirmed">{t('statements.signatures.unconfirmed')}</span> : null}
                {own && !confirmed ? (
                  <Button className="button button-quiet" isDisabled={actions.busy} onPress={() => void actions.confirm(signature.id)}>
                    {t('statements.confirm.action')}
                  </Button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
