import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { allowedTransitions, reviewGaps, type StatementStatus } from '../../../../shared/statements/workflow';
import { signatureCounts } from '../../../../shared/statements/signatures';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { oneOf } from '../../lib/oneOf';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import { moveText } from './moveText';
import { SignatureCounts } from './SignatureCounts';
import type { StatementContextValue } from './statementContext';
import { StatusBadge } from './StatusBadge';

/** The next step from each status, shown as the main action; going back or withdrawing is secondary. */
const FORWARD: Partial<Record<StatementStatus, StatementStatus>> = { draft: 'review', review: 'open', open: 'published', withdrawn: 'draft' };

/** Moves that cannot be taken back lightly are confirmed first (each has its statements.confirmMove words). */
const CONFIRMED = ['published', 'withdrawn'] as const satisfies readonly StatementStatus[];

/**
 * Where the statement stands (status, version, signatures) and the moves open from here. A move
 * the service refuses (e.g. opening before the principle review is complete) is said with why.
 */
export function StatusBar({ context }: { context: StatementContextValue }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { statement, current, signatures, principles } = context;
  const [confirming, setConfirming] = useState<(typeof CONFIRMED)[number] | null>(null);
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const moves = allowedTransitions(statement.status);
  const gaps = reviewGaps(statement.review, principles.map((principle) => principle.id));
  const counts = signatureCounts(signatures ?? []);

  const move = async (to: StatementStatus) => {
    setBusy(true);
    setRefusal(undefined);
    try {
      await call('statements:move', { statementId: statement.id, to });
      setConfirming(null);
      announce(t('statements.move.done', { status: t(`statements.status.${to}`) }));
    } catch (failure) {
      setRefusal(statementErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stmt-status-bar card" aria-label={t('statements.statusBar.label')}>
      <p className="stmt-status-summary">
        <StatusBadge status={statement.status} />
        <span>
          {current
            ? t('statements.statusBar.version', { number: current.number, when: formatDateTime(current.savedAt, i18n.language) })
            : t('statements.noVersion')}
        </span>
      </p>
      {signatures ? <SignatureCounts counts={counts} /> : null}
      <div className="stmt-status-moves">
        {moves.map((to) => (
          <Button
            key={to}
            className={`button ${FORWARD[statement.status] === to ? 'button-primary' : ''}`}
            isDisabled={busy}
            onPress={() => (oneOf(CONFIRMED, to) ? setConfirming(to) : void move(to))}
          >
            {moveText(t, statement.status, to)}
          </Button>
        ))}
      </div>
      {moves.includes('open') && gaps.length > 0 ? (
        <p className="field-hint">
          {t('statements.statusBar.reviewFirst', { missing: gaps.length, total: principles.length })}{' '}
          <Link to={`/statements/${statement.id}/review`}>{t('statements.statusBar.toReview')}</Link>
        </p>
      ) : null}
      {confirming ? (
        <div className="stmt-confirm" role="group" aria-label={moveText(t, statement.status, confirming)}>
          <p>{t(`statements.confirmMove.${confirming}`)}</p>
          {confirming === 'published' && counts.stale > 0 ? <p>{t('statements.confirmMove.staleWarning', { count: counts.stale })}</p> : null}
          <div className="form-actions">
            <Button className="button button-primary" isDisabled={busy} autoFocus onPress={() => void move(confirming)}>
              {t(`statements.confirmMove.${confirming}Yes`)}
            </Button>
            <Button className="button" onPress={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      <div role="alert">{refusal ? <p className="error-notice">{refusal}</p> : null}</div>
    </section>
  );
}
