import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';
import { writeFileAtomic } from '../store/durable-file';

export type JsonRead<T> = { status: 'ok'; value: T } | { status: 'missing' } | { status: 'set_aside'; movedTo: string };

/**
 * Reads a small JSON config file and checks it with a schema. A file that exists but does not parse
 * is renamed aside rather than silently overwritten later, so nothing is lost without a trace.
 */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<JsonRead<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { status: 'ok', value: parsed.data };
  } catch {
    // Not JSON: set aside below.
  }
  const movedTo = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(file, movedTo);
  return { status: 'set_aside', movedTo };
}

/** Writes a small JSON config file atomically (old content or new, never a mix). */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
