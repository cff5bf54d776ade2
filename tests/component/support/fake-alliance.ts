import { allianceOverview, commonGround } from '../../../shared/agreement/alliance-overview';
import { findBlocs } from '../../../shared/agreement/blocs';
import { lineAgreement } from '../../../shared/agreement/deputy-agreement';
import { groupConsensus } from '../../../shared/agreement/group-consensus';
import { checkRule, issueAgreement, lineSide } from '../../../shared/agreement/issue-agreement';
import { PairwiseAgreement, type PositionInput } from '../../../shared/agreement/pairwise';
import { principlesSummary } from '../../../shared/agreement/principles-summary';
import type { Stance } from '../../../shared/agreement/stances';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { IpcError } from '../../../shared/ipc/contract';
import { AdoptLineSchema, ScopeSchema } from '../../../shared/ipc/domain-contract';
import type { FakeApi } from './fakeApi';

type Fields = Record<string, unknown> & { id: string };
type Scope = { category?: string; districtId?: string; okrug?: string; groupId?: string };
type Patch = (input: { collection: 'allianceLines'; id: string; data: Record<string, unknown> }) => unknown;

const CODE: Record<Stance, string> = { support: 's', support_amended: 'a', abstain: 'b', oppose: 'o', undecided: 'u' };

/**
 * The agreement channels and lines:adopt for component tests, computed with the same pure
 * functions of shared/agreement as the main process, over the fake's records. Scope rules follow
 * electron/domain/agreement-service.ts: active deputies; issues of the category, district or okrug.
 */
