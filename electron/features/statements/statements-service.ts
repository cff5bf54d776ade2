import type { Identity } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/schema/common';
import type { EntityOf, Statement, StatementVersion } from '../../../shared/schema/collections';
import { signatureId } from '../../../shared/domain/record-ids';
import { contentHash } from '../../../shared/statements/hash';
import { signatureCounts, signatureStatuses } from '../../../shared/statements/signatures';
import { draftFromTemplate, type TemplateKind } from '../../../shared/statements/templates';
import { transitionProblem, type StatementStatus } from '../../../shared/statements/workflow';
import type { WorkspaceStore } from '../../store/workspace-store';
import { authorOf } from '../../../shared/domain/author';
import { ServiceError } from '../../core/service-error';

/**
 * Joint statements: every saved text is a version with its author, time and content
 * hash; a signature names the version and carries its hash, so an edit after signing shows which
 * signatures are for an older text.
 */
export class StatementsService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createDraft(identity: Identity, input: { language: Language; issueIds: string[]; template: TemplateKind }): Promise<Statement> {
    const issue = input.issueIds[0] ? this.store.get('issues', input.issueIds[0]) : undefined;
    const draft = draftFromTemplate(input.template, {
      language: input.language,
      issue,
      line: issue ? this.store.byIndex('allianceLines', 'issueId', issue.id)[0] : undefined,
      principles: this.store.list('principles', { orderBy: 'number' }).items,
      districtNames: (issue?.districtIds ?? []).map((id) => this.store.get('districts', id)?.name ?? id),
    });
    const statement = await this.store.create('statements', {
      title: draft.title,
      issueIds: input.issueIds,
      language: input.language,
      status: 'draft',
      body: draft.body,
      statusHistory: [{ status: 'draft', by: authorOf(identity), at: this.now().toISOString() }],
    });
    await this.saveVersion(identity, statement.id, { title: draft.title, body: draft.body });
    return this.store.get('statements', statement.id)!;
  }

  versions(statementId: string): StatementVersion[] {
    return this.store.byIndex('statementVersions', 'statementId', statementId).sort((a, b) => a.number - b.number);
  }

  /** Saves the text as a new version (unless it is the current text already) and makes it current. */
  async saveVersion(identity: Identity, statementId: string, content: { title: string; body: string }): Promise<StatementVersion> {
    const statement = this.mustGet(statementId);
    // A published or withdrawn text is not edited; it is taken up again as a draft first.
    if (statement.status === 'published' || statement.status === 'withdrawn') throw new ServiceError('invalid', 'statement.locked');
    const hash = await contentHash({ ...content, language: statement.language });
    const versions = this.versions(statementId);
    const current = versions.find((version) => version.id === statement.currentVersionId);
    if (current && current.hash === hash) return current;
    const [versionId] = await this.store.batch([
      {
        kind: 'put',
        collection: 'statementVersions',
        data: {
          statementId,
          number: (versions.at(-1)?.number ?? 0) + 1,
          title: content.title,
          body: content.body,
          hash,
          author: authorOf(identity),
          savedAt: this.now().toISOString(),
        },
      },
    ]);
    await this.store.patch('statements', statementId, { title: content.title, body: content.body, currentVersionId: versionId });
    return this.store.get('statementVersions', versionId!)!;
  }

  /** Restores an older version's text as a new version. */
  async restoreVersion(identity: Identity, versionId: string): Promise<StatementVersion> {
    const version = this.store.get('statementVersions', versionId);
    if (!version) throw new ServiceError('not_found', `statementVersions/${versionId}: no such version`);
    return this.saveVersion(identity, version.statementId, { title: version.title, body: version.body });
  }

  /**
   * The principle review is settled before the statement opens for signature: once it is open (or
   * published, withdrawn) the review is changed only after moving it back to review.
   */
  async setReview(statementId: string, review: EntityOf<'statements'>['review']): Promise<Statement> {
    const statement = this.mustGet(statementId);
    if (statement.status !== 'draft' && statement.status !== 'review') throw new ServiceError('invalid', 'statement.review_locked');
    return this.store.patch('statements', statementId, { review });
  }

  async moveStatus(identity: Identity, statementId: string, to: StatementStatus): Promise<Statement> {
    const statement = this.mustGet(statementId);
    const problem = transitionProblem(statement.status, to, {
      review: statement.review,
      principleIds: this.store.list('principles').items.map((principle) => principle.id),
      hasVersion: statement.currentVersionId !== undefined,
    });
    if (problem) throw new ServiceError('invalid', `statement.${problem}`);
    return this.store.patch('statements', statementId, {
      status: to,
      statusHistory: [...statement.statusHistory, { status: to, by: authorOf(identity), at: this.now().toISOString() }],
    });
  }

  /**
   * Signs the current version: a deputy signs for themself (confirmed); the secretary records a
   * signature given by phone or in person, unconfirmed until the deputy confirms. When the caller
   * names the version it showed (`versionId`), a text saved meanwhile is refused rather than signed
   * unread; a second signature of the same text is refused too.
   */
  async sign(
    identity: Identity,
    statementId: string,
    deputyId: string,
    onBehalf?: { channel: 'phone' | 'meeting' | 'message'; givenAt: string },
    versionId?: string,
  ) {
    const statement = this.mustGet(statementId);
    if (statement.status !== 'open') throw new ServiceError('invalid', 'statement.not_open');
    const version = statement.currentVersionId ? this.store.get('statementVersions', statement.currentVersionId) : undefined;
    if (!version) throw new ServiceError('invalid', 'statement.no_version');
    if (versionId !== undefined && versionId !== version.id) throw new ServiceError('invalid', 'statement.version_changed');
    if (!this.store.get('deputies', deputyId)) throw new ServiceError('not_found', `deputies/${deputyId}: no such deputy`);
    const latest = signatureStatuses(this.store.byIndex('signatures', 'statementId', statementId), version.hash).find(
      (status) => status.signature.deputyId === deputyId,
    );
    if (latest?.state === 'current') throw new ServiceError('invalid', 'statement.already_signed');
    const at = this.now().toISOString();
    let provenance: EntityOf<'signatures'>['provenance'];
    if (identity.kind === 'deputy') {
      if (identity.deputyId !== deputyId) throw new ServiceError('forbidden', 'a deputy signs only for themself');
      provenance = { enteredBy: deputyId, channel: 'self', confirmed: true, confirmedAt: at };
    } else {
      if (!onBehalf) throw new ServiceError('invalid', 'statement.channel_required');
      provenance = { enteredBy: 'secretary', channel: onBehalf.channel, givenAt: onBehalf.givenAt, confirmed: false };
    }
    const fields = { statementId, versionId: version.id, deputyId, hash: version.hash, signedAt: at, provenance };
    return this.store.create('signatures', fields, signatureId(deputyId, version.id));
  }

  async confirmSignature(identity: Identity, signatureId: string) {
    const signature = this.store.get('signatures', signatureId);
    if (!signature) throw new ServiceError('not_found', `signatures/${signatureId}: no such signature`);
    if (identity.kind !== 'deputy' || identity.deputyId !== signature.deputyId) {
      throw new ServiceError('forbidden', 'only the deputy can confirm their own signature');
    }
    return this.store.patch('signatures', signatureId, {
      provenance: { ...signature.provenance, confirmed: true, confirmedAt: this.now().toISOString() },
    });
  }

  /** Each deputy's latest signature, current or for an earlier version. */
  signatures(statementId: string) {
    const statement = this.mustGet(statementId);
    const current = statement.currentVersionId ? this.store.get('statementVersions', statement.currentVersionId) : undefined;
    return signatureStatuses(this.store.byIndex('signatures', 'statementId', statementId), current?.hash);
  }

  /** For lists: each statement without its body, its current version number and its signatures' states. */
  summaries() {
    return this.store.list('statements').items.map((statement) => {
      const current = statement.currentVersionId ? this.store.get('statementVersions', statement.currentVersionId) : undefined;
      const statuses = signatureStatuses(this.store.byIndex('signatures', 'statementId', statement.id), current?.hash);
      return {
        id: statement.id,
        title: statement.title,
        status: statement.status,
        language: statement.language,
        issueIds: statement.issueIds,
        updatedAt: statement.updatedAt,
        versionNumber: current?.number ?? null,
        counts: signatureCounts(statuses),
        signers: statuses.map((status) => ({ deputyId: status.signature.deputyId, state: status.state, confirmed: status.confirmed })),
      };
    });
  }

  private mustGet(statementId: string): Statement {
    const statement = this.store.get('statements', statementId);
    if (!statement) throw new ServiceError('not_found', `statements/${statementId}: no such statement`);
    return statement;
  }
}
