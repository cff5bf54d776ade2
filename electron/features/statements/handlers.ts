import { diffVersions } from '../../../shared/statements/text-diff';
import type { FeatureHandlers } from '../../core/channel-handlers';
import { ServiceError } from '../../core/service-error';
import type { WorkspaceSession } from '../../core/workspace-session';
import { StatementsService } from './statements-service';

/** Joint statements: drafts, versions, the principle review, status and signatures (statements-service.ts). */
export function statementsHandlers(session: WorkspaceSession): FeatureHandlers<'statements'> {
  const statements = () => {
    const { store, identity } = session.editor();
    return { service: new StatementsService(store), identity };
  };
  return {
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
