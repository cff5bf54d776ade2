import { stancePut } from '../support/owned-records';
import { stat } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBundle, ExchangeError, parseBundleFor, type MadeBundle } from '../../electron/exchange';
import type { WorkspaceStore } from '../../electron/store/workspace-store';
import { canonicalState, makeLaptops, sendBundle } from '../support/exchange-laptops';
import { resign, splitBundle } from '../support/exchange-bundles';
import { useTempDirs } from '../support/temp-dir';
import { sampleDeputy } from '../support/workspace';

const tempDir = useTempDirs();

/** A bundle with a bit of everything: people, issues with long texts, positions, deletions. */
async function richBundle(a: WorkspaceStore, b: WorkspaceStore): Promise<MadeBundle> {
  await sendBundle(b, a); // so that a can cut a "since" bundle for b
  const deputy = await a.create('deputies', sampleDeputy());
  for (let i = 0; i < 6; i += 1) {
    const issue = await a.create('issues', { title: `Вопрос ${i}`, category: 'transport', description: `Описание ${i}.\nВторая строка.`, tags: ['двор'] });
    await a.batch([stancePut({ issueId: issue.id, deputyId: deputy.id, stance: 'support', reasons: `Причина ${i}`, provenance: { enteredBy: 'secretary', channel: 'phone', confirmed: false } })]);
    if (i % 2 === 0) await a.patch('issues', issue.id, { description: `Описание ${i}, уточнённое.\nВторая строка.` });
  }
  await a.remove('districts', 'msk-45374000');
  return exportBundle(a, { since: b.device });
}

/** Mutations of raw bytes: what a bad disk, a cut download or a curious person does to a file. */
function byteMutation(size: number): fc.Arbitrary<(bytes: Buffer) => Buffer> {
  const at = fc.integer({ min: 0, max: size - 1 });
  return fc.oneof(
    at.map((cut) => (bytes: Buffer) => bytes.subarray(0, cut)),
    fc.tuple(at, fc.integer({ min: 0, max: 7 })).map(([i, bit]) => (bytes: Buffer) => {
      const copy = Buffer.from(bytes);
      copy.writeUInt8(copy.readUInt8(i) ^ (1 << bit), i);
      return copy;
    }),
    fc.tuple(at, fc.uint8Array({ minLength: 1, maxLength: 40 })).map(([i, junk]) => (bytes: Buffer) => Buffer.concat([bytes.subarray(0, i), junk, bytes.subarray(i)])),
    fc.tuple(at, fc.integer({ min: 1, max: 200 })).map(([i, n]) => (bytes: Buffer) => Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + n)])),
  );
}

const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

/** Hostile operation lines, signed with a matching checksum so that they reach the operation checks. */
const hostileLine: fc.Arbitrary<(line: string) => string> = fc.oneof(
  fc.constantFrom(
    (line: string) => line.replace('{"v":1', '{"__proto__":{"polluted":"yes"},"v":1'),
    (line: string) => line.replace('"data":{', '"data":{"__proto__":{"polluted":"yes"},'),
    (line: string) => line.replace('"data":{', '"data":{"constructor":{"prototype":{"polluted":"yes"}},'),
    (line: string) => line.replace('"data":{', '"data":{"prototype":1,'),
    (line: string) => line.replace('"data":{', `"data":{"x":${deep(400)},`),
    (line: string) => line.replace('"data":{', `"data":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`),
    (line: string) => line.replace('"data":{', `"data":{"title":"${'ж'.repeat(150_000)}",`),
    (line: string) => line.replace('"data":{', '"data":{"title":"",'),
    (line: string) => line.replace('"data":{', '"data":{"category":"nonsense",'),
    (line: string) => line.replace(/"col":"[a-zA-Z]+"/, '"col":"__proto__"'),
    (line: string) => line.replace(/"id":"[^"]+"/, '"id":"constructor"'),
    (line: string) => line.replace(/"dev":"[^"]+"/, '"dev":"someone-else"'),
    (line: string) => line.replace(/"hlc":"[^"]+"/, '"hlc":"zzzzzzzzzzz-00000-laptop-a"'),
    (line: string) => line.replace(/"op":"[a-z]+"/, '"op":"drop"'),
    (line: string) => `${line.slice(0, line.length / 2)}`,
    () => '[]',
    () => 'null',
    () => '{}',
  ),
  fc.string({ maxLength: 60 }).map((junk) => () => junk),
  fc.jsonValue({ maxDepth: 4 }).map((value) => () => JSON.stringify(value)),
);

