import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headClocks, resolveText, type TextWrite } from '../../shared/exchange/text-lineage';
import { mergeAll, mergeThreeWay, tokenize } from '../../shared/exchange/text-merge';
import { encodeHlc } from '../../shared/store/hlc';

const at = (n: number, device = 'dev-a') => encodeHlc({ wall: 1_000 + n, counter: 0 }, device);
const write = (n: number, device: string, text: string, parents?: string[]): TextWrite => ({ clock: at(n, device), device, author: 'secretary', text, parents });

describe('three-way text merge', () => {
  const base = 'Жители просят сохранить сквер. Застройщик предлагает парковку.\nСовет обсудит вопрос в марте.';

  it('tokenizes so that joining gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(tokenize(text).join('')).toBe(text);
        expect(tokenize(text, 'line').join('')).toBe(text);
      }),
    );
  });

  it('merges edits of different sentences, even within one paragraph', () => {
    const a = base.replace('сохранить сквер', 'сохранить старый сквер');
    const b = base.replace('в марте', 'в апреле');
    expect(mergeThreeWay(base, a, b)).toEqual({
      clean: true,
      text: 'Жители просят сохранить старый сквер. Застройщик предлагает парковку.\nСовет обсудит вопрос в апреле.',
    });
    expect(mergeThreeWay(base, b, a)).toEqual(mergeThreeWay(base, a, b));
  });

  it('reports overlapping edits as not clean', () => {
    expect(mergeThreeWay(base, base.replace('сквер', 'парк'), base.replace('сквер', 'бульвар')).clean).toBe(false);
  });

  it('takes one side when the other did not change, and identical edits once', () => {
    const edited = base.replace('марте', 'мае');
    expect(mergeThreeWay(base, base, edited)).toEqual({ clean: true, text: edited });
    expect(mergeThreeWay(base, edited, base)).toEqual({ clean: true, text: edited });
    expect(mergeThreeWay(base, edited, edited)).toEqual({ clean: true, text: edited });
    expect(mergeAll(base, [edited, base, edited])).toEqual({ clean: true, text: edited });
  });

  it('merges rich text stored as JSON node by node, and conflicts on the same node', () => {
    const doc = (a: string, b: string) => JSON.stringify({ type: 'doc', content: [{ text: a }, { text: b }] });
    const merged = mergeThreeWay(doc('один', 'два'), doc('один!', 'два'), doc('один', 'два!'));
    expect(merged.clean && JSON.parse(merged.text)).toEqual({ type: 'doc', content: [{ text: 'один!' }, { text: 'два!' }] });
    expect(mergeThreeWay(doc('один', 'два'), doc('раз', 'два'), doc('первый', 'два')).clean).toBe(false);
  });
});

describe('concurrent versions of a long text', () => {
  const put = write(0, 'dev-a', 'А. Б. В.', []);

  it('settles edits made one after the other', () => {
    const first = write(1, 'dev-a', 'А! Б. В.', [put.clock]);
    const second = write(2, 'dev-b', 'А! Б! В.', [first.clock]);
    expect(resolveText([put, first, second])).toEqual({ kind: 'settled', text: 'А! Б! В.', parents: [second.clock] });
  });

  it('takes edits without recorded versions (older journals) as made in clock order', () => {
    const legacy = write(1, 'dev-b', 'А. Б. В!', undefined);
    const other = write(2, 'dev-a', 'А? Б. В.', undefined);
    expect(resolveText([put, legacy, other])).toMatchObject({ kind: 'settled', text: 'А? Б. В.' });
  });

  it('merges concurrent edits against their common base, naming both as parents', () => {
    const a = write(1, 'dev-a', 'А! Б. В.', [put.clock]);
    const b = write(1, 'dev-b', 'А. Б. В!', [put.clock]);
    expect(resolveText([put, a, b])).toMatchObject({ kind: 'merge', text: 'А! Б. В!', parents: [a.clock, b.clock], base: 'А. Б. В.' });
    expect(headClocks([put, a, b])).toEqual([a.clock, b.clock]);
  });

  it('keeps overlapping versions as a conflict, oldest first', () => {
    const a = write(1, 'dev-a', 'Х. Б. В.', [put.clock]);
    const b = write(2, 'dev-b', 'Ц. Б. В.', [put.clock]);
    const resolution = resolveText([b, put, a]);
    expect(resolution).toMatchObject({ kind: 'conflict', base: 'А. Б. В.' });
    expect(resolution.kind === 'conflict' && resolution.versions.map((v) => v.text)).toEqual(['Х. Б. В.', 'Ц. Б. В.']);
  });

  it('counts the same merge made on two devices as one version', () => {
    const a = write(1, 'dev-a', 'А! Б. В.', [put.clock]);
    const b = write(1, 'dev-b', 'А. Б. В!', [put.clock]);
    const onA = write(2, 'dev-a', 'А! Б. В!', [a.clock, b.clock]);
    const onB = write(3, 'dev-b', 'А! Б. В!', [a.clock, b.clock]);
    const later = write(4, 'dev-a', 'А! Б? В!', [onB.clock]); // built on one of the two
    expect(resolveText([put, a, b, onA, onB])).toMatchObject({ kind: 'settled', text: 'А! Б. В!' });
    expect(resolveText([put, a, b, onA, onB, later])).toMatchObject({ kind: 'settled', text: 'А! Б? В!' });
  });

  it('ignores parent references forward in time (not causal, and no cycles)', () => {
    const a = write(1, 'dev-a', 'А! Б. В.', [put.clock, at(9, 'dev-b')]);
    const b = write(9, 'dev-b', 'А! Б. В!', [a.clock]);
    expect(resolveText([put, a, b])).toMatchObject({ kind: 'settled', text: 'А! Б. В!' });
  });

  it('decides the same whatever order the writes arrive in (property)', () => {
    const words = ['А.', 'Б.', 'В.', 'Г.'];
    const writes = fc
      .array(fc.record({ device: fc.constantFrom('dev-a', 'dev-b', 'dev-c'), parent: fc.nat(), word: fc.nat({ max: 3 }), mark: fc.constantFrom('!', '?') }), {
        minLength: 1,
        maxLength: 8,
      })
      .map((steps) => {
        const all: TextWrite[] = [write(0, 'dev-a', words.join(' '), [])];
        steps.forEach((step, i) => {
          const from = all[step.parent % all.length]!;
          const tokens = from.text.split(' ');
          tokens[step.word] = `${tokens[step.word]}${step.mark}`;
          all.push(write(i + 1, step.device, tokens.join(' '), [from.clock]));
        });
        return all;
      });
    fc.assert(
      fc.property(writes.chain((all) => fc.tuple(fc.constant(all), fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }))), ([all, shuffled]) => {
        expect(resolveText(shuffled)).toEqual(resolveText(all));
      }),
      { numRuns: 300 },
    );
  });
});
