import type { Stance } from '../../../shared/agreement/stances';
import type { TestApp } from './realApp';

/** Ids of the small alliance seedAlliance builds (hand-computed figures in the alliance tests). */
export interface AllianceIds {
  deputies: Record<'anna' | 'oleg' | 'vera' | 'petr' | 'ilya' | 'maria' | 'ivan', string>;
  issues: string[];
}

/**
 * Six active deputies (and one former) in Арбат, Басманный (ЦАО) and Аэропорт (САО); five issues;
 * stances given by phone and recorded by the secretary on each deputy's behalf; lines on issues
 * 2–5, adopted by the secretary. See tests/component/alliance-panel.test.tsx for the figures this
 * gives. Ends as the secretary.
 */
export async function seedAlliance(app: TestApp): Promise<AllianceIds> {
  await app.actAs({ kind: 'secretary' });
  const group = await app.create('groups', { name: 'Транспортная группа', kind: 'working' });
  const deputy = async (name: string, districtId: string, extra: Record<string, unknown> = {}) => (await app.create('deputies', { name, districtId, ...extra })).id;
  const deputies = {
    anna: await deputy('Белова Анна', 'msk-45374000', { groupIds: [group.id] }),
    oleg: await deputy('Ершов Олег', 'msk-45374000', { groupIds: [group.id] }),
    vera: await deputy('Жукова Вера', 'msk-45375000'),
    petr: await deputy('Зайцев Пётр', 'msk-45333000'),
    ilya: await deputy('Исаев Илья', 'msk-45333000', { status: 'former' }),
    maria: await deputy('Кузнецова Мария', 'msk-45375000'),
    ivan: await deputy('Лебедев Иван', 'msk-45333000'),
  };
  const issue = async (title: string, category: string, districtId: string) => (await app.create('issues', { title, category, districtIds: [districtId] } as never)).id;
  const issues = [
    await issue('Сквер у школы', 'transport', 'msk-45374000'),
    await issue('Платная парковка', 'transport', 'msk-45374000'),
    await issue('Новая поликлиника', 'healthcare', 'msk-45333000'),
    await issue('Детский сад', 'education', 'msk-45375000'),
    await issue('Автобусный маршрут', 'transport', 'msk-45333000'),
  ];
  const phone = { channel: 'phone', givenAt: '2026-03-01T10:00:00.000Z' } as const;
  type Check = { principleId: string; verdict: 'upholds' | 'tension' | 'not_relevant'; note: string };
  const stance = (who: keyof typeof deputies, at: number, value: Stance, principleChecks: Check[] = []) =>
    app.call('positions:record', { issueId: issues[at]!, deputyId: deputies[who], stance: value, reasons: '', principleChecks, onBehalf: phone });
  await stance('anna', 0, 'support', [
    { principleId: 'principle-1', verdict: 'upholds', note: '' },
    { principleId: 'principle-3', verdict: 'tension', note: 'Сквер меньше, чем обещали' },
  ]);
  await stance('oleg', 0, 'support_amended', [{ principleId: 'principle-1', verdict: 'upholds', note: '' }]);
  await stance('vera', 0, 'abstain');
  await stance('petr', 0, 'oppose');
  await stance('ivan', 0, 'undecided');
  await stance('ilya', 0, 'support');
  for (const who of ['anna', 'oleg', 'vera', 'petr', 'ivan'] as const) await stance(who, 1, 'support');
  await stance('anna', 2, 'oppose');
  await stance('petr', 2, 'support');
  await stance('ivan', 2, 'support');
  await stance('anna', 3, 'support');
  await stance('vera', 3, 'support');
  await stance('petr', 4, 'abstain');
  const line = (at: number, value: Exclude<Stance, 'undecided'>, rule: 'unanimity' | 'consent' | 'two_thirds' | 'majority') =>
    app.call('lines:adopt', { issueId: issues[at]!, stance: value, rule, text: '', adoptedOn: '2026-03-02' });
  await line(1, 'support', 'unanimity');
  await line(2, 'oppose', 'majority');
  await line(3, 'support', 'consent');
  await line(4, 'support', 'majority');
  return { deputies, issues };
}
