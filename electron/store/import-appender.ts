import { randomBytes } from 'node:crypto';
import type { Operation } from '../../shared/store/operation';
import { encodeJsonImportLine, MAX_IMPORT_LINE_BYTES, partHeader, singleLineHeader, type ImportMeta } from './imports';
import type { JournalWriter } from './journal';

/**
 * Writes one import to this device's imports file in lines of bounded size (see imports.ts): the
 * operations are buffered until a line's worth is there, then appended as a part; the last line —
 * the whole import when it is small — marks the end, and only that makes the import count.
 */
export class ImportAppender {
  readonly id = randomBytes(8).toString('hex');
  /** Where the import's first line starts: the file is cut back here if the import fails. */
  readonly start: number;
  /** The buffered operations in JSON, each stringified once. */
  private buffered: string[] = [];
  private bufferedBytes = 0;
  private parts = 0;
  private count = 0;

  constructor(
    private readonly writer: JournalWriter,
    private readonly meta: ImportMeta & { at: string },
  ) {
    this.start = writer.bytes;
  }

  /** Whether any line of this import has reached the file yet. */
  get wroteAny(): boolean {
    return this.parts > 0;
  }

  /** Operations written (or buffered) so far. */
  get operations(): number {
    return this.count;
  }

  async add(ops: readonly Operation[]): Promise<void> {
    for (const op of ops) {
      const json = JSON.stringify(op);
      this.buffered.push(json);
      this.count += 1;
      this.bufferedBytes += Buffer.byteLength(json) + 1;
      if (this.bufferedBytes >= MAX_IMPORT_LINE_BYTES) await this.flush(false);
    }
  }

  /** Writes what is buffered and the end of the import, with `last` (this device's own additions) in the end line. */
  async finish(last: readonly Operation[]): Promise<void> {
    this.buffered.push(...last.map((op) => JSON.stringify(op)));
    this.count += last.length;
    await this.flush(true);
  }

  private async flush(end: boolean): Promise<void> {
    const header = end && this.parts === 0 ? singleLineHeader(this.meta) : partHeader(this.id, this.parts, end ? this.meta : undefined);
    const { text } = encodeJsonImportLine(header, this.buffered);
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.writer.appendLine(text);
    this.parts += 1;
  }
}
