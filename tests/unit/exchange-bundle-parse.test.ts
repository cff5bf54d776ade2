import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION } from '../../electron/exchange/bundle-format';
import { ExchangeError } from '../../electron/exchange/errors';
import { parseBundle, type ParsedBundle } from '../../electron/exchange/read-bundle';
import type { Operation } from '../../shared/store/operation';
import { encodeHlc } from '../../shared/store/hlc';
import { NOW, WORKSPACE_ID, bundleBytes, bundleOf, groupPut, resign, splitBundle, stamp } from '../support/exchange-bundles';

const expect_ = { workspaceId: WORKSPACE_ID, now: () => NOW };

async function refusal(bytes: Uint8Array, limits = {}): Promise<ExchangeError> {
  try {
    await parseBundle(bytes, { ...expect_, limits });
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError);
    return error as ExchangeError;
  }
  throw new Error('the bundle was accepted');
}

async function opsOf(bundle: ParsedBundle): Promise<Operation[]> {
  const ops: Operation[] = [];
  await bundle.forEachBatch(async (batch) => {
    ops.push(...batch);
  });
  return ops;
}

describe('reading a bundle', () => {
  const ops = [groupPut(1), groupPut(2), groupPut(3, 'laptop-b')];

  it('accepts a sound bundle and hands over its operations, checked, in the order they are written', async () => {
    const bundle = await parseBundle(bundleOf([ops[2]!, ops[0]!, ops[1]!]), expect_);
    expect((await opsOf(bundle)).map((op) => op.id)).toEqual(['g3', 'g1', 'g2']);
    expect(bundle.header).toMatchObject({ device: 'laptop-a', opCount: 3 });
    expect(bundle.ahead).toEqual({ count: 0, latest: null, devices: [] });
  });

  it('reads a bundle whose lines a Windows tool turned into CRLF as the original', async () => {
    const crlf = Buffer.from(bundleOf(ops).toString('utf8').replaceAll('\n', '\r\n'), 'utf8');
    const bundle = await parseBundle(crlf, expect_);
    expect((await opsOf(bundle)).map((op) => op.id)).toEqual(['g1', 'g2', 'g3']);
    // The checksum still guards the content: a changed byte is refused as before.
    const flipped = Buffer.from(crlf);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 8) ^ 0x01, flipped.length - 8);
    expect((await refusal(flipped)).code).toBe('checksum_mismatch');
  });

  it('refuses a bundle that changed after it was checked, when its operations are read again', async () => {
    const bytes = bundleOf(ops);
    const bundle = await parseBundle(bytes, expect_);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0x01, bytes.length - 5);
    await expect(opsOf(bundle)).rejects.toMatchObject({ code: expect.stringMatching(/checksum_mismatch|malformed/) });
  });

  it('refuses each kind of bad bundle with its own code', async () => {
    const good = bundleOf(ops);
    expect((await refusal(Buffer.alloc(0))).code).toBe('not_a_bundle');
    expect((await refusal(Buffer.from('hello\nworld\n'))).code).toBe('not_a_bundle');
    expect((await refusal(Buffer.from('{"format":"alliance-desk-bundle","formatVer'))).code).toBe('truncated');
    expect((await refusal(bundleOf(ops, { formatVersion: BUNDLE_FORMAT_VERSION + 1, extra: { whatever: true } }))).code).toBe('newer_format');
    const other = await refusal(bundleOf(ops, { workspaceId: 'another', workspaceName: 'Чужой союз' }));
    expect(other.code).toBe('wrong_workspace');
    expect(other.message).toMatch(/Чужой союз/);
    expect((await refusal(good.subarray(0, good.length - 10))).code).toBe('truncated');
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 5) ^ 0x01, flipped.length - 5);
    expect((await refusal(flipped)).code).toBe('checksum_mismatch');
    expect((await refusal(Buffer.concat([good, Buffer.from('{}\n')]))).code).toBe('malformed');
    expect((await refusal(good, { maxBytes: 100 })).code).toBe('too_large');
    expect((await refusal(good, { maxOperations: 2 })).code).toBe('too_many_operations');
    expect((await refusal(bundleOf(ops, { opCount: 4 }))).code).toBe('truncated');
    expect((await refusal(bundleOf(ops, { covers: { 'laptop-a': stamp(1) , 'laptop-b': stamp(3, 'laptop-b') } }))).code).toBe('malformed');
    expect((await refusal(bundleOf([...ops, ops[0]!]))).code).toBe('malformed'); // a clock twice
  });

  it('refuses operations that fail their schema or name another device', async () => {
    const { lines } = splitBundle(bundleOf(ops));
    const blankName = { ...groupPut(4), data: { name: '', kind: 'working' } };
    expect((await refusal(bundleBytes([...lines, JSON.stringify(blankName)], {}, [...ops, blankName]))).code).toBe('invalid_operation');
    const unknownCollection = { ...groupPut(5), col: 'secrets' };
    expect((await refusal(bundleBytes([JSON.stringify(unknownCollection)], {}, ops))).code).toBe('invalid_operation');
    const newer = { ...groupPut(7), v: 99 };
    expect((await refusal(bundleBytes([JSON.stringify(newer)], {}, ops))).code).toBe('newer_format');
  });

  it('takes operations from the future as they are, counts them as ahead, and never lets them into covers unasked', async () => {
    const future = { ...groupPut(6), hlc: encodeHlc({ wall: NOW + 3 * 24 * 3600 * 1000, counter: 0 }, 'laptop-a') };
    // A maker of this version holds such an operation back from `covers`; an older one put it in. Both read.
    for (const covers of [{ 'laptop-a': stamp(2) }, { 'laptop-a': future.hlc }]) {
      const bundle = await parseBundle(bundleBytes([...splitBundle(bundleOf(ops.slice(0, 2))).lines, JSON.stringify(future)], { covers }), expect_);
      expect(bundle.ahead).toEqual({ count: 1, latest: future.hlc, devices: ['laptop-a'] });
      expect((await opsOf(bundle)).map((op) => op.id)).toEqual(['g1', 'g2', 'g6']);
    }
    // Within a day of the maker's clock, an operation `covers` does not include is a lie, as before.
    const soon = { ...groupPut(8), hlc: encodeHlc({ wall: NOW + 3600 * 1000, counter: 0 }, 'laptop-a') };
    expect((await refusal(bundleBytes([JSON.stringify(soon)], { covers: { 'laptop-a': stamp(2) } }))).code).toBe('malformed');
  });

  it('refuses hostile JSON before trusting it, without touching any prototype', async () => {
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
      expect((await refusal(resign(good, [line, lines[1]!]))).code, line.slice(0, 60)).toBe(code);
    }
    const body = Buffer.from([0x7b, 0xff, 0x7d, 0x0a]);
    const { header } = splitBundle(good);
    const signed = { ...header, opCount: 1, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
    expect((await refusal(Buffer.concat([Buffer.from(`${JSON.stringify(signed)}\n`), body]))).code).toBe('malformed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
