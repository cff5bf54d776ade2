import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../renderer/src/i18n';

/** Every key path of a resource tree, plural suffixes folded (count_one, count_few → count). */
function keys(tree: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'object' && value !== null) for (const sub of keys(value, `${path}.`)) out.add(sub);
    else out.add(path);
  }
  return out;
}

describe('translations', () => {
  it('uses the three Russian plural forms', async () => {
    const i18n = await createI18n('ru');
    const count = (n: number) => i18n.t('deputies.count', { count: n });
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(count)).toEqual([
      '1 депутат',
      '2 депутата',
      '4 депутата',
      '5 депутатов',
      '11 депутатов',
      '12 депутатов',
      '14 депутатов',
      '21 депутат',
      '22 депутата',
      '25 депутатов',
      '101 депутат',
      '111 депутатов',
    ]);
    expect(i18n.t('districts.count', { count: 146 })).toBe('146 округов');
    expect(i18n.t('groups.members', { count: 3 })).toBe('3 участника');
    // After «из» the genitive: из 1 депутата, из 21 депутата, из 5 депутатов.
    expect(i18n.t('deputies.shown', { shown: 1, count: 21 })).toBe('Показано 1 из 21 депутата');
    expect(i18n.t('deputies.shown', { shown: 1, count: 5 })).toBe('Показано 1 из 5 депутатов');
  });

  it('uses the English plural forms', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('deputies.count', { count: 1 })).toBe('1 deputy');
    expect(i18n.t('deputies.count', { count: 21 })).toBe('21 deputies');
  });

  it('has the same keys in Russian and English', () => {
    expect([...keys(resources.en.translation)].sort()).toEqual([...keys(resources.ru.translation)].sort());
  });

  // The same rule as renderer/src/i18n/shape.ts checks at compile time, here with the forms taken
  // from Intl.PluralRules (which i18next picks by): a plural is a key with an _one or _other form.
  it('gives every plural exactly the forms its language uses', () => {
    const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
    /** Each plural's dotted path with the forms it has. */
    const plurals = (tree: object, prefix = ''): { path: string; forms: string[] }[] => {
      const keys = Object.keys(tree);
      const bases = new Set(keys.flatMap((key) => /^(.+)_(one|other)$/.exec(key)?.[1] ?? []));
      const own = [...bases].map((base) => ({ path: `${prefix}${base}`, forms: CATEGORIES.filter((form) => keys.includes(`${base}_${form}`)) }));
      const nested = Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? plurals(value, `${prefix}${key}.`) : []));
      return [...own, ...nested];
    };
    for (const language of ['ru', 'en'] as const) {
      const categories: readonly string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const forms = CATEGORIES.filter((form) => categories.includes(form));
      const found = plurals(resources[language].translation);
      expect(found.length).toBeGreaterThan(20);
      for (const plural of found) expect(plural).toEqual({ path: plural.path, forms });
    }
    expect(plurals(resources.ru.translation).find((p) => p.path === 'deputies.count')?.forms).toEqual(['one', 'few', 'many', 'other']);
  });

  it('translates every IPC error code', async () => {
    const { IpcErrorCodeSchema } = await import('../../shared/ipc/contract');
    for (const language of ['ru', 'en'] as const) {
      const i18n = await createI18n(language);
      for (const code of IpcErrorCodeSchema.options) expect(i18n.exists(`errors.${code}`)).toBe(true);
    }
  });
});
