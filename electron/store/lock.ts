import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { StoreError, writeError } from './errors';
import { errorCode, fileLayer, removeFile, writeAll } from './fs-layer';
import { identityHash, type ProcessIdentity } from './machine';

/** What a lock file says about its writer (hashes only: see machine.ts). */
const LockHolderSchema = z.object({
  v: z.literal(2),
  token: z.string().min(8).max(64),
  device: z.string().max(64),
  since: z.string().max(40),
  pid: z.number().int().positive(),
  host: z.string().max(64),
  machine: z.string().max(64).optional(),
  boot: z.string().max(64).optional(),
  start: z.string().max(32).optional(),
});
export type LockHolder = z.infer<typeof LockHolderSchema>;

/** Locks written before version 2 named the host in clear and had no token. */
const LegacyHolderSchema = z.object({ pid: z.number().int().positive(), host: z.string(), device: z.unknown().optional(), since: z.unknown().optional() });

/** One reading of a lock file: its content and the file it was read from. */
interface LockInstance {
  /** Names this exact file and content; a takeover is of one instance only. */
  id: string;
  holder: LockHolder | undefined;
  ageMs: number;
}

type Verdict = 'live' | 'stale' | 'elsewhere' | 'busy';

/** Tokens of the claims and locks this process has now: a lock naming our pid is ours only if listed. */
const liveHere = new Set<string>();

/** How long acquire keeps trying while another process is in the middle of taking a stale lock. */
const TAKEOVER_PATIENCE_MS = 5_000;
/** An unreadable lock younger than this may be one being written (file systems without hard links). */
const UNREADABLE_GRACE_MS = 10_000;
/** Markers of markers: each level is one crash in the middle of a takeover. */
const MAX_TAKEOVER_DEPTH = 4;

/**
 * One writer process per workspace on a device. The lock file appears whole and at once: its
 * content is written to a uniquely named claim file, which is then hard-linked to the lock's
 * name (link fails if the name exists). A lock whose process is gone is taken over without a
 * window for two winners: the taker must first create a marker named after that exact stale
 * file (by the same link), and only the marker's creator checks that the stale file is still
 * there, unchanged, and renames its own over it. A crash mid-takeover leaves a marker whose own
 * process is gone, which is taken over the same way.
 */
export class WriterLock {
  private constructor(
    private readonly file: string,
    private readonly token: string,
  ) {}

  static async acquire(file: string, device: string): Promise<WriterLock> {
    const me = await fileLayer().machine.current();
    const holder: LockHolder = { v: 2, token: randomBytes(12).toString('base64url'), device, since: new Date().toISOString(), ...me };
    const claim = new Claim(file, holder);
    liveHere.add(holder.token);
    let won = false;
    try {
      await claim.write();
      const deadline = Date.now() + TAKEOVER_PATIENCE_MS;
      for (let attempt = 0; !(await claim.placeExclusive(file)); attempt += 1) {
        if (Date.now() > deadline) throw new StoreError('locked', `the workspace lock is being taken by another process; try again. ${advice(device)}`);
        const instance = await readInstance(file);
        if (instance === 'gone') continue;
        const verdict = instance === 'changing' ? 'busy' : await judge(instance, me);
        const named = instance === 'changing' ? undefined : instance.holder;
        if (verdict === 'live' || verdict === 'elsewhere') throw lockedError(device, named, verdict === 'live' ? 'locked' : 'locked_elsewhere');
        if (verdict === 'stale' && instance !== 'changing' && (await takeOver(file, instance, claim, me, 0))) break;
        await delay(5 + Math.min(attempt, 20) * 5 * Math.random());
      }
      won = true;
      return new WriterLock(file, holder.token);
    } catch (error) {
      throw error instanceof StoreError ? error : writeError(error, file);
    } finally {
      if (!won) liveHere.delete(holder.token);
      await claim.remove();
    }
  }

  /** Removes the lock file if it is still this lock (not one someone made after removing ours by hand). */
  async release(): Promise<void> {
    liveHere.delete(this.token);
    const instance = await readInstance(this.file);
    if (typeof instance === 'object' && instance.holder?.token === this.token) await removeFile(this.file);
  }
}

/** The content of a lock (or marker) waiting beside it under a unique name, to be linked into place. */
class Claim {
  private readonly path: string;
  readonly text: string;

  constructor(
    lockFile: string,
    private readonly holder: LockHolder,
  ) {
    this.path = `${lockFile}.${holder.token}.claim`;
    this.text = JSON.stringify(holder);
  }

  async write(): Promise<void> {
    await writeNew(this.path, this.text);
  }

