import { positionId, signatureId } from '../../shared/domain/record-ids';
import type { Language } from '../../shared/schema/common';
import { SECRETARY } from '../../shared/schema/write-rules';
import { ISSUE_CATEGORIES_ORDER } from '../../shared/schema/categories';
import type { EntityOf } from '../../shared/schema/collections';
import { contentHash } from '../../shared/statements/hash';
import type { BatchEdit, WorkspaceStore } from '../store/workspace-store';
import { SeededRandom } from './random';
import {
  CONTACT_SUMMARIES,
  FEMALE_FIRST,
  GROUP_NAMES,
  ISSUE_TEMPLATES,
  MALE_FIRST,
  PARTIES,
  PATRONYMIC_ROOTS,
  REASONS,
  STREETS,
  SURNAME_ROOTS,
  TAGS,
} from './vocabulary';

export type DemoScale = 'small' | 'moscow';

/** Record counts of each scale; `moscow` is the profile the performance budget is measured on (README.md, "Benchmark"). */
export const DEMO_PROFILES = {
  small: { deputies: 30, districts: 5, issues: 60, positionsPerIssue: 8, statements: 5, contacts: 20 },
  moscow: { deputies: 400, districts: 146, issues: 10_000, positionsPerIssue: 15, statements: 2_000, contacts: 3_000 },
} as const;

export interface DemoOptions {
  scale: DemoScale;
  language: Language;
  seed?: number;
  /** Called after each written batch with the share done (0..1). */
  onProgress?: (done: number) => void;
}

const BATCH = 2_000;
const STANCES: EntityOf<'positions'>['stance'][] = ['support', 'support', 'support_amended', 'abstain', 'oppose', 'oppose', 'undecided'];
const DAY = 86_400_000;

/** Fills an initialized workspace with fictional but realistic data in Russian. */
export async function populateDemo(store: WorkspaceStore, options: DemoOptions): Promise<void> {
  const profile = DEMO_PROFILES[options.scale];
  const random = new SeededRandom(options.seed ?? 2017);
  const writer = new BatchWriter(store, options.onProgress, estimateTotal(profile));

  const districts = random
    .sample(store.list('districts', { where: { builtIn: true } }).items, profile.districts)
    .map((district) => district.id);
  const principles = store.list('principles', { orderBy: 'number' }).items.map((principle) => principle.id);

  const groupIds = GROUP_NAMES.map(() => random.id('grp'));
  for (const [index, group] of GROUP_NAMES.entries()) {
    await writer.put('groups', groupIds[index]!, { ...group, description: '' });
  }

  const deputies: { id: string; districtId: string }[] = [];
  for (let i = 0; i < profile.deputies; i += 1) {
    const districtId = districts[i % districts.length]!;
    const id = random.id('dep');
    deputies.push({ id, districtId });
    await writer.put('deputies', id, deputyData(random, districtId, groupIds, i));
  }
  const deputiesByDistrict = new Map<string, string[]>();
  for (const deputy of deputies) {
    deputiesByDistrict.set(deputy.districtId, [...(deputiesByDistrict.get(deputy.districtId) ?? []), deputy.id]);
  }

  const start = Date.UTC(2017, 9, 1);
  const issueIds: string[] = [];
  for (let i = 0; i < profile.issues; i += 1) {
    const issueId = random.id('iss');
    issueIds.push(issueId);
    const issueDistricts = random.sample(districts, random.chance(0.8) ? 1 : 2);
    await writer.put('issues', issueId, issueData(random, issueDistricts, principles, start));
    const local = issueDistricts.flatMap((districtId) => deputiesByDistrict.get(districtId) ?? []);
    const others = deputies.map((deputy) => deputy.id).filter((id) => !local.includes(id));
    const signers = [...random.sample(local, profile.positionsPerIssue), ...random.sample(others, profile.positionsPerIssue)].slice(
      0,
      profile.positionsPerIssue,
    );
    for (const deputyId of signers) {
      const position = positionData(random, issueId, deputyId, principles, start);
      // Written as its write policy wants it: a confirmed stance by the deputy, an unconfirmed one by the secretary.
      await writer.put('positions', positionId(deputyId, issueId), position, position.provenance.confirmed ? deputyId : SECRETARY);
    }
    if (random.chance(0.25)) {
      await writer.put('allianceLines', random.id('lin'), {
        issueId,
        stance: random.pick(['support', 'support_amended', 'oppose'] as const),
        text: 'Союз выступает за открытое обсуждение с жителями и публикацию всех документов.',
        rule: random.pick(['unanimity', 'consent', 'two_thirds', 'majority'] as const),
        adoptedOn: isoDate(start + random.int(30, 2_500) * DAY),
        adoptedBy: 'secretary',
      });
    }
  }

  for (let i = 0; i < profile.statements; i += 1) {
    await writeStatement(writer, random, issueIds, deputies, start);
  }

  for (let i = 0; i < profile.contacts; i += 1) {
    const deputy = random.pick(deputies);
    await writer.put('contacts', random.id('con'), {
      date: isoDate(start + random.int(0, 2_900) * DAY),
      kind: random.pick(['reception', 'meeting', 'appeal', 'event'] as const),
      deputyIds: [deputy.id],
      districtId: deputy.districtId,
      residents: random.int(1, 120),
      summary: random.pick(CONTACT_SUMMARIES),
      issueIds: random.chance(0.6) ? [random.pick(issueIds)] : [],
    });
  }
  await writer.flush();
}