const polluters = ['polluted', 'yes', 'x', 'a'];

function prototypesClean(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  for (const key of polluters) expect((({}) as Record<string, unknown>)[key]).toBeUndefined();
  expect(Object.keys(Array.prototype)).toEqual([]);
}

describe('importing damaged and hostile bundles (fuzz)', () => {
  it('refuses them whole with a clear error, imports nothing partially and pollutes no prototype', async () => {
    const [a, b, reference] = await makeLaptops(await tempDir(), ['laptop-a', 'laptop-b', 'laptop-c']);
    const bundle = await richBundle(a!, b!);
    await sendBundle(b!, reference!); // the reference knows what b knows, then takes the sound bundle
    await applyImport(reference!, await parseBundleFor(reference!, bundle.bytes), { confirmMassDelete: true });
    const imported = canonicalState(reference!).replaceAll('laptop-c', 'laptop-b');
    let baseline = canonicalState(b!);
    const importsSize = async () => stat(b!.layout.imports).then((info) => info.size, () => 0);
    let size = await importsSize();
    let accepted = 0;
    const { lines } = splitBundle(bundle.bytes);

    const attempt = async (bytes: Buffer) => {
      try {
        await applyImport(b!, await parseBundleFor(b!, bytes), { confirmMassDelete: true });
        accepted += 1;
      } catch (error) {
        if (!(error instanceof ExchangeError)) throw error; // anything else is a crash
        expect(error.message.length).toBeGreaterThan(0);
        expect(canonicalState(b!)).toBe(baseline);
        expect(await importsSize()).toBe(size);
        prototypesClean();
        return;
      }
      // Accepted: only a change the checksum does not cover (the header's date or name) can pass,
      // and then the import is the whole sound bundle; from then on it is known.
      expect(canonicalState(b!).replaceAll(/"[0-9a-z]{11}-[0-9a-z]{5}-laptop-[bc]"/g, '')).toBe(imported.replaceAll(/"[0-9a-z]{11}-[0-9a-z]{5}-laptop-[bc]"/g, ''));
      baseline = canonicalState(b!);
      size = await importsSize();
      prototypesClean();
    };

    await fc.assert(fc.asyncProperty(byteMutation(bundle.bytes.length), async (mutate) => attempt(mutate(bundle.bytes))), { numRuns: 1500 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: lines.length - 1 }), hostileLine, async (index, hostile) => {
        const changed = [...lines];
        changed[index] = hostile(lines[index]!);
        await attempt(resign(bundle.bytes, changed));
      }),
      { numRuns: 600 },
    );
    // Headers that lie: another workspace, a newer format, counts and vectors that do not match.
    const { header } = splitBundle(bundle.bytes);
    const body = bundle.bytes.subarray(bundle.bytes.indexOf(0x0a) + 1);
    for (const lie of [
      { workspaceId: 'other-workspace' },
      { formatVersion: 2 },
      { opCount: lines.length + 1 },
      { opCount: 1_000_000_000 },
      { bytes: body.length + 1 },
      { covers: {} },
      { format: 'something-else' },
      { since: 'everything' },
    ]) {
      await attempt(Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...lie })}\n`), body]));
    }
    await attempt(Buffer.concat([Buffer.from(`${JSON.stringify(header).replace('{', '{"__proto__":{"polluted":"yes"},')}\n`), body]));

    // The sound bundle still imports after all that, exactly once.
    await attempt(bundle.bytes);
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(b!.get('districts', 'msk-45374000')).toBeUndefined();
    for (const store of [a!, b!, reference!]) await store.close();
  });
});
