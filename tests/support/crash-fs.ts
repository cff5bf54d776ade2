// An in-memory file system for the store's FileLayer that can lose power, in the spirit of
// SQLite's crash-test VFS: each file keeps the content that is durable (as of its last fsync) and
// the writes since; each folder keeps the entries that are durable (as of its last fsync) and the
// creates, renames and removals since. powerLoss() builds the disk as it would be found after the
// power went: per file, the unsynced writes are dropped or a random prefix of them kept (the last
// one kept possibly torn, or zero-filled to its length as a delayed allocation leaves it); per
// folder, a random prefix of the unsynced entry changes. It can also fill up (capacity) or fail
// chosen calls (failWith).
import path from 'node:path';
import type { FileLayer, FileStat, OpenMode, StoreFile } from '../../electron/store/fs-layer';
import type { Machine, ProcessIdentity } from '../../electron/store/machine';
import type { SeededRandom } from '../../electron/demo/random';

type Change = { kind: 'write'; offset: number; bytes: Buffer } | { kind: 'truncate'; length: number };
type EntryChange = (entries: Map<string, Node>) => void;

class FileNode {
  readonly kind = 'file';
  data: Buffer = Buffer.alloc(0);
  durable: Buffer = Buffer.alloc(0);
  pending: Change[] = [];
  mtimeMs = Date.now();
  constructor(readonly ino: number) {}
}

class DirNode {
  readonly kind = 'dir';
  entries = new Map<string, Node>();
  durable = new Map<string, Node>();
  pending: EntryChange[] = [];
  constructor(readonly ino: number) {}
}

type Node = FileNode | DirNode;

/** The one process of the simulated machine; every other pid is gone. */
export const SIMULATED_PID = 4242;