function estimateTotal(profile: (typeof DEMO_PROFILES)[DemoScale]): number {
  return 10 + profile.deputies + profile.issues * (1.25 + profile.positionsPerIssue) + profile.statements * 5 + profile.contacts;
}

function deputyData(random: SeededRandom, districtId: string, groupIds: string[], index: number): EntityOf<'deputies'> {
  const female = random.chance(0.45);
  const first = random.pick(female ? FEMALE_FIRST : MALE_FIRST);
  const patronymic = random.pick(PATRONYMIC_ROOTS) + (female ? 'на' : 'ич');
  const surname = random.pick(SURNAME_ROOTS) + (female ? 'а' : '');
  const independent = random.chance(0.55);
  return {
    name: `${surname} ${first} ${patronymic}`,
    districtId,
    councilRole: index % 12 === 0 ? 'head' : index % 12 === 1 ? 'deputy_head' : 'member',
    ...(independent ? {} : { party: random.pick(PARTIES) }),
    email: `deputy${index + 1}@example.org`,
    phone: `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`,
    termStart: '2017-09-10',
    termEnd: '2022-09-11',
    status: random.chance(0.92) ? 'active' : random.pick(['former', 'suspended'] as const),
    groupIds: random.sample(groupIds, random.int(0, 2)),
  };
}

function issueData(random: SeededRandom, districtIds: string[], principles: string[], start: number): EntityOf<'issues'> {
  const category = random.pick(ISSUE_CATEGORIES_ORDER);
  const title = random.pick(ISSUE_TEMPLATES[category]).replace('{street}', `${random.pick(STREETS)}, д. ${random.int(1, 120)}`);
  const hearing = start + random.int(0, 2_800) * DAY;
  return {
    title,
    category,
    districtIds,
    description: `Жители обратились к депутатам. ${title}. Требуется позиция совета депутатов.`,
    status: random.pick(['open', 'open', 'hearing', 'decided', 'closed'] as const),
    ...(random.chance(0.6) ? { hearingDate: isoDate(hearing) } : {}),
    ...(random.chance(0.4) ? { voteDate: isoDate(hearing + 14 * DAY) } : {}),
    sources: random.chance(0.5) ? [{ kind: 'document', ref: `Решение СД № ${random.int(1, 90)}/${random.int(1, 12)}`, title: '' }] : [],
    tags: random.sample(TAGS, random.int(0, 3)),
    principleIds: random.sample(principles, random.int(1, 2)),
  };
}

