import type { DomainChannel } from '../../shared/ipc/channels';
import { diffVersions } from '../../shared/statements/text-diff';
import { AgreementService } from '../domain/agreement-service';
import { adoptLine } from '../domain/lines-service';
import { confirmStance, recordStance } from '../domain/positions-service';
import { StatementsService } from '../domain/statements-service';
import { stanceMatrix } from '../domain/stance-matrix';
import type { ChannelHandlers } from './channel-handlers';
import { ServiceError } from './service-error';
import type { WorkspaceSession } from './workspace-session';

/** Handlers of the domain channels (stances, lines, agreement, statements) on the open workspace. */
export function domainHandlers(session: WorkspaceSession): Pick<ChannelHandlers, DomainChannel> {
  const agreement = () => new AgreementService(session.store());
  const statements = () => {
    const { store, identity } = session.editor();
    return { service: new StatementsService(store), identity };
  };
  return {
    'positions:record': (input) => {
      const { store, identity } = session.editor();
      return recordStance(store, identity, input);
    },
    'positions:confirm': ({ id }) => {
      const { store, identity } = session.editor();
      return confirmStance(store, identity, id);
    },
    'lines:adopt': (input) => {
      const { store, identity } = session.editor();
      return adoptLine(store, identity, input);
    },
    'agreement:issue': async ({ issueId }) => {
      if (!session.store().get('issues', issueId)) throw new ServiceError('not_found', `issues/${issueId}: no such issue`);
      return agreement().issuePanel(issueId);
    },
    'agreement:overview': async ({ scope, limit }) => {
      const { figures, common, divergent, deputies } = agreement().overview(scope);
      return {
        deputies,
        issues: figures.length,
        common: common.slice(0, limit),
        divergent: divergent.slice(0, limit),
        commonTotal: common.length,
        divergentTotal: divergent.length,
      };
    },
    'agreement:deputies': async ({ scope }) => agreement().lineAgreements(scope),
    'agreement:blocs': async ({ scope, threshold, minCommonIssues }) => agreement().blocs(scope, { threshold, minCommonIssues }).blocs,
    'agreement:pairs': async ({ deputyId, scope }) => {
      const { pairwise } = agreement().blocs(scope);
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
    'statements:create': (input) => {
      const { service, identity } = statements();
      return service.createDraft(identity, input);
    },
    'statements:saveVersion': ({ statementId, title, body }) => {
      const { service, identity } = statements();
      return service.saveVersion(identity, statementId, { title, body });
    },
    'statements:restoreVersion': ({ versionId }) => {
      const { service, identity } = statements();
      return service.restoreVersion(identity, versionId);
    },
    'statements:setReview': ({ statementId, review }) => statements().service.setReview(statementId, review),
    'statements:move': ({ statementId, to }) => {
      const { service, identity } = statements();
      return service.moveStatus(identity, statementId, to);
    },
    'statements:sign': ({ statementId, deputyId, onBehalf }) => {
      const { service, identity } = statements();
      return service.sign(identity, statementId, deputyId, onBehalf);
    },
    'statements:confirmSignature': ({ signatureId }) => {
      const { service, identity } = statements();
      return service.confirmSignature(identity, signatureId);
    },
    'statements:signatures': async ({ statementId }) => new StatementsService(session.store()).signatures(statementId),
    'statements:diff': async ({ fromVersionId, toVersionId }) => {
      const store = session.store();
      const from = store.get('statementVersions', fromVersionId);
      const to = store.get('statementVersions', toVersionId);
      if (!from || !to) throw new ServiceError('not_found', 'no such version');
      return diffVersions(`<h1>${from.title}</h1>${from.body}`, `<h1>${to.title}</h1>${to.body}`);
    },
  };
}