export function allianceHandlers(fake: FakeApi, patch: Patch): Partial<Record<InvokeChannel, (input: never) => unknown>> {
  const okrugOf = () => new Map(fake.all('districts').map((d) => [d.id, d.okrug as string | undefined]));
  const deputies = (scope: Scope = {}) => {
    const okrugs = okrugOf();
    return fake
      .all('deputies')
      .filter((d) => d.status === 'active')
      .filter((d) => !scope.districtId || d.districtId === scope.districtId)
      .filter((d) => !scope.okrug || okrugs.get(d.districtId as string) === scope.okrug)
      .filter((d) => !scope.groupId || (d.groupIds as string[]).includes(scope.groupId)) as Fields[];
  };
  const issues = (scope: Scope = {}) => {
    const okrugs = okrugOf();
    return fake
      .all('issues')
      .filter((i) => !scope.category || i.category === scope.category)
      .filter((i) => !scope.districtId || (i.districtIds as string[]).includes(scope.districtId))
      .filter((i) => !scope.okrug || (i.districtIds as string[]).some((id) => okrugs.get(id) === scope.okrug)) as Fields[];
  };
  const positions = (): PositionInput[] =>
    fake.all('positions').map((p) => ({ issueId: p.issueId as string, deputyId: p.deputyId as string, stance: p.stance as Stance }));
  const lineOf = (issueId: string) => fake.all('allianceLines').find((line) => line.issueId === issueId) as Fields | undefined;
  const pairwise = (scope: Scope) => {
    const inScope = new Set(issues(scope).map((i) => i.id));
    return new PairwiseAgreement(
      deputies(scope).map((d) => d.id),
      positions().filter((p) => inScope.has(p.issueId)),
    );
  };
  const parseScope = (input: { scope?: unknown }) => ScopeSchema.parse(input.scope ?? {}) as Scope;

  return {
    'lines:adopt': (input: unknown) => {
      const parsed = AdoptLineSchema.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.map(({ path, message }) => ({ path: path.map(String), message }));
        throw { code: 'invalid_input', message: 'lines:adopt: invalid', issues } satisfies IpcError;
      }
      if (fake.workspace?.identity?.kind !== 'secretary') throw { code: 'forbidden', message: 'secretary only' } satisfies IpcError;
      const data = { ...parsed.data, adoptedBy: 'secretary' };
      const existing = lineOf(parsed.data.issueId);
      if (existing) return patch({ collection: 'allianceLines', id: existing.id, data });
      return fake.seed('allianceLines', data, `line-${parsed.data.issueId}`);
    },
    'agreement:issue': ({ issueId }: { issueId: string }) => {
      const active = deputies();
      const byId = new Map(active.map((d) => [d.id, d]));
      const stances = positions().filter((p) => p.issueId === issueId && byId.has(p.deputyId));
      const agreement = issueAgreement(stances, active.length);
      const line = lineOf(issueId) ?? null;
      const side = (line && lineSide(line.stance as Stance)) ?? agreement.majoritySide;
      const grouped = (key: (d: Fields) => string[]) =>
        side ? groupConsensus(stances.map((s) => ({ stance: s.stance, groups: key(byId.get(s.deputyId)!) })), side) : null;
      return {
        issueId,
        ...agreement,
        side,
        districtConsensus: grouped((d) => [d.districtId as string]),
        groupConsensus: grouped((d) => d.groupIds as string[]),
        line,
        rules: side ? (['unanimity', 'consent', 'two_thirds', 'majority'] as const).map((rule) => checkRule(rule, side, agreement.counts)) : [],
      };
    },
    'agreement:overview': (input: { scope?: unknown; limit?: number }) => {
      const scope = parseScope(input);
      const limit = input.limit ?? 200;
      const inScope = deputies(scope);
      const scoped = issues(scope);
      const labels = new Map(scoped.map((i) => [i.id, { title: i.title as string, category: i.category as string }]));
      const figures = allianceOverview({ issueIds: scoped.map((i) => i.id), positions: positions(), districtOf: new Map(inScope.map((d) => [d.id, d.districtId as string])) });
      const { common, divergent } = commonGround(figures);
      const labelled = (list: typeof common) => list.slice(0, limit).map((f) => ({ ...f, ...labels.get(f.issueId)! }));
      return { deputies: inScope.length, issues: figures.length, common: labelled(common), divergent: labelled(divergent), commonTotal: common.length, divergentTotal: divergent.length };
    },
    'agreement:deputies': (input: { scope?: unknown }) => {
      const lines = new Map(fake.all('allianceLines').map((line) => [line.issueId as string, line.stance as Stance]));
      return deputies(parseScope(input)).map((deputy) => ({
        deputyId: deputy.id,
        ...lineAgreement(
          positions()
            .filter((p) => p.deputyId === deputy.id && lines.has(p.issueId))
            .map((p) => ({ deputy: p.stance, line: lines.get(p.issueId)! })),
        ),
      }));
    },
    'agreement:blocs': (input: { scope?: unknown; threshold?: number }) => {
      const matrix = pairwise(parseScope(input));
      return findBlocs(matrix, { threshold: input.threshold ?? 0.75 }).map((bloc) => {
        let pairs = 0;
        bloc.deputyIds.forEach((a, i) => bloc.deputyIds.slice(i + 1).forEach((b) => (pairs += matrix.between(a, b).issues >= 3 ? 1 : 0)));
        return { ...bloc, pairs };
      });
    },
    'agreement:pairs': (input: { deputyId: string; scope?: unknown }) => {
      const matrix = pairwise(parseScope(input));
      return matrix.deputyIds
        .filter((other) => other !== input.deputyId)
        .map((other) => ({ deputyId: other, ...matrix.between(input.deputyId, other) }))
        .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || b.issues - a.issues);
    },
    'agreement:matrix': (input: { scope?: unknown; issueOffset?: number; issueLimit?: number }) => {
      const scope = parseScope(input);
      const rows = deputies(scope).sort((a, b) => String(a.name).localeCompare(String(b.name), 'ru'));
      const row = new Map(rows.map((d, i) => [d.id, i]));
      const all = positions().filter((p) => row.has(p.deputyId));
      const withStances = issues(scope).filter((i) => all.some((p) => p.issueId === i.id));
      const count = (id: string) => all.filter((p) => p.issueId === id).length;
      withStances.sort((a, b) => count(b.id) - count(a.id) || (a.id < b.id ? -1 : 1));
      const offset = input.issueOffset ?? 0;
      const page = withStances.slice(offset, offset + (input.issueLimit ?? 100));
      const cells = new Array<string>(rows.length * page.length).fill('.');
      page.forEach((issue, column) => {
        for (const p of all) if (p.issueId === issue.id) cells[row.get(p.deputyId)! * page.length + column] = CODE[p.stance];
      });
      return {
        deputyIds: rows.map((d) => d.id),
        deputyNames: rows.map((d) => d.name as string),
        issueIds: page.map((i) => i.id),
        issueTitles: page.map((i) => i.title as string),
        issueTotal: withStances.length,
        cells: cells.join(''),
      };
    },
    'agreement:principles': () => {
      const categoryOf = new Map(fake.all('issues').map((i) => [i.id, i.category as string]));
      const summary = principlesSummary(fake.all('positions') as never, categoryOf);
      return {
        positionsChecked: summary.positionsChecked,
        principles: [...summary.byPrinciple].map(([principleId, { total, byCategory }]) => ({ principleId, total, byCategory: Object.fromEntries(byCategory) })),
      };
    },
  };
}

