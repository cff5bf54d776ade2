import { populateDemo } from '../../electron/demo/generate';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { contentHash } from '../../shared/statements/hash';
import { signaturePut, stancePut } from './owned-records';

export const FIXTURE_ALLIANCE = 'Союз независимых депутатов «Вместе»';
export const FIXTURE_DEVICE = 'export-test';
export const FIXTURE_ISSUE_TITLE = 'Вырубка сквера на Лесной улице';

/** Reasons that start like spreadsheet formulas, with a pipe and a line break: what exports must survive. */
export const TRICKY_REASONS = {
  minus: '-5 деревьев вместо 40 — разумный компромисс.',
  plus: '+ благоустройство двора, если сохранят липы | и детскую площадку.',
  at: '@управа обещала ответить до слушаний.',
  equals: '=СУММ(A1:A9) — так посчитали в управе, но жители против.',
};

export interface ExportFixture {
  dir: string;
  issueId: string;
  statementId: string;
  groupId: string;
  districtId: string;
  districtName: string;
  deputyIds: string[];
}

const DEPUTIES = ['Смирнова Анна Сергеевна', 'Орлов Пётр Андреевич', 'Лебедева Мария Олеговна', 'Ёлкин Степан Ильич', 'Громова Вера Павловна'];

/**
 * The small demo workspace plus one hand-made story in Черёмушки: an issue with known stances,
 * an adopted line, a tension with a principle, and a statement with two versions whose earlier
 * signatures are stale.
 */
export async function buildExportFixture(dir: string): Promise<ExportFixture> {
  const store = await WorkspaceStore.init(dir, { device: FIXTURE_DEVICE, author: 'secretary', name: FIXTURE_ALLIANCE, language: 'ru' });
  try {
    await populateDemo(store, { scale: 'small', language: 'ru' });
    const district = store.list('districts').items.find((candidate) => candidate.name === 'Черёмушки')!;
    const principles = store.list('principles', { orderBy: 'number' }).items;
    const group = await store.create('groups', { name: 'Рабочая группа «Зелёные дворы»', kind: 'working', description: 'Скверы, дворы и деревья.' });
    const deputyIds: string[] = [];
    for (const [i, name] of DEPUTIES.entries()) {
      const deputy = await store.create('deputies', {
        name,
        districtId: district.id,
        councilRole: i === 0 ? 'head' : 'member',
        ...(i === 2 ? { party: 'Яблоко' } : {}),
        status: 'active',
        groupIds: i < 2 ? [group.id] : [],
      });
      deputyIds.push(deputy.id);
    }
    const issue = await store.create('issues', {
      title: FIXTURE_ISSUE_TITLE,
      category: 'environment',
      districtIds: [district.id],
      description: 'Управа согласовала вырубку 40 деревьев под парковку. Жители собрали подписи против.',
      status: 'hearing',
      hearingDate: '2024-03-14',
      sources: [{ kind: 'document', ref: 'Решение СД № 12/3', title: 'Решение совета депутатов' }],
      tags: ['жители против', 'публичные слушания'],
      principleIds: [principles[2]!.id, principles[0]!.id],
    });
    const self = (deputyId: string) => ({ enteredBy: deputyId, channel: 'self' as const, confirmed: true });
    const stances = [
      ['oppose', TRICKY_REASONS.minus],
      ['support_amended', TRICKY_REASONS.plus],
      ['oppose', 'Жители против: собрано 1 200 подписей.\nПетиция передана в управу.'],
      ['abstain', TRICKY_REASONS.at],
      ['oppose', TRICKY_REASONS.equals],
    ] as const;
    for (const [i, [stance, reasons]] of stances.entries()) {
      await store.batch([stancePut({
        issueId: issue.id,
        deputyId: deputyIds[i]!,
        stance,
        reasons,
        principleChecks:
          i === 0
            ? [{ principleId: principles[2]!.id, verdict: 'tension', note: 'Парковка важна, но решение принято без жителей.' }]
            : [{ principleId: principles[2]!.id, verdict: 'upholds', note: '' }],
        provenance: i === 3 ? { enteredBy: 'secretary', channel: 'phone', givenAt: '2024-03-01T10:00:00.000Z', confirmed: false } : self(deputyIds[i]!),
      })]);
    }
    await store.create('allianceLines', {
      issueId: issue.id,
      stance: 'oppose',
      text: 'Союз против вырубки сквера и за публичные слушания с участием жителей.',
      rule: 'two_thirds',
      adoptedOn: '2024-03-05',
      adoptedBy: 'secretary',
    });
    const statementId = await writeStatement(store, issue.id, deputyIds, principles.map((principle) => principle.id));
    return { dir, issueId: issue.id, statementId, groupId: group.id, districtId: district.id, districtName: district.name, deputyIds };
  } finally {
    await store.close();
  }
}

