import type { Identity, IpcError } from '../../../shared/ipc/contract';
import type { CollectionName, Signature, Statement, StatementVersion } from '../../../shared/schema/collections';
import { canonicalContent } from '../../../shared/statements/hash';
import { signatureCounts, signatureStatuses } from '../../../shared/statements/signatures';
import { draftFromTemplate, type TemplateKind } from '../../../shared/statements/templates';
import { diffVersions } from '../../../shared/statements/text-diff';
import { transitionProblem, type StatementStatus } from '../../../shared/statements/workflow';
import type { FakeApi } from './fakeApi';

type Fields = Record<string, unknown>;
type Stored = Fields & { id: string; createdAt: string; updatedAt: string };

/** What the fake lends these handlers: its writes (validated, logged, announced) and who is editing. */
export interface StatementWrites {
  put: (collection: CollectionName, id: string, data: Fields) => Stored;
  patch: (input: { collection: CollectionName; id: string; data: Fields }) => Stored;
  identity: () => Identity | null | undefined;
}

const fail = (error: IpcError): never => {
  throw error;
};
const refuse = (key: string): never => fail({ code: 'invalid', message: `statement.${key}` });

/**
 * A stand-in for the SHA-256 content hash (jsdom has no SubtleCrypto): 64 hex digits that are equal
 * exactly when the canonical content is — which is all the screens rely on.
 */
