import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllianceLine } from '../../../../../shared/schema/collections';
import type { Language } from '../../../../../shared/schema/common';
import { useCollection } from '../../../api/useCollection';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { districtName } from '../../../lib/districts';
import { ConsensusFigure } from './ConsensusFigure';
import { CountsList } from './CountsList';
import { formatCount, formatIndex, sideLabel } from './figures';
import { LineCard } from './LineCard';
import { RulesList } from './RulesList';
import { StanceDistribution } from './StanceDistribution';
import { useAgreement } from './useAgreement';

/**
 * The agreement panel of one issue (rendered near the top of /issues/:id): the stance
 * distribution, the agreement index, consensus across districts and groups, the decision rules,
 * the counts every figure rests on, and the alliance line with its form and history.
 */
export function IssueAgreementSection({ issueId }: { issueId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = useId();
  const answer = useAgreement('agreement:issue', { issueId });
  // While another issue's panel is still shown, say "counting" rather than show its figures here.
  const panel = answer.value?.issueId === issueId ? answer.value : undefined;
  const error = answer.error;
  const { items: districts } = useCollection('districts');
  const { items: groups } = useCollection('groups');
  const districtNames = useMemo(() => new Map((districts ?? []).map((d) => [d.id, districtName(d, language)])), [districts, language]);
  const groupNames = useMemo(() => new Map((groups ?? []).map((g) => [g.id, g.name])), [groups]);

  const line = (panel?.line ?? null) as AllianceLine | null;
  return (
    <section className="card agreement-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('alliance.panel.title')}</h2>
      <ErrorNotice error={error} />
      {!panel ? (
        error ? null : <p className="muted">{t('alliance.loading')}</p>
      ) : (
        <>
          <div className="panel-grid">
            <div>
              <h3>{t('alliance.panel.distribution')}</h3>
              <StanceDistribution counts={panel.counts} withStance={panel.withStance} withoutStance={panel.withoutStance} />
              <CountsList withStance={panel.withStance} abstain={panel.counts.abstain} withoutStance={panel.withoutStance} />
            </div>
            {panel.withStance === 0 ? (
              <p className="empty-state">{t('alliance.panel.empty')}</p>
            ) : (
              <div className="panel-figures">
                <div className="figure">
                  <h3 className="figure-title">{t('alliance.panel.index')}</h3>
                  <p className="figure-value">{panel.agreementIndex === null ? t('alliance.panel.noIndex') : formatIndex(panel.agreementIndex, language)}</p>
                  <p className="figure-hint">{t('alliance.panel.indexHint', { n: formatCount(panel.withStance, language) })}</p>
                </div>
                {panel.side ? (
                  <>
                    <p className="panel-side">{t(line ? 'alliance.panel.sideLine' : 'alliance.panel.sideMajority', { side: sideLabel(t, panel.side) })}</p>
                    <ConsensusFigure kind="districts" consensus={panel.districtConsensus} side={panel.side} nameOf={(id) => districtNames.get(id) ?? id} />
                    <ConsensusFigure kind="groups" consensus={panel.groupConsensus} side={panel.side} nameOf={(id) => groupNames.get(id) ?? id} />
                    <div className="figure">
                      <h3 className="figure-title">{t('alliance.rulesTitle')}</h3>
                      <RulesList rules={panel.rules} withStance={panel.withStance} lineRule={line?.rule} />
                    </div>
                  </>
                ) : (
                  <p className="panel-side">{t('alliance.panel.noSide')}</p>
                )}
              </div>
            )}
          </div>
          <LineCard issueId={issueId} line={line} counts={panel.counts} />
        </>
      )}
    </section>
  );
}
