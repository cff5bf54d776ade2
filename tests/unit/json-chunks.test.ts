import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../electron/store/json-chunks';

const text = (value: unknown, depth?: number) => Buffer.concat([...jsonChunks(value, depth)]).toString('utf8');

describe('a snapshot written in chunks', () => {
  it('is the same text JSON.stringify gives, for null-prototype maps, nesting, arrays and skipped values', () => {
    const records = Object.assign(Object.create(null) as Record<string, unknown>, {
      'g-1': { f: { name: 'Транспорт', tags: ['а', 'б'] }, p: '000mx7uf3kk-00000-a', h: [0, 10, 200] },
      'g-2': { f: { name: 'ЖКХ "и" \\ двор\n', gone: undefined }, d: '000mx7uf3kl-00000-a' },
    });
    const document = { format: 'alliance-desk-snapshot', journals: { a: 10 }, devices: ['a'], skip: undefined, fn: () => 1, collections: { groups: records, issues: {} }, date: new Date(0) };
    for (const depth of [0, 1, 2, 3, 6]) expect(text(document, depth)).toBe(JSON.stringify(document));
  });

  it('never builds one huge string: a large document comes in many chunks of bounded size', () => {
    const records: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i += 1) records[`p-${i}`] = { f: { reasons: `Причина ${i} `.repeat(5) } };
    const chunks = [...jsonChunks({ collections: { positions: records } })];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(1 << 19);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual({ collections: { positions: records } });
  });
});
