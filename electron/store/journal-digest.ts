import { createHash, type Hash } from 'node:crypto';
import { errorCode, fileLayer } from './fs-layer';

/**
 * The SHA-256 of a file's first `offset` bytes, kept up to date as lines are appended or replayed,
 * so that a snapshot can say exactly which bytes it was built from (and a later open can tell
 * whether the file still holds them) without hashing the file again at each snapshot.
 */
export class RunningDigest {
  private constructor(
    private readonly hash: Hash,
    private length: number,
  ) {}

  static empty(): RunningDigest {
    return new RunningDigest(createHash('sha256'), 0);
  }

  /** Bytes of the file this digest covers. */
  get offset(): number {
    return this.length;
  }

  /** Takes in the bytes that follow `offset` in the file. */
  update(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.length += bytes.length;
  }

  /** The digest so far (hex), leaving the running state as it is. */
  digest(): string {
    return this.hash.copy().digest('hex');
  }

  /**
   * Hashes a file's first `offset` bytes; undefined when the file is shorter (or gone).
   */
  static async ofPrefix(file: string, offset: number): Promise<RunningDigest | undefined> {
    const running = RunningDigest.empty();
    return (await running.extendTo(file, offset)) ? running : undefined;
  }

  /**
   * Takes in the file's bytes from `offset` up to `end` (what a replay just read), in chunks so a
   * large journal is never in memory whole; false when the file is shorter (or gone).
   */
  async extendTo(file: string, end: number): Promise<boolean> {
    if (end <= this.length) return end === this.length;
    let handle;
    try {
      handle = await fileLayer().open(file, 'read');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
    try {
      const chunk = Buffer.alloc(Math.min(end - this.length, 1 << 20));
      while (this.length < end) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, end - this.length), this.length);
        if (bytesRead === 0) return false;
        this.update(chunk.subarray(0, bytesRead));
      }
      return true;
    } finally {
      await handle.close();
    }
  }
}

/**
 * How far the state has read each device's file of one kind (journals, or imports files), with the
 * digest of the bytes read: offset and digest move together, so a snapshot records both as one.
 */
export class FileProgress {
  private readonly files = new Map<string, RunningDigest>();

  constructor(entries: Iterable<[string, RunningDigest]> = []) {
    for (const [device, digest] of entries) this.files.set(device, digest);
  }

  /** The running digest of a device's file (from byte 0 when the state holds none of it yet). */
  of(device: string): RunningDigest {
    let digest = this.files.get(device);
    if (!digest) {
      digest = RunningDigest.empty();
      this.files.set(device, digest);
    }
    return digest;
  }

  offset(device: string): number {
    return this.files.get(device)?.offset ?? 0;
  }

  /** Offsets per device, for readers that stop where the state stops (bundles). */
  offsets(): Map<string, number> {
    return new Map([...this.files].map(([device, digest]) => [device, digest.offset]));
  }

  /** What a snapshot records: offsets and digests per device. */
  record(): { offsets: Record<string, number>; digests: Record<string, string> } {
    const offsets: Record<string, number> = {};
    const digests: Record<string, string> = {};
    for (const [device, digest] of this.files) {
      offsets[device] = digest.offset;
      digests[device] = digest.digest();
    }
    return { offsets, digests };
  }
}
