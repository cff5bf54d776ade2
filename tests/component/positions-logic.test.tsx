import { describe, expect, it } from 'vitest';
import type { HistoryEntryOutput } from '../../shared/ipc/contract';
import { createI18n } from '../../renderer/src/i18n';
import { buildTimeline } from '../../renderer/src/screens/issues/timeline';
import { filterIssueRows, NO_ISSUE_FILTERS, type IssueRow } from '../../renderer/src/screens/issues/issueRows';
import { formFieldOf, positionResolver, type PositionValues } from '../../renderer/src/screens/positions/positionFormModel';
import { provenanceText } from '../../renderer/src/screens/shared/positions/provenance';
import { moveCell, stanceForKey } from '../../renderer/src/screens/positions/quickKeys';

const entry = (clock: string, author: string, kind: HistoryEntryOutput['kind'], data?: Record<string, unknown>): HistoryEntryOutput => ({
  clock,
  at: `2025-11-${clock}T10:00:00.000Z`,
  device: 'dev-1',
  author,
  kind,
  ...(data ? { data } : {}),
});
const phone = { enteredBy: 'secretary', channel: 'phone', givenAt: '2025-11-20T09:00:00.000Z', confirmed: false };

describe('provenance in words', () => {
  it('says who recorded a stance, how, when, and whether it is confirmed', async () => {
    const ru = await createI18n('ru');
    expect(provenanceText(ru.t, phone as never, 'ru')).toBe('записано секретарём по телефону 20.11.2025, не подтверждено');
    expect(provenanceText(ru.t, { ...phone, channel: 'meeting', confirmed: true, confirmedAt: '2025-11-21T09:00:00.000Z' } as never, 'ru')).toBe(
      'записано секретарём на встрече 20.11.2025, подтверждено 21.11.2025',
    );
    expect(provenanceText(ru.t, { enteredBy: 'd1', channel: 'self', confirmed: true } as never, 'ru')).toBe('записано самим депутатом');
    const en = await createI18n('en');
    expect(provenanceText(en.t, phone as never, 'en')).toBe('recorded by the secretary by phone on 11/20/2025, not confirmed');
  });
});

describe('the timeline of an issue', () => {
  it('merges the issue and its positions, newest first, naming each change and leaving out steps that changed nothing', () => {
    const issue = [entry('01', 'secretary', 'put', { title: 'Сквер', status: 'open' }), entry('05', 'secretary', 'patch', { status: 'hearing' }), entry('06', 'secretary', 'patch', { status: 'hearing' })];
    const position = [
      entry('02', 'secretary', 'put', { stance: 'support', reasons: '', principleChecks: [], provenance: phone }),
      entry('03', 'd1', 'patch', { provenance: { ...phone, confirmed: true, confirmedAt: '2025-11-03T10:00:00.000Z' } }),
      entry('04', 'd1', 'patch', {
        stance: 'oppose',
        principleChecks: [{ principleId: 'principle-3', verdict: 'tension', note: 'Без жителей' }],
        provenance: { enteredBy: 'd1', channel: 'self', confirmed: true, confirmedAt: '2025-11-04T10:00:00.000Z' },
      }),
    ];
    const timeline = buildTimeline(issue, [{ deputyId: 'd1', history: position }]);
    expect(timeline.map((e) => [e.clock, e.subject.kind, e.events.map((event) => event.type)])).toEqual([
      ['05', 'issue', ['field']],
      ['04', 'position', ['rerecorded', 'stance', 'check']],
      ['03', 'position', ['confirmed']],
      ['02', 'position', ['recorded']],
      ['01', 'issue', ['created']],
    ]);
    expect(timeline[1]!.events[1]).toEqual({ type: 'stance', from: 'support', to: 'oppose' });
    expect(timeline[1]!.events[2]).toEqual({ type: 'check', principleId: 'principle-3', verdict: 'tension', note: 'Без жителей' });
  });
});

