import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withErrorWords } from '../../shared/schema/error-words';

describe('words for the error keys of the shared schemas', () => {
  it('exist in Russian and English for every key a schema in shared/ uses', async () => {
    const root = path.join(import.meta.dirname, '../../shared');
    const keys = new Set<string>();
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      for (const match of (await readFile(path.join(entry.parentPath, entry.name), 'utf8')).matchAll(/message: '(error\.[A-Za-z]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(3);
    for (const key of keys) {
      for (const language of ['ru', 'en'] as const) expect(withErrorWords(`name: ${key}`, language), `${key} (${language})`).not.toMatch(/error\./);
    }
  });

  it('replace keys inside a message and leave other text as it is', () => {
    expect(withErrorWords('groups/x: name: error.required', 'en')).toBe('groups/x: name: this field is required');
    expect(withErrorWords('no key here; error.unknownKey', 'ru')).toBe('no key here; error.unknownKey');
  });
});
