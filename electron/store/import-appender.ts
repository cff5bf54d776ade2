import { randomBytes } from 'node:crypto';
import type { Operation } from '../../shared/store/operation';
import { beginMarker, encodeImportLine, endMarker, MAX_IMPORT_LINE_BYTES, type ImportMeta } from './imports';
import type { JournalWriter } from './journal';

/**
 * Writes one import to this device's imports file (see imports.ts). Operations are buffered up to
 * about MAX_IMPORT_LINE_BYTES; an import that ends within that is written as one line. A larger
 * one becomes a block: its begin line, then each buffered batch as operation lines (one write and
 * one fdatasync per batch), and at last its end line — only that makes the import count.
 */
export class ImportAppender {
  readonly id = randomBytes(8).toString('hex');
  /** Where the import's first line starts: the file is cut back here if the import fails. */
  readonly start: number;
  private buffered: Operation[] = [];
  private bufferedBytes = 0;
  private begun = false;
  private count = 0;

  constructor(
    private readonly writer: JournalWriter,
    private readonly meta: ImportMeta & { at: string },
  ) {
    this.start = writer.bytes;
  }

  /** Whether any line of this import has reached the file yet. */
  get wroteAny(): boolean {
    return this.begun;
  }

  /** Operations written (or buffered) so far. */
  get operations(): number {
    return this.count;
  }

  async add(ops: readonly Operation[]): Promise<void> {
    for (const op of ops) {
      this.buffered.push(op);
      this.count += 1;
      // Characters, not bytes: a close enough guide for when to write a batch.
      this.bufferedBytes += JSON.stringify(op).length + 1;
      if (this.bufferedBytes >= MAX_IMPORT_LINE_BYTES) await this.flush();
    }
  }

  /** Writes what is buffered and the end of the import, with `last` (this device's own additions). */
  async finish(last: readonly Operation[]): Promise<void> {
    this.buffered.push(...last);
    this.count += last.length;
    if (!this.begun && this.bufferedBytes < MAX_IMPORT_LINE_BYTES) {
      this.begun = true;
      await this.writer.appendLine(encodeImportLine(this.meta, this.buffered).text);
      this.buffered = [];
      return;
    }
    await this.flush();
    await this.writer.appendLine(endMarker(this.id, this.count, this.meta));
  }

  private async flush(): Promise<void> {
    if (!this.begun) {
      this.begun = true;
      await this.writer.appendLine(beginMarker(this.id));
    }
    const batch = this.buffered;
    this.buffered = [];
    this.bufferedBytes = 0;
    if (batch.length > 0) await this.writer.append(batch);
  }
}
