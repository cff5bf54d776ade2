import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildExportDocument, parseExportDocument } from '../../shared/export/build';
import { emptyExportData, type ExportData } from '../../shared/export/input';
import type { Block, ExportDocument, TableBlock } from '../../shared/export/model/schema';
import { neutralizeFormula, renderCsv } from '../../shared/export/render/csv';
import { renderJson } from '../../shared/export/render/json';
import { renderMarkdown } from '../../shared/export/render/markdown';

const at = '2024-01-01T00:00:00.000Z';
const rec = <T extends object>(id: string, fields: T) => ({ id, createdAt: at, updatedAt: at, ...fields });
const self = (deputyId: string) => ({ enteredBy: deputyId, channel: 'self' as const, confirmed: true });
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** Six deputies in two districts; one issue with a known split and a line; a statement with a stale signature. */
function data(): ExportData {
  const stances = ['support', 'support', 'support_amended', 'oppose', 'abstain', 'undecided'] as const;
  return {
    ...emptyExportData('Союз'),
    principles: [rec('p1', { number: 1, title: 'Независимость', summary: '', text: '' }), rec('p2', { number: 2, title: 'Общее', summary: '', text: '' })],
    districts: [
      rec('d1', { name: 'Черёмушки', nameEn: 'Cheryomushki', region: 'Москва', okrug: 'ЮЗАО', kind: 'municipal_okrug' as const, builtIn: true }),
      rec('d2', { name: 'Арбат', nameEn: 'Arbat', region: 'Москва', okrug: 'ЦАО', kind: 'municipal_okrug' as const, builtIn: true }),
    ],
    groups: [rec('g1', { name: 'Экология', kind: 'working' as const, description: '' })],
    deputies: stances.map((_, i) =>
      rec(`dep${i}`, { name: `Депутат ${i}`, districtId: i < 4 ? 'd1' : 'd2', councilRole: 'member' as const, status: 'active' as const, groupIds: i < 2 ? ['g1'] : [] }),
    ),
    issues: [
      rec('i1', { title: 'Сквер', category: 'environment' as const, districtIds: ['d1'], description: '', status: 'open' as const, sources: [], tags: [], principleIds: ['p1'] }),
      rec('i2', { title: 'Автобус', category: 'transport' as const, districtIds: ['d2'], description: '', status: 'closed' as const, sources: [], tags: [], principleIds: [] }),
    ],
    positions: stances.map((stance, i) =>
      rec(`pos${i}`, {
        issueId: 'i1',
        deputyId: `dep${i}`,
        stance,
        reasons: i === 3 ? '=1+1 и | черта' : `Довод ${i}`,
        principleChecks: i === 3 ? [{ principleId: 'p1', verdict: 'tension' as const, note: 'Без жителей' }] : [],
        provenance: self(`dep${i}`),
      }),
    ),
    allianceLines: [rec('l1', { issueId: 'i1', stance: 'support' as const, text: 'За сквер', rule: 'two_thirds' as const, adoptedOn: '2024-02-01', adoptedBy: 'secretary' })],
    statements: [
      rec('s1', {
        title: 'Заявление',
        issueIds: ['i1'],
        language: 'ru' as const,
        status: 'open' as const,
        body: '<p>Текст</p>',
        currentVersionId: 'v2',
        review: [],
        dissentAnnex: '',
        statusHistory: [],
      }),
    ],
    statementVersions: [
      rec('v1', { statementId: 's1', number: 1, title: 'Заявление', body: '<p>Старый</p>', hash: HASH_A, author: 'secretary', savedAt: at }),
      rec('v2', { statementId: 's1', number: 2, title: 'Заявление', body: '<p>Новый текст</p>', hash: HASH_B, author: 'dep0', savedAt: at }),
    ],
    signatures: [
      rec('sig1', { statementId: 's1', versionId: 'v1', deputyId: 'dep1', hash: HASH_A, signedAt: at, provenance: self('dep1') }),
      rec('sig2', { statementId: 's1', versionId: 'v2', deputyId: 'dep0', hash: HASH_B, signedAt: at, provenance: self('dep0') }),
    ],
  };
}

const options = { lang: 'ru' as const, generatedAt: '2024-03-14T09:00:00.000Z', timeZone: 'Europe/Moscow' };
const tableOf = (doc: ExportDocument, key: string) => doc.blocks.find((block): block is TableBlock => block.type === 'table' && block.key === key)!;
const factsText = (doc: ExportDocument) =>
  doc.blocks.flatMap((block: Block) => (block.type === 'facts' ? block.items.map((item) => `${item.label}: ${item.value}`) : []));