/** Ids of the small alliance seedAlliance builds (hand-computed figures in the alliance tests). */
export interface AllianceIds {
  deputies: Record<'anna' | 'oleg' | 'vera' | 'petr' | 'ilya' | 'maria' | 'ivan', string>;
  issues: string[];
}

/**
 * Six active deputies (and one former) in Арбат, Басманный (ЦАО) and Аэропорт (САО); five issues;
 * stances given by phone; lines on issues 2–5. See tests/component/alliance-panel.test.tsx for
 * the figures this gives.
 */
export function seedAlliance(fake: FakeApi): AllianceIds {
  const group = fake.seed('groups', { name: 'Транспортная группа', kind: 'working' });
  const deputy = (name: string, districtId: string, extra: Record<string, unknown> = {}) => fake.seed('deputies', { name, districtId, ...extra }).id;
  const deputies = {
    anna: deputy('Белова Анна', 'msk-45374000', { groupIds: [group.id] }),
    oleg: deputy('Ершов Олег', 'msk-45374000', { groupIds: [group.id] }),
    vera: deputy('Жукова Вера', 'msk-45375000'),
    petr: deputy('Зайцев Пётр', 'msk-45333000'),
    ilya: deputy('Исаев Илья', 'msk-45333000', { status: 'former' }),
    maria: deputy('Кузнецова Мария', 'msk-45375000'),
    ivan: deputy('Лебедев Иван', 'msk-45333000'),
  };
  const issue = (title: string, category: string, districtId: string) => fake.seed('issues', { title, category, districtIds: [districtId] }).id;
  const issues = [
    issue('Сквер у школы', 'transport', 'msk-45374000'),
    issue('Платная парковка', 'transport', 'msk-45374000'),
    issue('Новая поликлиника', 'healthcare', 'msk-45333000'),
    issue('Детский сад', 'education', 'msk-45375000'),
    issue('Автобусный маршрут', 'transport', 'msk-45333000'),
  ];
  const provenance = { enteredBy: 'secretary', channel: 'phone', givenAt: '2026-03-01T10:00:00.000Z', confirmed: false };
  const stance = (who: keyof typeof deputies, at: number, value: Stance, principleChecks: unknown[] = []) =>
    fake.seed('positions', { issueId: issues[at]!, deputyId: deputies[who], stance: value, principleChecks, provenance });
  stance('anna', 0, 'support', [
    { principleId: 'principle-1', verdict: 'upholds', note: '' },
    { principleId: 'principle-3', verdict: 'tension', note: 'Сквер меньше, чем обещали' },
  ]);
  stance('oleg', 0, 'support_amended', [{ principleId: 'principle-1', verdict: 'upholds', note: '' }]);
  stance('vera', 0, 'abstain');
  stance('petr', 0, 'oppose');
  stance('ivan', 0, 'undecided');
  stance('ilya', 0, 'support');
  for (const who of ['anna', 'oleg', 'vera', 'petr', 'ivan'] as const) stance(who, 1, 'support');
  stance('anna', 2, 'oppose');
  stance('petr', 2, 'support');
  stance('ivan', 2, 'support');
  stance('anna', 3, 'support');
  stance('vera', 3, 'support');
  stance('petr', 4, 'abstain');
  const line = (at: number, value: Stance, rule: string) =>
    fake.seed('allianceLines', { issueId: issues[at]!, stance: value, rule, text: '', adoptedOn: '2026-03-02', adoptedBy: 'secretary' }, `line-${issues[at]!}`);
  line(1, 'support', 'unanimity');
  line(2, 'oppose', 'majority');
  line(3, 'support', 'consent');
  line(4, 'support', 'majority');
  return { deputies, issues };
}
