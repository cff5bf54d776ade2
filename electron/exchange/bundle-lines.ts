import { errorCode, fileLayer } from '../store/fs-layer';
import { forEachLine } from '../store/operation-lines';
import { ExchangeError } from './errors';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Where a bundle's bytes come from: a file, read in chunks so that a large bundle is never in
 * memory whole, or bytes already in memory (a file dropped on the window). Lines are handed over
 * without their line ending; a CR before the newline (a bundle that passed through a tool that
 * writes Windows line endings) is dropped, so such a bundle reads, and checks, as the original.
 * Empty lines are skipped: a bundle has none, and its checksum tells when some were added.
 */
export interface BundleSource {
  /** The first bytes, to tell a cut-short bundle from something else. */
  head(): Promise<Buffer>;
  /** Calls `visit` for each complete line in order; returns the bytes of an unterminated last line. */
  lines(visit: (line: Buffer) => void | Promise<void>): Promise<{ tornBytes: number }>;
}

function withoutCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.subarray(0, line.length - 1) : line;
}

export function bytesSource(bytes: Uint8Array): BundleSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    head: async () => buffer.subarray(0, 64),
    lines: async (visit) => {
      let start = 0;
      for (let newline = buffer.indexOf(NEWLINE); newline !== -1; newline = buffer.indexOf(NEWLINE, start)) {
        if (newline > start) await visit(withoutCr(buffer.subarray(start, newline)));
        start = newline + 1;
      }
      return { tornBytes: buffer.length - start };
    },
  };
}

export function fileSource(file: string): BundleSource {
  return {
    head: async () => {
      const handle = await fileLayer().open(file, 'read');
      try {
        const head = Buffer.alloc(64);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return head.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    lines: async (visit) => {
      try {
        return await forEachLine(file, 0, (line) => visit(withoutCr(line)));
      } catch (error) {
        if (error instanceof ExchangeError) throw error;
        throw new ExchangeError('io', errorCode(error) === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`);
      }
    },
  };
}
