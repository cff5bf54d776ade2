import type { DomainChannel } from '../../shared/ipc/channels';
import { diffVersions } from '../../shared/statements/text-diff';
import { AgreementService } from '../domain/agreement-service';
import { adoptLine } from '../domain/lines-service';
import { confirmStance, recordStance } from '../domain/positions-service';
import { StatementsService } from '../domain/statements-service';
import { stanceMatrix } from '../domain/stance-matrix';
import type { ChannelHandlers } from './channel-handlers';
import { ServiceError } from '../domain/service-error';
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
    'statements:sign': ({ statementId, deputyId, onBehalf, versionId }) => {
      const { service, identity } = statements();
      return service.sign(identity, statementId, deputyId, onBehalf, versionId);
    },
    'statements:confirmSignature': ({ signatureId }) => {
      const { service, identity } = statements();
      return service.confirmSignature(identity, signatureId);
    },
    'statements:signatures': async ({ statementId }) => new StatementsService(session.store()).signatures(statementId),
    'statements:list': async () => new StatementsService(session.store()).summaries(),
    'statements:diff': async ({ fromVersionId, toVersionId }) => {
      const store = session.store();
      const from = store.get('statementVersions', fromVersionId);
      const to = store.get('statementVersions', toVersionId);
      if (!from || !to) throw new ServiceError('not_found', 'no such version');
      // The title is plain text: escaped, so that a "<" in it is not read as the start of a tag.
      return diffVersions(`<h1>${escapeHtml(from.title)}</h1>${from.body}`, `<h1>${escapeHtml(to.title)}</h1>${to.body}`);
    },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
