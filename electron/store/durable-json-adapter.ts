import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './durable-file';

/**
 * A lowdb adapter that writes through writeFileAtomic (lowdb's own JSONFile neither fsyncs the file
 * nor the folder). Reading a missing file gives null; a file that does not parse throws, so that the
 * caller can keep it aside instead of overwriting it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly filename: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.filename, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.filename, JSON.stringify(data));
  }
}
