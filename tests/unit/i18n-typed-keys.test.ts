import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWebChecker, repoPath } from '../support/compile-web';

// Proves that `npm run typecheck` bites on translation keys: renderer/src/i18n/typed-resources.ts
// types t(), ru/index.ts and en/index.ts check the dictionaries against each other (shape.ts).
const FIXTURE = 'renderer/src/i18n/typed-keys-fixture.ts';
const DICTIONARIES = ['renderer/src/i18n/typed-resources.ts', 'renderer/src/i18n/ru/index.ts', 'renderer/src/i18n/en/index.ts'];

/** A module calling t() once per line; `known` has words in exchange.refused, `lost` has none. */
const fixture = (...calls: string[]) => `import { useTranslation } from 'react-i18next';
export function useWords(known: 'io' | 'expired', lost: 'io' | 'lost'): void {
  const { t } = useTranslation();
${calls.map((call) => `  void ${call};`).join('\n')}
}
`;

/** A dictionary file with one edit, failing loudly if the text to change is not there any more. */
function edited(file: string, from: string, to: string): Record<string, string> {
  const text = readFileSync(repoPath(file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has ${from}`);
  return { [file]: text.replace(from, to) };
}

describe('typed translation keys', () => {
  let check: ReturnType<typeof createWebChecker>;
  beforeAll(() => {
    check = createWebChecker();
  });

  // The dictionaries compile too: alliance.band.too_few, in both languages, is no Russian plural form.
  it('compiles known keys, plurals by their base and narrowed template keys', () => {
    const words = fixture("t('common.save')", "t('deputies.count', { count: 2 })", 't(`exchange.refused.${known}`)');
    expect(check([FIXTURE, ...DICTIONARIES], { [FIXTURE]: words })).toEqual([]);
  }, 60_000);

  it('rejects an unknown key, plain or built from a template, one error per call', () => {
    // A default value does not excuse an unknown key (strictKeyChecks in typed-resources.ts).
    const words = fixture("t('common.sav')", "t('common.save')", 't(`exchange.refused.${lost}`)', "t('common.sav', { defaultValue: 'Save' })");
    expect(check([FIXTURE, ...DICTIONARIES], { [FIXTURE]: words })).toEqual([
      expect.stringMatching(/^renderer\/src\/i18n\/typed-keys-fixture\.ts:4: Argument of type '"common\.sav"' is not assignable/),
      expect.stringMatching(/^renderer\/src\/i18n\/typed-keys-fixture\.ts:6: Argument of type '"exchange\.refused\.io" \| "exchange\.refused\.lost"' is not assignable/),
      expect.stringMatching(/^renderer\/src\/i18n\/typed-keys-fixture\.ts:7: No overload matches this call\.[\s\S]*"common\.sav"/),
    ]);
  }, 60_000);

  it('rejects an English dictionary that lacks a Russian key', () => {
    const errors = check(DICTIONARIES, edited('renderer/src/i18n/en/common.ts', "  save: 'Save',\n", ''));
    expect(errors).toEqual([expect.stringMatching(/^renderer\/src\/i18n\/en\/index\.ts:\d+: Type '"common\.save"' does not satisfy the constraint 'never'/)]);
  }, 60_000);

  it('rejects an English key that Russian does not have', () => {
    const errors = check(DICTIONARIES, edited('renderer/src/i18n/en/common.ts', "  save: 'Save',\n", "  save: 'Save',\n  saveAll: 'Save all',\n"));
    expect(errors).toEqual([expect.stringMatching(/^renderer\/src\/i18n\/en\/index\.ts:\d+: Type '"common\.saveAll"' does not satisfy/)]);
  }, 60_000);

  it('rejects Russian-only plural forms in English, and an English plural without _other', () => {
    const few = check(DICTIONARIES, edited('renderer/src/i18n/en/deputies.ts', "  count_other: '{{count}} deputies',\n", "  count_other: '{{count}} deputies',\n  count_few: '{{count}} deputies',\n"));
    expect(few).toEqual([expect.stringContaining('"deputies.count_few"')]);
    const other = check(DICTIONARIES, edited('renderer/src/i18n/en/deputies.ts', "  count_other: '{{count}} deputies',\n", ''));
    expect(other).toEqual([expect.stringContaining('"deputies.count_other"')]);
  }, 60_000);

  it('rejects a Russian plural without one of its four forms', () => {
    const errors = check(DICTIONARIES, edited('renderer/src/i18n/ru/deputies.ts', "  count_many: '{{count}} депутатов',\n", ''));
    expect(errors).toEqual([expect.stringMatching(/^renderer\/src\/i18n\/ru\/index\.ts:\d+: Type '"deputies\.count_many"' does not satisfy/)]);
  }, 60_000);
});
