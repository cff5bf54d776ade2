import { positionId, RecordStanceSchema } from '../../../shared/domain/position-input';
import type { Identity, IpcError } from '../../../shared/ipc/contract';
import { encodeIssueColumns, type IssueSummary } from '../../../shared/ipc/issues-contract';
import type { CollectionName } from '../../../shared/schema/collections';
import type { FakeApi } from './fakeApi';

type Fields = Record<string, unknown>;
type Stored = Fields & { id: string; createdAt: string; updatedAt: string };

/** What the fake lends these handlers: its writes (validated, logged, announced) and who is editing. */
export interface FakeWrites {
  put: (collection: CollectionName, id: string, data: Fields) => Stored;
  patch: (input: { collection: CollectionName; id: string; data: Fields }) => Stored;
  identity: () => Identity | null | undefined;
}

const fail = (error: IpcError): never => {
  throw error;
};

/**
 * The stance and list channels of the issues and positions screens, in memory, following the
 * rules of electron/domain/positions-service.ts and electron/services/issues-handlers.ts: the input
 * is parsed with the same schema, a deputy records only their own (confirmed) stance, the
 * secretary records one on a deputy's behalf (unconfirmed) and only the deputy confirms it.
 */
export function fakePositionHandlers(fake: FakeApi, writes: FakeWrites) {
  const get = (collection: CollectionName, id: string) => fake.all(collection).find((record) => record.id === id);
  return {
    'positions:record': (raw: unknown) => {
      const parsed = RecordStanceSchema.safeParse(raw);
      if (!parsed.success) {
        fail({
          code: 'invalid_input',
          message: 'positions:record: invalid input',
          issues: parsed.error.issues.map(({ path, message }) => ({ path: path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message })),
        });
      }
      const input = parsed.data!;
      if (!get('issues', input.issueId) || !get('deputies', input.deputyId)) fail({ code: 'not_found', message: 'no such issue or deputy' });
      const identity = writes.identity();
      if (!identity) return fail({ code: 'forbidden', message: 'who are you?' });
      let provenance: Fields;
      if (identity.kind === 'deputy') {
        if (identity.deputyId !== input.deputyId) fail({ code: 'forbidden', message: 'a deputy records only their own stance' });
        provenance = { enteredBy: identity.deputyId, channel: 'self', confirmed: true, confirmedAt: '2025-03-01T10:00:00.000Z' };
      } else {
        if (!input.onBehalf) fail({ code: 'invalid', message: 'say how the deputy gave this stance' });
        provenance = { enteredBy: 'secretary', channel: input.onBehalf!.channel, givenAt: input.onBehalf!.givenAt, confirmed: false };
      }
      const { onBehalf: _onBehalf, ...fields } = input;
      const data = { ...fields, provenance };
      const id = positionId(input.deputyId, input.issueId);
      return get('positions', id) ? writes.patch({ collection: 'positions', id, data }) : writes.put('positions', id, data);
    },
    'positions:confirm': ({ id }: { id: string }) => {
      const position = get('positions', id);
      if (!position) return fail({ code: 'not_found', message: `positions/${id}` });
      const identity = writes.identity();
      if (identity?.kind !== 'deputy' || identity.deputyId !== position.deputyId) fail({ code: 'forbidden', message: 'only the deputy confirms' });
      const provenance = position.provenance as Fields;
      if (provenance.confirmed) return position;
      return writes.patch({ collection: 'positions', id, data: { provenance: { ...provenance, confirmed: true, confirmedAt: '2025-03-02T10:00:00.000Z' } } });
    },
    'issues:summaries': () => {
      const deputies = new Map<string, Set<unknown>>();
      for (const position of fake.all('positions')) {
        const set = deputies.get(position.issueId as string) ?? new Set();
        set.add(position.deputyId);
        deputies.set(position.issueId as string, set);
      }
      const items = fake.all('issues').map((issue) => ({
        id: issue.id,
        title: issue.title,
        category: issue.category,
        districtIds: issue.districtIds,
        status: issue.status,
        ...(issue.hearingDate ? { hearingDate: issue.hearingDate } : {}),
        ...(issue.voteDate ? { voteDate: issue.voteDate } : {}),
        tags: issue.tags,
        principleIds: issue.principleIds,
        positions: deputies.get(issue.id)?.size ?? 0,
      }));
      return encodeIssueColumns(items as IssueSummary[]);
    },
    'stances:list': (input: { deputyId?: string; unconfirmedOnly?: boolean; offset?: number; limit?: number }) => {
      const confirmed = (p: Stored) => (p.provenance as { confirmed: boolean }).confirmed;
      let positions = fake.all('positions').filter((p) => (input.deputyId ? p.deputyId === input.deputyId : !confirmed(p)));
      if (input.unconfirmedOnly) positions = positions.filter((p) => !confirmed(p));
      positions.sort((a, b) => Number(confirmed(a)) - Number(confirmed(b)) || (a.updatedAt < b.updatedAt ? 1 : -1));
      const offset = input.offset ?? 0;
      const items = positions.slice(offset, offset + (input.limit ?? 200)).map((position) => {
        const issue = get('issues', position.issueId as string);
        return { position, issue: issue ? { id: issue.id, title: issue.title, status: issue.status, category: issue.category } : null };
      });
      return { items, total: positions.length, unconfirmed: positions.filter((p) => !confirmed(p)).length };
    },
  };
}

const TITLES = ['Сквер на Лесной', 'Парковка у школы', 'Поликлиника на Ёлочной', 'Автобус № 12', 'Детский сад в новом доме'];
const CATEGORIES = ['environment', 'transport', 'healthcare', 'transport', 'education'] as const;

/** `count` issues over a few districts, with predictable titles, categories, statuses and tags. */
export function seedIssues(fake: FakeApi, count: number, districtIds: readonly string[] = ['msk-45374000', 'msk-45375000']): Stored[] {
  const issues: Stored[] = [];
  for (let i = 0; i < count; i++) {
    issues.push(
      fake.seed('issues', {
        title: `${TITLES[i % TITLES.length]} ${String(i + 1).padStart(5, '0')}`,
        category: CATEGORIES[i % CATEGORIES.length],
        districtIds: [districtIds[i % districtIds.length]],
        status: i % 4 === 3 ? 'closed' : 'open',
        tags: i % 2 === 0 ? ['сквер'] : ['транспорт'],
        principleIds: i % 3 === 0 ? ['principle-3'] : [],
        ...(i % 5 === 0 ? { hearingDate: '2025-11-20' } : {}),
      }),
    );
  }
  return issues;
}
