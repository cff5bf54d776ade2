import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import type { StatementContextValue } from './statementContext';
import { useSignActions } from './useSignActions';

/**
 * For the deputy on this laptop: their signature is for an earlier text (sign the current one
 * again), or the secretary recorded it on their word (confirm it). Nothing for anyone else.
 */
export function ResignBanner({ context }: { context: StatementContextValue }) {
  const { t, i18n } = useTranslation();
  const { identity, signatures, statement, current, versionNumber } = context;
  const actions = useSignActions(context);
  if (identity.kind !== 'deputy' || !signatures || !current) return null;
  const mine = signatures.find((status) => status.signature.deputyId === identity.deputyId);
  if (!mine) return null;
  const signedNumber = versionNumber(mine.signature.versionId);

  if (mine.state === 'stale') {
    return (
      <section className="stmt-banner stmt-banner-warning" aria-labelledby="resign-title">
        <h2 id="resign-title" className="stmt-banner-title">
          {t('statements.resign.title')}
        </h2>
        <p>{t('statements.resign.body', { signed: signedNumber ?? '?', current: current.number })}</p>
        <div className="stmt-banner-actions">
          {statement.status === 'open' ? (
            <Button className="button button-primary" isDisabled={actions.busy} onPress={() => void actions.sign(identity.deputyId)}>
              {t('statements.resign.sign', { number: current.number })}
            </Button>
          ) : (
            <p className="muted">{t('statements.resign.notOpen')}</p>
          )}
          <Link className="button" to={`/statements/${statement.id}/versions?from=${mine.signature.versionId}&to=${current.id}`}>
            {t('statements.resign.compare')}
          </Link>
        </div>
      </section>
    );
  }
  if (!mine.confirmed) {
    const { channel, givenAt } = mine.signature.provenance;
    return (
      <section className="stmt-banner" aria-labelledby="confirm-title">
        <h2 id="confirm-title" className="stmt-banner-title">
          {t('statements.confirm.title')}
        </h2>
        <p>
          {t('statements.confirm.body', {
            channel: t(`statements.channel.${channel}`),
            when: givenAt ? formatDateTime(givenAt, i18n.language) : t('common.none'),
          })}
        </p>
        <div className="stmt-banner-actions">
          <Button className="button button-primary" isDisabled={actions.busy} onPress={() => void actions.confirm(mine.signature.id)}>
            {t('statements.confirm.action')}
          </Button>
        </div>
      </section>
    );
  }
  return null;
}