function fakeHash(text: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const COUNTERS = new WeakMap<FakeApi, { clock: number; ids: number }>();

/**
 * The statements:* channels in memory, following electron/domain/statements-service.ts: versions
 * with author, time and hash; the workflow and its refusals (as i18n keys); signatures bound to the
 * current version's hash, a deputy's own confirmed, the secretary's unconfirmed until confirmed.
 */
export function statementHandlers(fake: FakeApi, writes: StatementWrites) {
  // The fake builds its handlers anew for every api(): the counters live with the fake itself.
  const counters = COUNTERS.get(fake) ?? { clock: 0, ids: 0 };
  COUNTERS.set(fake, counters);
  const now = () => new Date(Date.UTC(2025, 3, 1, 9, 0) + ++counters.clock * 60_000).toISOString();
  const newId = (prefix: string) => `${prefix}${++counters.ids}`;
  const get = <T>(collection: CollectionName, id: string | undefined) => fake.all(collection).find((record) => record.id === id) as unknown as (T & Stored) | undefined;
  const author = () => {
    const identity = writes.identity();
    return identity?.kind === 'deputy' ? identity.deputyId : 'secretary';
  };
  const mustGet = (id: string) => get<Statement>('statements', id) ?? fail({ code: 'not_found', message: `statements/${id}` });
  const versionsOf = (statementId: string) =>
    (fake.all('statementVersions') as unknown as StatementVersion[]).filter((v) => v.statementId === statementId).sort((a, b) => a.number - b.number);
  const signaturesOf = (statementId: string) => (fake.all('signatures') as unknown as Signature[]).filter((s) => s.statementId === statementId);
  const currentOf = (statement: Statement) => get<StatementVersion>('statementVersions', statement.currentVersionId);

  const saveVersion = (statementId: string, content: { title: string; body: string }) => {
    const statement = mustGet(statementId);
    if (statement.status === 'published' || statement.status === 'withdrawn') refuse('locked');
    const hash = fakeHash(canonicalContent({ ...content, language: statement.language }));
    const current = currentOf(statement);
    if (current && current.hash === hash) return current;
    const version = writes.put('statementVersions', newId('ver'), {
      statementId,
      number: (versionsOf(statementId).at(-1)?.number ?? 0) + 1,
      title: content.title,
      body: content.body,
      hash,
      author: author(),
      savedAt: now(),
    });
    writes.patch({ collection: 'statements', id: statementId, data: { title: content.title, body: content.body, currentVersionId: version.id } });
    return version;
  };

  return {
    'statements:create': (input: { language: 'ru' | 'en'; issueIds: string[]; template: TemplateKind }) => {
      const issue = get<never>('issues', input.issueIds[0]);
      const draft = draftFromTemplate(input.template, { language: input.language, issue, principles: fake.all('principles') as never, districtNames: [] });
      const statement = writes.put('statements', newId('stm'), {
        title: draft.title,
        issueIds: input.issueIds,
        language: input.language,
        status: 'draft',
        body: draft.body,
        review: [],
        dissentAnnex: '',
        statusHistory: [{ status: 'draft', by: author(), at: now() }],
      });
      saveVersion(statement.id, draft);
      return get('statements', statement.id);
    },
    'statements:saveVersion': (input: { statementId: string; title: string; body: string }) => saveVersion(input.statementId, input),
    'statements:restoreVersion': (input: { versionId: string }) => {
      const version = get<StatementVersion>('statementVersions', input.versionId) ?? fail({ code: 'not_found', message: 'no such version' });
      return saveVersion(version.statementId, version);
    },
    'statements:setReview': (input: { statementId: string; review: Statement['review'] }) => {
      const statement = mustGet(input.statementId);
      if (statement.status !== 'draft' && statement.status !== 'review') refuse('review_locked');
      return writes.patch({ collection: 'statements', id: input.statementId, data: { review: input.review } });
    },
    'statements:move': (input: { statementId: string; to: StatementStatus }) => {
      const statement = mustGet(input.statementId);
      const principleIds = fake.all('principles').map((principle) => principle.id);
      const problem = transitionProblem(statement.status, input.to, { review: statement.review, principleIds, hasVersion: !!statement.currentVersionId });
      if (problem) refuse(problem);
      const statusHistory = [...statement.statusHistory, { status: input.to, by: author(), at: now() }];
      return writes.patch({ collection: 'statements', id: input.statementId, data: { status: input.to, statusHistory } });
    },
    'statements:sign': (input: { statementId: string; deputyId: string; versionId?: string; onBehalf?: { channel: string; givenAt: string } }) => {
      const statement = mustGet(input.statementId);
      if (statement.status !== 'open') refuse('not_open');
      const version = currentOf(statement) ?? refuse('no_version');
      if (input.versionId !== undefined && input.versionId !== version.id) refuse('version_changed');
      const latest = signatureStatuses(signaturesOf(statement.id), version.hash).find((status) => status.signature.deputyId === input.deputyId);
      if (latest?.state === 'current') refuse('already_signed');
      const identity = writes.identity();
      const at = now();
      let provenance: Fields;
      if (identity?.kind === 'deputy') {
        if (identity.deputyId !== input.deputyId) fail({ code: 'forbidden', message: 'a deputy signs only for themself' });
        provenance = { enteredBy: input.deputyId, channel: 'self', confirmed: true, confirmedAt: at };
      } else {
        if (!input.onBehalf) refuse('channel_required');
        provenance = { enteredBy: 'secretary', channel: input.onBehalf!.channel, givenAt: input.onBehalf!.givenAt, confirmed: false };
      }
      return writes.put('signatures', newId('sig'), { statementId: statement.id, versionId: version.id, deputyId: input.deputyId, hash: version.hash, signedAt: at, provenance });
    },
    'statements:confirmSignature': (input: { signatureId: string }) => {
      const signature = get<Signature>('signatures', input.signatureId) ?? fail({ code: 'not_found', message: 'no such signature' });
      const identity = writes.identity();
      if (identity?.kind !== 'deputy' || identity.deputyId !== signature.deputyId) fail({ code: 'forbidden', message: 'only the deputy confirms' });
      return writes.patch({ collection: 'signatures', id: signature.id, data: { provenance: { ...signature.provenance, confirmed: true, confirmedAt: now() } } });
    },
    'statements:signatures': (input: { statementId: string }) => {
      const statement = mustGet(input.statementId);
      return signatureStatuses(signaturesOf(statement.id) as (Signature & { id: string })[], currentOf(statement)?.hash);
    },
    'statements:list': () =>
      (fake.all('statements') as unknown as (Statement & Stored)[]).map((statement) => {
        const current = currentOf(statement);
        const statuses = signatureStatuses(signaturesOf(statement.id) as (Signature & { id: string })[], current?.hash);
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
      }),
    'statements:diff': (input: { fromVersionId: string; toVersionId: string }) => {
      const from = get<StatementVersion>('statementVersions', input.fromVersionId);
      const to = get<StatementVersion>('statementVersions', input.toVersionId);
      if (!from || !to) fail({ code: 'not_found', message: 'no such version' });
      return diffVersions(`<h1>${from!.title}</h1>${from!.body}`, `<h1>${to!.title}</h1>${to!.body}`);
    },
  };
}

/**
 * jsdom lays nothing out, and ProseMirror measures the selection to scroll it into view: give
 * ranges and the document the few geometry methods it calls, as empty boxes.
 */
export function installEditorDomShims(): void {
  const emptyRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
  const emptyList = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= emptyRect;
  Range.prototype.getClientRects ??= emptyList;
  document.elementFromPoint ??= () => null;
}

/** Calls a channel of the fake directly (to set a scene), failing loudly on an error result. */
export async function fakeCall<T = { id: string } & Fields>(fake: FakeApi, channel: keyof ReturnType<typeof statementHandlers> | 'records:create', input: unknown): Promise<T> {
  const invoke = fake.api()[channel] as (input: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; error: IpcError }>;
  const result = await invoke(input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Who edits from now on ("who am I" on the fake's workspace). */
export function actAs(fake: FakeApi, identity: Identity): void {
  fake.workspace = { ...fake.workspace!, identity };
}

/**
 * The scene of the stale-signature tests: a statement open for signature (review complete), signed
 * by two deputies on version 1, then edited by the secretary (version 2).
 */
export async function signedThenEdited(fake: FakeApi) {
  actAs(fake, { kind: 'secretary' });
  fake.seed('deputies', { name: 'Орлова Мария', districtId: 'msk-45374000' }, 'dep-orlova');
  fake.seed('deputies', { name: 'Белов Игорь', districtId: 'msk-45374000' }, 'dep-belov');
  const statement = await fakeCall(fake, 'statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
  await fakeCall(fake, 'statements:move', { statementId: statement.id, to: 'review' });
  const review = fake.all('principles').map((principle) => ({ principleId: principle.id, verdict: 'upholds', note: '' }));
  await fakeCall(fake, 'statements:setReview', { statementId: statement.id, review });
  await fakeCall(fake, 'statements:move', { statementId: statement.id, to: 'open' });
  for (const deputyId of ['dep-orlova', 'dep-belov']) {
    actAs(fake, { kind: 'deputy', deputyId });
    await fakeCall(fake, 'statements:sign', { statementId: statement.id, deputyId });
  }
  actAs(fake, { kind: 'secretary' });
  await fakeCall(fake, 'statements:saveVersion', { statementId: statement.id, title: 'Открытое письмо жителям', body: '<p>Новый текст письма.</p>' });
  return statement.id;
}