describe('export document model', () => {
  it('summarizes an issue with every figure beside its count', () => {
    const doc = buildExportDocument({ kind: 'issue', id: 'i1' }, data(), options);
    expect(doc.title).toBe('Сводка позиций: Сквер');
    const facts = factsText(doc);
    // 3 for, 1 against, 1 abstain: AI = (3 − ½·2)/5 = 0.4; 6 deputies in the alliance, 5 with a stance.
    expect(facts).toContain('Индекс согласия: 0,40 (основание: 5\u00a0позиций; без позиции: 1\u00a0депутат)');
    expect(facts).toContain('Большинство: за');
    // Two-thirds of 5 is 4 (ceil); 3 are for.
    expect(facts).toContain('Правило выполнено: нет: «за» — 3 из 5, нужно 4');
    expect(facts.some((fact) => fact.startsWith('Согласие по районам: ') && fact.endsWith('(2\u00a0района)'))).toBe(true);
    expect(tableOf(doc, 'distribution').rows).toEqual([
      ['поддерживает', 2],
      ['поддерживает с поправками', 1],
      ['воздерживается', 1],
      ['против', 1],
      ['пока без решения', 1],
      ['Позиция не записана', 0],
    ]);
    const stances = tableOf(doc, 'stances');
    expect(stances.rows.map((row) => row[0])).toEqual(['Депутат 0', 'Депутат 1', 'Депутат 2', 'Депутат 4', 'Депутат 3', 'Депутат 5']);
    expect(tableOf(doc, 'principles').rows[0]).toEqual(['1. Независимость', 0, 1, 0]);
    expect(JSON.stringify(doc.blocks)).toContain('1. Независимость: Без жителей');
  });

  it('summarizes a deputy with agreement against the line and its count', () => {
    const doc = buildExportDocument({ kind: 'deputy', id: 'dep3' }, data(), { ...options, lang: 'en' });
    expect(doc.title).toBe('Stances of Депутат 3');
    expect(JSON.stringify(doc.blocks)).toContain('based on 1\u00a0issue — fewer than three, no verdict');
    const tensions = doc.blocks.find((block) => block.type === 'list');
    expect(tensions?.type === 'list' && tensions.items.map((runs) => runs.map((run) => run.text).join(''))).toEqual(['Сквер — 1. Независимость: Без жителей']);
    expect(tableOf(doc, 'stances').rows).toEqual([['Сквер', 'Clean air and environment', 'opposes', '=1+1 и | черта', 'supports', 'differs']]);
  });

  it('summarizes a district with its deputies only and a group with its members', () => {
    const district = buildExportDocument({ kind: 'district', id: 'd1' }, data(), options);
    expect(district.title).toBe('Сводка позиций депутатов: Черёмушки');
    expect(tableOf(district, 'deputies').rows.map((row) => row[0])).toEqual(['Депутат 0', 'Депутат 1', 'Депутат 2', 'Депутат 3']);
    // Among the 4 district deputies: 3 for, 1 against, none without: AI = (3 − ½·1)/4 = 0.625.
    expect(tableOf(district, 'issues').rows).toEqual([['Сквер', 'Чистый воздух и экология', 3, 1, 0, 0, 0.625, 'поддерживает']]);
    const group = buildExportDocument({ kind: 'group', id: 'g1' }, data(), options);
    expect(tableOf(group, 'stances').rows.map((row) => row[0])).toEqual(['Депутат 0', 'Депутат 1']);
  });

  it('summarizes the whole alliance with filters', () => {
    const all = buildExportDocument({ kind: 'alliance' }, data(), options);
    expect(tableOf(all, 'issues').rows.map((row) => row[0])).toEqual(['Сквер', 'Автобус']);
    const filtered = buildExportDocument({ kind: 'alliance', filters: { okrugs: ['цао'], statuses: ['closed'] } }, data(), options);
    expect(tableOf(filtered, 'issues').rows.map((row) => row[0])).toEqual(['Автобус']);
    expect(tableOf(filtered, 'deputies').rows.map((row) => row[0])).toEqual(['Депутат 4', 'Депутат 5']);
    expect(filtered.subtitle).toContain('Статусы: закрыт');
    const none = buildExportDocument({ kind: 'alliance', filters: { categories: ['healthcare'] } }, data(), options);
    expect(tableOf(none, 'issues').rows).toEqual([]);
  });

  it('marks signatures of an earlier version and adds the dissent annex on request', () => {
    const doc = buildExportDocument({ kind: 'statement', id: 's1', dissent: true }, data(), options);
    const signatures = tableOf(doc, 'signatures');
    expect(signatures.rows.map((row) => [row[1], row[3], row[6]])).toEqual([
      ['Депутат 0', '№ 2', 'действующая редакция'],
      ['Депутат 1', '№ 1', 'ранняя редакция — нужна повторная подпись'],
    ]);
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('Новый текст');
    expect(text).not.toContain('Старый');
    expect(text).toContain('1\u00a0подпись.');
    expect(text).toContain('Приложение. Особые мнения');
    expect(text).toContain('Депутат 3 (против)');
    expect(text).toContain('Депутат 4 (воздерживается)');
    const without = buildExportDocument({ kind: 'statement', id: 's1' }, data(), options);
    expect(JSON.stringify(without.blocks)).not.toContain('Особые мнения');
  });

  it('refuses unknown records and malformed targets', () => {
    expect(() => buildExportDocument({ kind: 'issue', id: 'nope' }, data(), options)).toThrow(/issue nope: not found/);
    expect(() => buildExportDocument({ kind: 'planet', id: 'x' }, data(), options)).toThrow();
    expect(() => buildExportDocument({ kind: 'alliance' }, data(), { lang: 'de', generatedAt: at })).toThrow();
  });
});

