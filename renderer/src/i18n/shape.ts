/**
 * Type-level rules for the two dictionaries, checked by `npm run typecheck` (ru/index.ts,
 * en/index.ts). Russian is the source; English must have exactly its keys, except plurals: i18next
 * picks a plural form by Intl.PluralRules, which gives Russian one/few/many/other and English
 * one/other, so `count_few` and `count_many` exist in Russian only.
 */

type RussianForm = 'one' | 'few' | 'many' | 'other';
type EnglishForm = 'one' | 'other';

/**
 * The base of each plural among the keys K: `count` for `count_one` or `count_other`. Only these two
 * forms mark a plural, as both languages have them: `too_few` (alliance.band, an agreement band of
 * shared/agreement/deputy-agreement.ts) is a plain key, since there is no `too_one` or `too_other`.
 */
type PluralBase<K> = K extends `${infer Base}_${EnglishForm}` ? Base : never;

type RussianOnlyKey<T> = `${PluralBase<keyof T>}_${Exclude<RussianForm, EnglishForm>}`;

/** The shape the English dictionary must have, given the Russian one: its keys less the Russian-only plural forms. */
export type English<T> = {
  [K in keyof T as K extends RussianOnlyKey<T> ? never : K]: T[K] extends string ? string : English<T[K]>;
};

/** The dotted paths of the keys of A that B lacks, or where one has text and the other a group of keys. */
export type KeysMissingIn<B, A, Prefix extends string = ''> = {
  [K in keyof A & string]: K extends keyof B
    ? A[K] extends string
      ? B[K] extends string
        ? never
        : `${Prefix}${K}`
      : B[K] extends string
        ? `${Prefix}${K}`
        : KeysMissingIn<B[K], A[K], `${Prefix}${K}.`>
    : `${Prefix}${K}`;
}[keyof A & string];

/** The dotted paths of the Russian plural forms T lacks (every plural needs all four). */
export type MissingRussianForms<T, Prefix extends string = ''> =
  | `${Prefix}${Exclude<`${PluralBase<keyof T>}_${RussianForm}`, keyof T>}`
  | { [K in keyof T & string]: T[K] extends string ? never : MissingRussianForms<T[K], `${Prefix}${K}.`> }[keyof T & string];

/**
 * Resolves only when Paths is empty: a dictionary that breaks a rule fails to compile with
 * "Type '"common.save"' does not satisfy the constraint 'never'", naming the key.
 */
export type NoKeys<Paths extends never> = Paths;