describe('the position form model', () => {
  const values = (checks: PositionValues['checks'], stance: PositionValues['stance'] = 'support'): PositionValues => ({
    stance,
    reasons: '',
    checks,
    channel: 'phone',
    givenAt: '2025-11-20T10:00',
  });
  const checks: PositionValues['checks'] = [
    { principleId: 'principle-1', verdict: '', note: '' },
    { principleId: 'principle-2', verdict: 'upholds', note: '' },
    { principleId: 'principle-3', verdict: 'tension', note: ' ' },
  ];

  it('validates with the shared schema and reports a tension without a note on that principle’s note', async () => {
    const resolve = positionResolver({ issueId: 'i1', deputyId: 'd1', onBehalf: false });
    const result = await resolve(values(checks), undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toEqual({ checks: [undefined, undefined, { note: { type: 'validate', message: 'error.tensionNote' } }] });
    const missing = await resolve(values([], ''), undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(missing.errors).toEqual({ stance: { type: 'validate', message: 'positions.errors.chooseStance' } });
  });

  it('refuses a stance given in the future and sends only the principles checked', async () => {
    const now = () => new Date('2025-11-20T12:00:00');
    const resolve = positionResolver({ issueId: 'i1', deputyId: 'd1', onBehalf: true, now });
    const future = await resolve({ ...values([]), givenAt: '2025-11-21T09:00' }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(future.errors).toEqual({ givenAt: { type: 'validate', message: 'positions.errors.futureDate' } });
    const ok = await resolve(values(checks.slice(0, 2)), undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(ok.values).toMatchObject({ principleChecks: [{ principleId: 'principle-2', verdict: 'upholds', note: '' }], onBehalf: { channel: 'phone' } });
  });

  it('maps the main process’s field problems back onto the form', () => {
    expect(formFieldOf({ path: ['principleChecks', 1, 'note'], message: 'error.tensionNote' }, [1, 2])).toEqual({ field: 'checks.2.note', message: 'error.tensionNote' });
    expect(formFieldOf({ path: ['onBehalf', 'givenAt'], message: 'x' }, [])).toEqual({ field: 'givenAt', message: 'positions.errors.givenAt' });
    expect(formFieldOf({ path: ['deputyId'], message: 'x' }, [])).toBeUndefined();
  });
});

describe('quick entry keys', () => {
  it('reads 1–5 on either keyboard row and the letters of both languages', () => {
    expect(stanceForKey({ key: '1', code: 'Digit1' })).toBe('support');
    expect(stanceForKey({ key: '!', code: 'Digit1' })).toBe('support');
    expect(stanceForKey({ key: '5', code: 'Numpad5' })).toBe('undecided');
    expect(stanceForKey({ key: 'П' })).toBe('oppose');
    expect(stanceForKey({ key: 'w' })).toBe('support_amended');
    expect(stanceForKey({ key: 'a' })).toBe('abstain');
    expect(stanceForKey({ key: '6', code: 'Digit6' })).toBeUndefined();
    expect(stanceForKey({ key: 's', ctrlKey: true })).toBeUndefined();
  });

  it('moves within the grid and stops at its edges', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', false, 3, 7)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 6 }, 'ArrowRight', false, 3, 7)).toEqual({ row: 2, col: 6 });
    expect(moveCell({ row: 1, col: 3 }, 'Home', false, 3, 7)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 1, col: 3 }, 'End', true, 3, 7)).toEqual({ row: 2, col: 6 });
    expect(moveCell({ row: 1, col: 3 }, 'Enter', false, 3, 7)).toBeUndefined();
  });
});

describe('issue filters', () => {
  it('finds ё with е and keeps the given order', () => {
    const row = (id: string, title: string): IssueRow =>
      ({ id, title, haystack: title.toLowerCase().replace(/ё/g, 'е'), groupKeys: [], summary: { districtIds: [], tags: [], principleIds: [], category: 'other', status: 'open' } }) as unknown as IssueRow;
    const rows = [row('b', 'Ёлки во дворе'), row('a', 'Парковка'), row('c', 'Елочный базар')];
    expect(filterIssueRows(rows, { ...NO_ISSUE_FILTERS, query: 'ёлк' }).map((r) => r.id)).toEqual(['b']);
    expect(filterIssueRows(rows, { ...NO_ISSUE_FILTERS, query: 'ел' }).map((r) => r.id)).toEqual(['b', 'c']);
  });
});