describe('export renderers', () => {
  const doc = buildExportDocument({ kind: 'issue', id: 'i1' }, data(), options);

  it('writes JSON that validates against the published schema', () => {
    const parsed = parseExportDocument(JSON.parse(renderJson(doc)));
    expect(parsed).toMatchObject({ format: 'alliance-desk-export', formatVersion: 1, kind: 'issue', subjectId: 'i1', lang: 'ru' });
    const broken = { ...parsed, blocks: [{ type: 'table', key: 'x', columns: [{ key: 'a', label: 'A', type: 'text' }], rows: [['1', '2']] }] };
    expect(() => parseExportDocument(broken)).toThrow(/one cell per column/);
  });

  it('writes CSV with a BOM, RFC 4180 quoting and neutralized formulas, in both delimiters', () => {
    for (const delimiter of [',', ';'] as const) {
      const csv = renderCsv(doc, { delimiter });
      expect(csv.startsWith('\ufeff')).toBe(true);
      expect(csv).toContain('\r\n');
      const rows = parse(csv.slice(1), { delimiter, relax_column_count: false }) as string[][];
      expect(rows[0]).toEqual(['Депутат', 'Район', 'Позиция', 'Доводы', 'Как записано']);
      expect(rows).toHaveLength(1 + 6);
      expect(rows.find((row) => row[0] === 'Депутат 3')![3]).toBe("'=1+1 и | черта");
    }
    // A plain number stays a number (the per-segment rule is tested in export-csv.test.ts).
    expect(['=A1', '+7', '-5', '-5 шт', '@x', '\tx', '\rx', 'ok', '5-'].map(neutralizeFormula)).toEqual(["'=A1", '+7', '-5', "'-5 шт", "'@x", "'\tx", "'\rx", 'ok', '5-']);
  });

  it('writes decimals with a comma for the semicolon dialect', () => {
    const alliance = buildExportDocument({ kind: 'alliance' }, data(), options);
    const rows = (delimiter: ',' | ';') => parse(renderCsv(alliance, { delimiter }).slice(1), { delimiter }) as string[][];
    expect(rows(',')[1]![8]).toBe('0.4');
    expect(rows(';')[1]![8]).toBe('0,4');
  });

  it('writes Markdown headings, tables and escaped text', () => {
    const md = renderMarkdown(doc);
    expect(md).toMatch(/^# Сводка позиций: Сквер\n/);
    expect(md).toContain('\n## Позиции депутатов\n');
    expect(md).toContain('| Депутат | Район | Позиция | Доводы | Как записано |');
    expect(md).toContain('| Депутат 3 | Черёмушки | против | =1+1 и \\| черта | лично |');
    expect(renderMarkdown({ ...doc, blocks: [{ type: 'paragraph', runs: [{ text: '# не заголовок <b>' }] }] })).toContain('\\# не заголовок \\<b\\>');
  });
});