function errno(code: string, call: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${call} '${file}'`), { code });
}

function applyChange(content: Buffer, change: Change): Buffer {
  if (change.kind === 'truncate') return Buffer.from(content.subarray(0, change.length));
  const end = change.offset + change.bytes.length;
  const grown = end > content.length ? Buffer.concat([content, Buffer.alloc(end - content.length)]) : Buffer.from(content);
  change.bytes.copy(grown, change.offset);
  return grown;
}

export class CrashFs implements FileLayer {
  /** Total bytes the files may hold; a write beyond it writes what fits, then fails with ENOSPC. */
  capacity = Number.POSITIVE_INFINITY;
  /** Fails a call with an errno code (before it does anything) when this returns one. */
  failWith: ((call: string, file: string) => string | undefined) | undefined;
  /** Calls that change the disk so far (writes, syncs, creates, renames, removals, truncations). */
  changes = 0;
  private crashAt = Number.POSITIVE_INFINITY;
  private powered = true;
  private handles = 0;
  private nextIno: number;
  readonly machine: Machine;

  private constructor(
    private readonly root: DirNode,
    readonly boot: number,
    private readonly random: SeededRandom,
    nextIno: number,
  ) {
    this.nextIno = nextIno;
    const identity: ProcessIdentity = { pid: SIMULATED_PID, host: 'simulated-host', boot: `boot-${boot}` };
    this.machine = { current: async () => identity, isRunning: async () => false };
  }

  static create(random: SeededRandom): CrashFs {
    return new CrashFs(new DirNode(1), 0, random, 2);
  }

  /** Files open now (a failed open must leave none). */
  get openHandles(): number {
    return this.handles;
  }

  /** Bytes the files hold now. */
  get usedBytes(): number {
    return this.used();
  }

  get isPowered(): boolean {
    return this.powered;
  }

  /** The power goes during the n-th change from now (that call and every later one fail with EIO). */
  losePowerAfter(changes: number): void {
    this.crashAt = this.changes + changes;
  }

  /** The disk as it is found after the power went (now, if it has not yet), on a new boot. */
  powerLoss(random: SeededRandom = this.random): CrashFs {
    this.powered = false;
    const root = copyTree(
      this.root,
      (file) => survivingContent(file, random),
      (dir) => {
        const entries = new Map(dir.durable);
        for (const change of dir.pending.slice(0, random.int(0, dir.pending.length))) change(entries);
        return entries;
      },
    );
    return new CrashFs(root, this.boot + 1, random, this.nextIno);
  }

  /** A copy of everything as it is now, all of it durable (a workspace to start each trial from). */
  clone(random: SeededRandom): CrashFs {
    const root = copyTree(this.root, (file) => file.data, (dir) => dir.entries);
    return new CrashFs(root, this.boot + 1, random, this.nextIno);
  }

  // ---- FileLayer ----

  async open(file: string, mode: OpenMode): Promise<StoreFile> {
    this.check('open', file);
    let node = this.lookup(file);
    if (mode === 'append-new' || mode === 'write-new') {
      if (node) throw errno('EEXIST', 'open', file);
      const { dir, name } = this.parent(file);
      const created = new FileNode(this.nextIno++);
      this.change('open', file, () => {
        dir.entries.set(name, created);
        dir.pending.push((entries) => entries.set(name, created));
      });
      node = created;
    }
    if (!node) throw errno('ENOENT', 'open', file);
    if (mode === 'directory') {
      if (node.kind !== 'dir') throw errno('ENOTDIR', 'open', file);
      return this.dirHandle(node, file);
    }
    if (node.kind === 'dir') throw errno('EISDIR', 'open', file);
    return this.fileHandle(node, file, mode);
  }

  async readFile(file: string): Promise<Buffer> {
    this.check('readFile', file);
    const node = this.lookup(file);
    if (!node) throw errno('ENOENT', 'readFile', file);
    if (node.kind === 'dir') throw errno('EISDIR', 'readFile', file);
    return Buffer.from(node.data);
  }

  async rename(from: string, to: string): Promise<void> {
    this.check('rename', from);
    const source = this.parent(from);
    const target = this.parent(to);
    if (source.dir !== target.dir) throw errno('EXDEV', 'rename', to);
    const node = source.dir.entries.get(source.name);
    if (!node) throw errno('ENOENT', 'rename', from);
    if (target.dir.entries.get(target.name)?.kind === 'dir') throw errno('EISDIR', 'rename', to);
    this.change('rename', from, () => {
      const move: EntryChange = (entries) => {
        entries.delete(source.name);
        entries.set(target.name, node);
      };
      move(source.dir.entries);
      source.dir.pending.push(move);
    });
  }

  async link(existing: string, created: string): Promise<void> {
    this.check('link', created);
    const node = this.lookup(existing);
    if (!node) throw errno('ENOENT', 'link', existing);
    if (node.kind === 'dir') throw errno('EPERM', 'link', existing);
    const { dir, name } = this.parent(created);
    if (dir.entries.has(name)) throw errno('EEXIST', 'link', created);
    this.change('link', created, () => {
      dir.entries.set(name, node);
      dir.pending.push((entries) => entries.set(name, node));
    });
  }

  async unlink(file: string): Promise<void> {
    this.check('unlink', file);
    const { dir, name } = this.parent(file);
    const node = dir.entries.get(name);
    if (!node) throw errno('ENOENT', 'unlink', file);
    if (node.kind === 'dir') throw errno('EISDIR', 'unlink', file);
    this.change('unlink', file, () => {
      dir.entries.delete(name);
      dir.pending.push((entries) => entries.delete(name));
    });
  }

  async mkdir(dir: string): Promise<string | undefined> {
    this.check('mkdir', dir);
    let first: string | undefined;
    let current = this.root;
    let at = '/';
    for (const part of this.parts(dir)) {
      at = path.join(at, part);
      const next = current.entries.get(part);
      if (next?.kind === 'file') throw errno('ENOTDIR', 'mkdir', at);
      if (next) {
        current = next;
        continue;
      }
      const created = new DirNode(this.nextIno++);
      const parent = current;
      this.change('mkdir', at, () => {
        parent.entries.set(part, created);
        parent.pending.push((entries) => entries.set(part, created));
      });
      first ??= at;
      current = created;
    }
    return first;
  }

  async readdir(dir: string): Promise<string[]> {
    this.check('readdir', dir);
    const node = this.lookup(dir);
    if (!node) throw errno('ENOENT', 'readdir', dir);
    if (node.kind !== 'dir') throw errno('ENOTDIR', 'readdir', dir);
    return [...node.entries.keys()].sort();
  }

  async stat(file: string): Promise<FileStat> {
    this.check('stat', file);
    const node = this.lookup(file);
    if (!node) throw errno('ENOENT', 'stat', file);
    return node.kind === 'dir'
      ? { size: 0, isDirectory: true, ino: node.ino, mtimeMs: 0 }
      : { size: node.data.length, isDirectory: false, ino: node.ino, mtimeMs: node.mtimeMs };
  }

  // ---- inside ----

  /** Refuses every call once the power is gone, and the calls a test chose to fail. */
  private check(call: string, file: string): void {
    if (!this.powered) throw errno('EIO', call, file);
    const code = this.failWith?.(call, file);
    if (code) throw errno(code, call, file);
  }

  /** Does one change to the disk; the change at the crash point is done (unsynced), then the power goes. */
  private change(call: string, file: string, apply: () => void): void {
    this.changes += 1;
    apply();
    if (this.changes >= this.crashAt) {
      this.powered = false;
      throw errno('EIO', call, file);
    }
  }

  private parts(file: string): string[] {
    return path.resolve(file).split('/').filter(Boolean);
  }

  private lookup(file: string): Node | undefined {
    let node: Node = this.root;
    for (const part of this.parts(file)) {
      if (node.kind !== 'dir') return undefined;
      const next: Node | undefined = node.entries.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private parent(file: string): { dir: DirNode; name: string } {
    const dir = this.lookup(path.dirname(path.resolve(file)));
    if (!dir) throw errno('ENOENT', 'open', file);
    if (dir.kind !== 'dir') throw errno('ENOTDIR', 'open', file);
    return { dir, name: path.basename(file) };
  }

  private used(): number {
    let total = 0;
    const seen = new Set<Node>();
    const walk = (node: Node) => {
      if (seen.has(node)) return;
      seen.add(node);
      if (node.kind === 'file') total += node.data.length;
      else for (const child of node.entries.values()) walk(child);
    };
    walk(this.root);
    return total;
  }

  private dirHandle(node: DirNode, file: string): StoreFile {
    this.handles += 1;
    let closed = false;
    const refuse = async (): Promise<never> => {
      throw errno('EISDIR', 'write', file);
    };
    return {
      read: refuse,
      write: refuse,
      truncate: refuse,
      datasync: refuse,
      size: async () => 0,
      sync: async () => {
        this.check('fsync', file);
        this.change('fsync', file, () => {
          node.durable = new Map(node.entries);
          node.pending = [];
        });
      },
      close: async () => {
        if (!closed) this.handles -= 1;
        closed = true;
      },
    };
  }

  private fileHandle(node: FileNode, file: string, mode: OpenMode): StoreFile {
    this.handles += 1;
    let closed = false;
    let position = 0;
    const sync = async () => {
      this.check('fsync', file);
      this.change('fsync', file, () => {
        node.durable = Buffer.from(node.data);
        node.pending = [];
      });
    };
    const record = (change: Change) => {
      node.data = applyChange(node.data, change);
      node.pending.push(change);
      node.mtimeMs = Date.now();
    };
    return {
      read: async (buffer, offset, length, at) => {
        this.check('read', file);
        const bytes = node.data.subarray(at, at + length);
        buffer.set(bytes, offset);
        return { bytesRead: bytes.length };
      },
      write: async (buffer, offset, length) => {
        this.check('write', file);
        if (mode === 'read') throw errno('EBADF', 'write', file);
        const room = this.capacity === Number.POSITIVE_INFINITY ? length : Math.max(0, this.capacity - this.used());
        if (room === 0) throw errno('ENOSPC', 'write', file);
        const bytes = Buffer.from(buffer.subarray(offset, offset + Math.min(length, room)));
        const at = mode === 'append' || mode === 'append-new' ? node.data.length : position;
        this.change('write', file, () => record({ kind: 'write', offset: at, bytes }));
        position = at + bytes.length;
        return { bytesWritten: bytes.length };
      },
      truncate: async (length) => {
        this.check('truncate', file);
        this.change('truncate', file, () => record({ kind: 'truncate', length }));
      },
      sync,
      datasync: sync,
      size: async () => {
        this.check('fstat', file);
        return node.data.length;
      },
      close: async () => {
        if (!closed) this.handles -= 1;
        closed = true;
      },
    };
  }
}

/** A new, fully durable tree with each file's content and each folder's entries as given (hard links stay shared). */
function copyTree(root: DirNode, contentOf: (file: FileNode) => Buffer, entriesOf: (dir: DirNode) => Map<string, Node>): DirNode {
  const copies = new Map<Node, Node>();
  const copy = (node: Node): Node => {
    const known = copies.get(node);
    if (known) return known;
    if (node.kind === 'file') {
      const file = new FileNode(node.ino);
      file.data = Buffer.from(contentOf(node));
      file.durable = Buffer.from(file.data);
      copies.set(node, file);
      return file;
    }
    const dir = new DirNode(node.ino);
    copies.set(node, dir);
    for (const [name, child] of entriesOf(node)) dir.entries.set(name, copy(child));
    dir.durable = new Map(dir.entries);
    return dir;
  };
  return copy(root) as DirNode;
}

/** What a file holds after the power went: its durable content and some of what came after. */
function survivingContent(node: FileNode, random: SeededRandom): Buffer {
  let content: Buffer = Buffer.from(node.durable);
  const kept = random.int(0, node.pending.length);
  for (const change of node.pending.slice(0, kept)) content = applyChange(content, change);
  const torn = node.pending[kept];
  if (torn?.kind === 'write' && random.chance(0.5)) {
    const prefix = torn.bytes.subarray(0, random.int(0, torn.bytes.length));
    // Half the time the file's length already covers the whole write, the rest of it zeros.
    const bytes = random.chance(0.5) ? Buffer.concat([prefix, Buffer.alloc(torn.bytes.length - prefix.length)]) : prefix;
    content = applyChange(content, { kind: 'write', offset: torn.offset, bytes });
  }
  return content;
}