  /** Creates `target` with this content if it does not exist; false when it does. */
  async placeExclusive(target: string): Promise<boolean> {
    for (let tries = 0; ; tries += 1) {
      try {
        await fileLayer().link(this.path, target);
        return true;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') return false;
        // A lock holder cleaning up leftovers removed our claim: write it again, once.
        if (code === 'ENOENT' && tries === 0) {
          await this.write();
          continue;
        }
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      }
      // No hard links here (FAT, exFAT): an exclusive create, whose content lands just after.
      try {
        await writeNew(target, this.text);
        return true;
      } catch (error) {
        if (errorCode(error) === 'EEXIST') return false;
        throw error;
      }
    }
  }

  /** Replaces `target` with this content in one rename. */
  async placeOver(target: string): Promise<void> {
    const staged = `${target}.${this.holder.token}.over`;
    await writeNew(staged, this.text);
    try {
      await fileLayer().rename(staged, target);
    } catch (error) {
      await removeFile(staged);
      throw error;
    }
  }

  async remove(): Promise<void> {
    await removeFile(this.path).catch(() => undefined);
  }
}

/**
 * Replaces the stale instance of `target` with the claim's content, unless another process does
 * first: only the creator of the marker named after this instance may replace it.
 */
async function takeOver(target: string, stale: LockInstance, claim: Claim, me: ProcessIdentity, depth: number): Promise<boolean> {
  if (depth > MAX_TAKEOVER_DEPTH) return false;
  const marker = `${target}.takeover-${stale.id}`;
  if (!(await claim.placeExclusive(marker))) {
    const instance = await readInstance(marker);
    if (typeof instance !== 'object' || (await judge(instance, me)) !== 'stale') return false; // a live taker finishes
    if (!(await takeOver(marker, instance, claim, me, depth + 1))) return false;
  }
  try {
    const now = await readInstance(target);
    if (typeof now !== 'object' || now.id !== stale.id) return false;
    await claim.placeOver(target);
    return true;
  } finally {
    await removeFile(marker);
  }
}

/** Reads a lock file; 'changing' when it was replaced while being read. */
async function readInstance(file: string): Promise<LockInstance | 'gone' | 'changing'> {
  const files = fileLayer();
  try {
    const before = await files.stat(file);
    const text = (await files.readFile(file)).toString('utf8');
    const after = await files.stat(file);
    if (before.ino !== after.ino || before.mtimeMs !== after.mtimeMs || before.size !== after.size) return 'changing';
    return {
      id: createHash('sha256').update(`${after.ino}\0${text}`).digest('hex').slice(0, 20),
      holder: parseHolder(text),
      ageMs: Date.now() - after.mtimeMs,
    };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = LockHolderSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const legacy = LegacyHolderSchema.safeParse(raw);
  if (!legacy.success) return undefined;
  const { pid, host, device, since } = legacy.data;
  return { v: 2, token: `legacy-${pid}`, pid, host: identityHash('host', host), device: String(device ?? ''), since: String(since ?? '') };
}

/** Whether the writer a lock names still runs (live), is gone (stale), or cannot be checked from here. */
async function judge(instance: LockInstance, me: ProcessIdentity): Promise<Verdict> {
  const { holder } = instance;
  if (!holder) return instance.ageMs > UNREADABLE_GRACE_MS ? 'stale' : 'busy';
  const sameMachine = holder.machine && me.machine ? holder.machine === me.machine : holder.host === me.host;
  if (!sameMachine) return 'elsewhere';
  if (holder.boot && me.boot && holder.boot !== me.boot) return 'stale'; // written before the last restart
  // Our own pid: ours only if this process has that token; else an earlier process had the pid.
  if (holder.pid === me.pid) return liveHere.has(holder.token) ? 'live' : 'stale';
  return (await fileLayer().machine.isRunning(holder.pid, holder.start)) ? 'live' : 'stale';
}

function advice(device: string): string {
  return `If you are sure that no other program of this user has it open (Alliance Desk, or alliance-desk in a terminal), remove local/${device}/writer.lock in the workspace folder and try again.`;
}

function lockedError(device: string, holder: LockHolder | undefined, code: 'locked' | 'locked_elsewhere'): StoreError {
  const since = holder?.since ? `, since ${holder.since}` : '';
  const where =
    code === 'locked'
      ? `the workspace is open in another process (pid ${holder?.pid ?? '?'} on this computer${since}).`
      : `the workspace is marked as open on another computer, or on this one under an earlier name${since}.`;
  return new StoreError(code, `${where} ${advice(device)}`, holder && { pid: holder.pid, since: holder.since, device: holder.device });
}

async function writeNew(file: string, text: string): Promise<void> {
  const handle = await fileLayer().open(file, 'write-new');
  try {
    await writeAll(handle, Buffer.from(text, 'utf8'));
    // Durable before it is linked in: after a power cut the lock reads whole, and names the old boot.
    await handle.sync();
  } catch (error) {
    await handle.close();
    await removeFile(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}