function positionData(
  random: SeededRandom,
  issueId: string,
  deputyId: string,
  principles: string[],
  start: number,
): EntityOf<'positions'> {
  const stance = random.pick(STANCES);
  const byPhone = random.chance(0.15);
  return {
    issueId,
    deputyId,
    stance,
    reasons: random.pick(REASONS[stance]),
    principleChecks: random.sample(principles, random.int(0, 2)).map((principleId) => {
      const verdict = random.pick(['upholds', 'upholds', 'not_relevant', 'tension'] as const);
      return { principleId, verdict, note: verdict === 'tension' ? 'Есть противоречие: решение принято без жителей.' : '' };
    }),
    provenance: byPhone
      ? { enteredBy: 'secretary', channel: 'phone', givenAt: new Date(start + random.int(0, 2_800) * DAY).toISOString(), confirmed: random.chance(0.5) }
      : { enteredBy: deputyId, channel: 'self', confirmed: true },
  };
}

async function writeStatement(
  writer: BatchWriter,
  random: SeededRandom,
  issueIds: string[],
  deputies: { id: string }[],
  start: number,
): Promise<void> {
  const statementId = random.id('stm');
  const status = random.pick(['draft', 'review', 'open', 'open', 'published', 'withdrawn'] as const);
  const title = `Заявление союза депутатов № ${random.int(1, 999)}`;
  const versions: { id: string; hash: string; number: number }[] = [];
  let body = '';
  const versionCount = random.int(1, 3);
  for (let number = 1; number <= versionCount; number += 1) {
    body = `<h2>${title}</h2><p>Мы, независимые муниципальные депутаты, требуем открытого обсуждения с жителями.</p><p>Редакция ${number}.</p>`;
    const hash = await contentHash({ title, body, language: 'ru' });
    const id = random.id('ver');
    versions.push({ id, hash, number });
    await writer.put('statementVersions', id, {
      statementId,
      number,
      title,
      body,
      hash,
      author: 'secretary',
      savedAt: new Date(start + number * DAY).toISOString(),
    });
  }
  const current = versions.at(-1)!;
  await writer.put('statements', statementId, {
    title,
    issueIds: random.sample(issueIds, random.int(1, 2)),
    language: 'ru',
    status,
    body,
    currentVersionId: current.id,
    review: [],
    dissentAnnex: '',
    statusHistory: [{ status, by: 'secretary', at: new Date(start + 5 * DAY).toISOString() }],
  });
  if (status !== 'open' && status !== 'published') return;
  for (const deputy of random.sample(deputies, random.int(2, 8))) {
    const version = random.chance(0.8) ? current : random.pick(versions);
    await writer.put('signatures', signatureId(deputy.id, version.id), {
      statementId,
      versionId: version.id,
      deputyId: deputy.id,
      hash: version.hash,
      signedAt: new Date(start + 10 * DAY).toISOString(),
      provenance: { enteredBy: deputy.id, channel: 'self', confirmed: true },
    }, deputy.id);
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Collects puts and writes them in large batches: one journal append and fsync per batch. */
class BatchWriter {
  private pending: BatchEdit[] = [];
  private written = 0;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly onProgress: ((done: number) => void) | undefined,
    private readonly expected: number,
  ) {}

  /** `by`: who the record is written as (default: the store's author, the secretary). */
  async put(collection: BatchEdit['collection'], id: string, data: unknown, by?: string): Promise<void> {
    this.pending.push({ kind: 'put', collection, id, data, ...(by === undefined ? {} : { by }) });
    if (this.pending.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const edits = this.pending;
    this.pending = [];
    await this.store.batch(edits);
    this.written += edits.length;
    this.onProgress?.(Math.min(1, this.written / this.expected));
  }
}
