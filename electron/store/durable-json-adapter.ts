import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './durable-file';
import { errorCode, fileLayer } from './fs-layer';
import { jsonChunks } from './json-chunks';

/**
 * A lowdb adapter that writes through writeFileAtomic (lowdb's own JSONFile neither fsyncs the file
 * nor the folder). Reading a missing file gives null; a file that does not parse throws, so that the
 * caller can keep it aside instead of overwriting it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly filename: string) {}

  async read(): Promise<T | null> {
    const read = await this.readParsed();
    return read.found ? (read.value as T) : null;
  }

  /** Like read, but tells a missing file from one that holds `null` (a damaged snapshot, not an absent one). */
  async readParsed(): Promise<{ found: false } | { found: true; value: unknown }> {
    let text: string;
    try {
      text = (await fileLayer().readFile(this.filename)).toString('utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { found: false };
      throw error;
    }
    return { found: true, value: JSON.parse(text) as unknown };
  }

  async write(data: T): Promise<void> {
    // In chunks: a snapshot of a large workspace would otherwise be one huge string and its copy in bytes.
    await writeFileAtomic(this.filename, jsonChunks(data));
  }
}
