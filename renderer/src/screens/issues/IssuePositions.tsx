import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import type { Identity } from '../../../../shared/ipc/contract';
import type { Deputy, Issue, Position, Principle } from '../../../../shared/schema/collections';
import { toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { compareText } from '../../lib/search';
import { useAnnounce } from '../../state/Announcer';
import { confirmStance } from '../shared/positions/positionsApi';
import { ProvenanceLine } from '../shared/positions/ProvenanceLine';
import { STANCES, stanceRank } from '../shared/positions/stances';

interface Props {
  issue: Issue;
  positions: readonly Position[];
  deputies: ReadonlyMap<string, Deputy>;
  principles: readonly Principle[];
  identity: Identity;
}

/** Every deputy's position on the issue, with its reasons, principle checks and provenance; counts on top. */
export function IssuePositions({ issue, positions, deputies, principles, identity }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const name = (id: string) => deputies.get(id)?.name ?? id;
  const sorted = useMemo(() => {
    const nameOf = (id: string) => deputies.get(id)?.name ?? id;
    return [...positions].sort((a, b) => stanceRank(a.stance) - stanceRank(b.stance) || compareText(nameOf(a.deputyId), nameOf(b.deputyId), i18n.language));
  }, [positions, deputies, i18n.language]);
  // What the count rests on: how many took each stance (those none took are left out), and how many are unconfirmed.
  const unconfirmed = positions.filter((p) => !p.provenance.confirmed).length;
  const basis = [
    ...STANCES.map((stance) => ({ stance, count: positions.filter((p) => p.stance === stance).length }))
      .filter(({ count }) => count > 0)
      .map(({ stance, count }) => t('issues.page.stanceCount', { stance: t(`positions.stances.${stance}`).toLocaleLowerCase(i18n.language), count })),
    ...(unconfirmed > 0 ? [t('issues.page.unconfirmedCount', { count: unconfirmed })] : []),
  ].join('; ');
  const principleTitle = new Map(principles.map((p) => [p.id, t('principles.numbered', { number: p.number, title: p.title })]));
  const without = [...deputies.values()]
    .filter((d) => d.status === 'active' && issue.districtIds.includes(d.districtId) && !positions.some((p) => p.deputyId === d.id))
    .sort((a, b) => compareText(a.name, b.name, i18n.language));
  const mine = identity.kind === 'deputy' ? identity.deputyId : undefined;

  const confirm = async (position: Position) => {
    try {
      await confirmStance(position.id);
      announce(t('positions.confirmed'));
    } catch (failure) {
      announce(errorText(t, toApiError(failure)), 'error');
    }
  };

  return (
    <section className="issue-positions" aria-labelledby="issue-positions-title">
      <h2 id="issue-positions-title">{t('issues.page.positions')}</h2>
      {positions.length === 0 ? (
        <p className="muted">{t('issues.page.noPositions')}</p>
      ) : (
        <p className="figure-basis">
          {t('issues.page.positionsCount', { count: positions.length })}: {basis}.
        </p>
      )}
      <ul className="card-list position-list">
        {sorted.map((position) => (
          <li key={position.id} className="card position-card">
            <h3 className="position-deputy">
              <Link to={`/deputies/${position.deputyId}/view`}>{name(position.deputyId)}</Link>
            </h3>
            <p>
              <span className={`stance-badge stance-badge-${position.stance}`}>{t(`positions.stances.${position.stance}`)}</span>
            </p>
            {position.reasons.trim() ? <p className="position-reasons">{position.reasons}</p> : null}
            {position.principleChecks.length > 0 ? (
              <ul className="check-list">
                {position.principleChecks.map((check) => (
                  <li key={check.principleId} className={`check check-${check.verdict}`}>
                    <span className="check-principle">{principleTitle.get(check.principleId) ?? check.principleId}:</span>{' '}
                    {t(`positions.verdicts.${check.verdict}`).toLocaleLowerCase(i18n.language)}
                    {check.note.trim() ? ` — ${check.note}` : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <ProvenanceLine provenance={position.provenance} />
            <div className="position-actions">
              {mine === position.deputyId && !position.provenance.confirmed ? (
                <Button className="button button-primary" onPress={() => void confirm(position)}>
                  {t('positions.confirm')}
                </Button>
              ) : null}
              {mine === position.deputyId || identity.kind === 'secretary' ? (
                <Link
                  className="button"
                  to={`/issues/${issue.id}/position${mine ? '' : `?deputy=${position.deputyId}`}`}
                  aria-label={t('issues.page.openPosition', { name: name(position.deputyId) })}
                >
                  {t('issues.page.openPositionShort')}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {without.length > 0 ? (
        <div className="without-position">
          <p>{t('issues.page.withoutPosition')}</p>
          <ul className="plain-list inline-list">
            {without.map((deputy) => (
              <li key={deputy.id}>
                {identity.kind === 'secretary' ? (
                  <Link to={`/issues/${issue.id}/position?deputy=${deputy.id}`} aria-label={t('issues.page.recordFor', { name: deputy.name })}>
                    {deputy.name}
                  </Link>
                ) : (
                  <Link to={`/deputies/${deputy.id}/view`}>{deputy.name}</Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
