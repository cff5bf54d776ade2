import type { FeatureHandlers } from '../../core/channel-handlers';
import { ServiceError } from '../../core/service-error';
import type { WorkspaceSession } from '../../core/workspace-session';
import { AgreementService } from './agreement-service';
import { stanceMatrix } from './stance-matrix';

/** Agreement figures of the alliance view, computed over the open workspace (agreement-service.ts). */
export function agreementHandlers(session: WorkspaceSession): FeatureHandlers<'agreement'> {
  const agreement = () => new AgreementService(session.store());
  return {
    'agreement:issue': async ({ issueId }) => {
      if (!session.store().get('issues', issueId)) throw new ServiceError('not_found', `issues/${issueId}: no such issue`);
      return agreement().issuePanel(issueId);
    },
    'agreement:overview': async ({ scope, limit }) => {
      const service = agreement();
      const { figures, common, divergent, deputies } = service.overview(scope);
      const shown = [...common.slice(0, limit), ...divergent.slice(0, limit)];
      const labels = service.issueLabels(shown.map((figure) => figure.issueId));
      const labelled = (list: typeof common) => list.slice(0, limit).map((figure) => ({ ...figure, ...labels.get(figure.issueId)! }));
      return {
        deputies,
        issues: figures.length,
        common: labelled(common),
        divergent: labelled(divergent),
        commonTotal: common.length,
        divergentTotal: divergent.length,
      };
    },
    'agreement:deputies': async ({ scope }) => agreement().lineAgreements(scope),
    'agreement:blocs': async ({ scope, threshold, minCommonIssues }) => agreement().blocs(scope, { threshold, minCommonIssues }).blocs,
    'agreement:pairs': async ({ deputyId, scope }) => {
      const pairwise = agreement().pairwise(scope);
      return pairwise.deputyIds
        .filter((other) => other !== deputyId)
        .map((other) => ({ deputyId: other, ...pairwise.between(deputyId, other) }))
        .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || b.issues - a.issues);
    },
    'agreement:matrix': async ({ scope, issueOffset, issueLimit }) => stanceMatrix(session.store(), scope, issueOffset, issueLimit),
    'agreement:principles': async () => {
      const summary = agreement().principles();
      return {
        positionsChecked: summary.positionsChecked,
        principles: [...summary.byPrinciple].map(([principleId, { total, byCategory }]) => ({
          principleId,
          total,
          byCategory: Object.fromEntries(byCategory),
        })),
      };
    },
  };
}
