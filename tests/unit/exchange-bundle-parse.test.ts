import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION } from '../../electron/exchange/bundle-format';
import { ExchangeError } from '../../electron/exchange/errors';
import { parseBundle } from '../../electron/exchange/read-bundle';
import { encodeHlc } from '../../shared/store/hlc';
import { NOW, WORKSPACE_ID, bundleBytes, bundleOf, groupPut, resign, splitBundle, stamp } from '../support/exchange-bundles';

const expect_ = { workspaceId: WORKSPACE_ID, now: () => NOW };

function refusal(bytes: Uint8Array, limits = {}): ExchangeError {
  try {
    parseBundle(bytes, { ...expect_, limits });
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError);
    return error as ExchangeError;
  }
  throw new Error('the bundle was accepted');
}

describe('reading a bundle', () => {
  const ops = [groupPut(1), groupPut(2), groupPut(3, 'laptop-b')];

  it('accepts a sound bundle and returns its operations oldest first', () => {
    const bundle = parseBundle(bundleOf([ops[2]!, ops[0]!, ops[1]!]), expect_);
    expect(bundle.ops.map((op) => op.id)).toEqual(['g1', 'g2', 'g3']);
    expect(bundle.header).toMatchObject({ device: 'laptop-a', opCount: 3 });
  });

  it('refuses each kind of bad bundle with its own code', () => {
    const good = bundleOf(ops);
    expect(refusal(Buffer.alloc(0)).code).toBe('not_a_bundle');
    expect(refusal(Buffer.from('hello\nworld\n')).code).toBe('not_a_bundle');
    expect(refusal(Buffer.from('{"format":"alliance-desk-bundle","formatVer')).code).toBe('truncated');
    expect(refusal(bundleOf(ops, { formatVersion: BUNDLE_FORMAT_VERSION + 1, extra: { whatever: true } })).code).toBe('newer_format');
    const other = refusal(bundleOf(ops, { workspaceId: 'another', workspaceName: 'Чужой союз' }));
    expect(other.code).toBe('wrong_workspace');
    expect(other.message).toMatch(/Чужой союз/);
    expect(refusal(good.subarray(0, good.length - 10)).code).toBe('truncated');
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 5) ^ 0x01, flipped.length - 5);
    expect(refusal(flipped).code).toBe('checksum_mismatch');
    expect(refusal(Buffer.concat([good, Buffer.from('{}\n')])).code).toBe('malformed');
    expect(refusal(good, { maxBytes: 100 }).code).toBe('too_large');
    expect(refusal(good, { maxOperations: 2 }).code).toBe('too_many_operations');
    expect(refusal(bundleOf(ops, { opCount: 4 })).code).toBe('truncated');
    expect(refusal(bundleOf(ops, { covers: { 'laptop-a': stamp(1) , 'laptop-b': stamp(3, 'laptop-b') } })).code).toBe('malformed');
    expect(refusal(bundleOf([...ops, ops[0]!])).code).toBe('malformed'); // a clock twice
  });

  it('refuses operations that fail their schema, name another device, or come from the future', () => {
    const { lines } = splitBundle(bundleOf(ops));
    const blankName = { ...groupPut(4), data: { name: '', kind: 'working' } };
    expect(refusal(bundleBytes([...lines, JSON.stringify(blankName)], {}, [...ops, blankName])).code).toBe('invalid_operation');
    const unknownCollection = { ...groupPut(5), col: 'secrets' };
    expect(refusal(bundleBytes([JSON.stringify(unknownCollection)], {}, ops)).code).toBe('invalid_operation');
    const future = { ...groupPut(6), hlc: encodeHlc({ wall: NOW + 3 * 24 * 3600 * 1000, counter: 0 }, 'laptop-a') };
    const refusedFuture = refusal(bundleOf([future]));
    expect(refusedFuture.code).toBe('clock_ahead');
    expect(refusedFuture.message).toMatch(/clock of device laptop-a is wrong/);
    expect(refusal(bundleOf(ops, { covers: { 'laptop-a': stamp(2), 'laptop-b': future.hlc.replace('laptop-a', 'laptop-b') } })).code).toBe('clock_ahead');
    const newer = { ...groupPut(7), v: 99 };
    expect(refusal(bundleBytes([JSON.stringify(newer)], {}, ops)).code).toBe('newer_format');
  });

  it('refuses hostile JSON before trusting it, without touching any prototype', () => {
    const { lines } = splitBundle(bundleOf(ops));
    const good = bundleOf(ops);
    const hostile = [
      ['forbidden_key', lines[0]!.replace('{"v":1', '{"__proto__":{"polluted":true},"v":1')],
      ['forbidden_key', lines[0]!.replace('"data":{', '"data":{"constructor":{"prototype":{"polluted":true}},')],
      ['forbidden_key', lines[0]!.replace('"data":{', '"data":{"\\u005f_proto__":{"polluted":true},')],
      ['too_deep', lines[0]!.replace('"description":""', `"description":${'['.repeat(5000)}${']'.repeat(5000)}`)],
      ['string_too_long', lines[0]!.replace('"description":""', `"description":"${'я'.repeat(100_001)}"`)],
      ['string_too_long', lines[0]!.replace('"description":""', `"description":"${'\\n'.repeat(100_001)}"`)],
      ['malformed', '{"v":1,'],
      ['malformed', 'not json at all'],
    ] as const;
    for (const [code, line] of hostile) {
      expect(refusal(resign(good, [line, lines[1]!])).code, line.slice(0, 60)).toBe(code);
    }
    const body = Buffer.from([0x7b, 0xff, 0x7d, 0x0a]);
    const { header } = splitBundle(good);
    const signed = { ...header, opCount: 1, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
    expect(refusal(Buffer.concat([Buffer.from(`${JSON.stringify(signed)}\n`), body])).code).toBe('malformed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