const TITLE = 'Сохраним сквер на Лесной улице';
const BODY_V1 = '<h2>Сохраним сквер на Лесной улице</h2><p>Мы, депутаты, против вырубки сквера.</p>';
const BODY_V2 =
  '<h2>Сохраним сквер на Лесной улице</h2>' +
  '<p>Мы, независимые муниципальные депутаты, выступаем <strong>против вырубки сорока деревьев</strong> в сквере на Лесной улице ради парковки.</p>' +
  '<p>Жители собрали более тысячи двухсот подписей. Сквер — единственное зелёное место квартала, где гуляют дети и пожилые люди.</p>' +
  '<p>Мы требуем:</p><ul><li>опубликовать проект и заключение экспертизы;</li><li>провести публичные слушания с участием жителей;</li><li>рассмотреть размещение парковки на пустыре у <em>Школьной улицы</em>.</li></ul>' +
  '<blockquote>Решения о дворах и скверах должны приниматься вместе с жителями.</blockquote>' +
  '<p>Подробнее: <a href="https://example.org/skver">материалы к слушаниям</a>.</p>';

async function writeStatement(store: WorkspaceStore, issueId: string, deputyIds: string[], principleIds: string[]): Promise<string> {
  const statement = await store.create('statements', { title: TITLE, issueIds: [issueId], language: 'ru', status: 'open', body: BODY_V2, statusHistory: [{ status: 'open', by: 'secretary', at: '2024-03-06T09:00:00.000Z' }] });
  const versions = [];
  for (const [i, body] of [BODY_V1, BODY_V2].entries()) {
    const hash = await contentHash({ title: TITLE, body, language: 'ru' });
    const version = await store.create('statementVersions', {
      statementId: statement.id,
      number: i + 1,
      title: TITLE,
      body,
      hash,
      author: 'secretary',
      savedAt: `2024-03-0${6 + i}T09:00:00.000Z`,
    });
    versions.push(version);
  }
  await store.patch('statements', statement.id, {
    currentVersionId: versions[1]!.id,
    review: principleIds.map((principleId, i) =>
      i === 1 ? { principleId, verdict: 'tension' as const, note: 'Часть депутатов поддерживает парковку.' } : { principleId, verdict: i === 3 ? ('not_relevant' as const) : ('upholds' as const), note: '' },
    ),
  });
  // Two signed the first text and are stale; three signed the current one, one of them by phone.
  const signers = [
    [deputyIds[0]!, versions[0]!],
    [deputyIds[2]!, versions[0]!],
    [deputyIds[1]!, versions[1]!],
    [deputyIds[3]!, versions[1]!],
    [deputyIds[4]!, versions[1]!],
  ] as const;
  for (const [i, [deputyId, version]] of signers.entries()) {
    await store.batch([signaturePut({
      statementId: statement.id,
      versionId: version.id,
      deputyId,
      hash: version.hash,
      signedAt: `2024-03-${10 + i}T12:00:00.000Z`,
      provenance: i === 3 ? { enteredBy: 'secretary', channel: 'phone', confirmed: false } : { enteredBy: deputyId, channel: 'self', confirmed: true },
    })]);
  }
  return statement.id;
}
