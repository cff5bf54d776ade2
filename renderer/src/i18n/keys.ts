import type { ParseKeys } from 'i18next';
import { ru } from './ru';

/** A key t() accepts: typed by the dictionaries (typed-resources.ts). */
export type TranslationKey = ParseKeys;

function child(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? Reflect.get(node, key) : undefined;
}

/**
 * Whether `key` names a text, for a key built from an open string no zod enum narrows: a record
 * field name or a refusal code that arrives over IPC as `z.string()` (shared/ipc/exchange-contract.ts,
 * shared/ipc/domain-contract.ts), which a newer peer's bundle may fill with a name this build lacks.
 * Looked up in the Russian dictionary; English has the same keys (en/index.ts). Plain texts only, not
 * plurals (whose keys carry a form suffix).
 */
export function isTranslationKey(key: string): key is TranslationKey {
  return typeof key.split('.').reduce<unknown>(child, ru) === 'string';
}
