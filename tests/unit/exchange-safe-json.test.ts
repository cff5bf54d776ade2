import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from '../../electron/exchange/safe-json';
import { coversOperation, mergeVectors, vectorOf } from '../../shared/exchange/version-vector';

const limits = { maxDepth: 8, maxStringLength: 10 };

describe('parsing untrusted JSON', () => {
  it('parses plain data', () => {
    expect(parseUntrustedJson('{"a":[1,"ок",{"b":null}]}', limits)).toEqual({ a: [1, 'ок', { b: null }] });
  });

  it('refuses deep nesting before parsing, whatever the brackets', () => {
    expect(() => parseUntrustedJson('['.repeat(9) + ']'.repeat(9), limits)).toThrow(expect.objectContaining({ code: 'too_deep' }));
    expect(() => parseUntrustedJson('['.repeat(1_000_000), limits)).toThrow(expect.objectContaining({ code: 'too_deep' }));
    expect(parseUntrustedJson('"[[[[[[[[[["', { ...limits, maxStringLength: 20 })).toBe('[[[[[[[[[['); // brackets in strings do not count
  });

  it('measures strings by the characters they stand for', () => {
    expect(parseUntrustedJson('"\\u0416\\u0416\\n\\""', limits)).toBe('ЖЖ\n"');
    expect(() => parseUntrustedJson(`"${'я'.repeat(11)}"`, limits)).toThrow(expect.objectContaining({ code: 'string_too_long' }));
    expect(() => parseUntrustedJson(`{"${'k'.repeat(11)}":1}`, limits)).toThrow(expect.objectContaining({ code: 'string_too_long' }));
  });

  it('refuses prototype keys anywhere, written plainly or escaped, and pollutes nothing', () => {
    for (const text of ['{"__proto__":{"polluted":1}}', '[{"a":{"constructor":{"prototype":{"polluted":1}}}}]', '{"\\u005f_proto__":{"polluted":1}}', '{"prototype":1}']) {
      expect(() => parseUntrustedJson(text, { maxDepth: 8, maxStringLength: 100 })).toThrow(expect.objectContaining({ code: 'forbidden_key' }));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what is not JSON', () => {
    expect(() => parseUntrustedJson('{"a":', limits)).toThrow(expect.objectContaining({ code: 'malformed' }));
  });
});

describe('version vectors', () => {
  it('keep the newest clock per device and tell what they cover', () => {
    const vector = vectorOf([
      { dev: 'a', hlc: '2' },
      { dev: 'a', hlc: '5' },
      { dev: 'b', hlc: '3' },
    ]);
    expect(vector).toEqual({ a: '5', b: '3' });
    expect(mergeVectors(vector, { b: '4', c: '1' })).toEqual({ a: '5', b: '4', c: '1' });
    expect(coversOperation(vector, { dev: 'a', hlc: '5' })).toBe(true);
    expect(coversOperation(vector, { dev: 'a', hlc: '6' })).toBe(false);
    expect(coversOperation(vector, { dev: 'constructor', hlc: '1' })).toBe(false);
  });
});
