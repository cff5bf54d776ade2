import path from 'node:path';
import { compareHlc, hlcToIso, isClockAhead, MAX_CLOCK_AHEAD_MS } from '../../shared/store/hlc';
import { migrations, type Migration } from '../../shared/store/migrations';
import type { Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { fileLayer } from './fs-layer';
import { parseOperation, type JournalLocation } from './journal';
import { IMPORTS_SOURCE, type WorkspaceLayout } from './layout';

/** Where a quarantined operation sits: the history source that names its file, and its bytes there. */
export interface QuarantineLocation {
  source: string;
  offset: number;
  length: number;
}

/** An operation dated too far ahead, read and checked, waiting for its time or for a person. */
export interface HeldOperation {
  op: Operation;
  source: string;
  location: JournalLocation;
}

/** A quarantined operation as a person sees it (the CLI, verify, the app's warnings). */
export interface QuarantinedView {
  clock: string;
  at: string;
  device: string;
  author: string;
  collection: string;
  id: string;
  kind: Operation['op'];
  /** The file it sits in, relative to the workspace folder. */
  file: string;
}

/** The stable code that starts the warning about quarantined operations (the UI can match it). */
export const CLOCK_AHEAD_WARNING = '[clock_ahead]';

/**
 * Operations more than MAX_CLOCK_AHEAD_MS ahead of this device's wall clock, read from a journal,
 * an imports file or a bundle. They stay in their files (nothing is lost) and are listed, but not
 * applied, and the clock never moves to them, until their time comes (checked on every open and
 * refresh) or a person accepts them. The snapshot remembers where they sit, because the offsets it
 * saves are past them.
 */
export class Quarantine {
  /** Keyed by source and offset: the same operation can sit in its journal and in an import. */
  private readonly held = new Map<string, HeldOperation>();
  /** Copies held per clock, for has(). */
  private readonly copies = new Map<string, number>();

  /** Holds an operation; false when this copy of it is held already. */
  hold(entry: HeldOperation): boolean {
    const key = `${entry.source}@${entry.location.offset}`;
    if (this.held.has(key)) return false;
    this.held.set(key, entry);
    this.copies.set(entry.op.hlc, (this.copies.get(entry.op.hlc) ?? 0) + 1);
    return true;
  }

  has(clock: string): boolean {
    return this.copies.has(clock);
  }

  get size(): number {
    return this.held.size;
  }

  /** Removes and returns the operations whose time has come (no longer beyond the bound at `now`). */
  takeDue(now: number): HeldOperation[] {
    return this.takeWhere((entry) => !isClockAhead(entry.op.hlc, now));
  }

  /** Removes and returns the operations with these clocks (every copy of each). */
  take(clocks: ReadonlySet<string>): HeldOperation[] {
    return this.takeWhere((entry) => clocks.has(entry.op.hlc));
  }

  private takeWhere(wanted: (entry: HeldOperation) => boolean): HeldOperation[] {
    const taken: HeldOperation[] = [];
    for (const [key, entry] of this.held) {
      if (!wanted(entry)) continue;
      this.held.delete(key);
      const left = (this.copies.get(entry.op.hlc) ?? 1) - 1;
      if (left > 0) this.copies.set(entry.op.hlc, left);
      else this.copies.delete(entry.op.hlc);
      taken.push(entry);
    }
    return taken;
  }

  /** Every held operation once, oldest clock first. */
  operations(): HeldOperation[] {
    const byClock = new Map<string, HeldOperation>();
    for (const entry of this.held.values()) if (!byClock.has(entry.op.hlc)) byClock.set(entry.op.hlc, entry);
    return [...byClock.values()].sort((a, b) => compareHlc(a.op.hlc, b.op.hlc));
  }

  /** What the snapshot saves, so that a reopened store reads them again. */
  locations(): QuarantineLocation[] {
    return [...this.held.values()].map(({ source, location }) => ({ source, offset: location.offset, length: location.length }));
  }
}

export function quarantinedView(layout: WorkspaceLayout, entry: HeldOperation): QuarantinedView {
  const { op } = entry;
  return {
    clock: op.hlc,
    at: hlcToIso(op.hlc),
    device: op.dev,
    author: op.by,
    collection: op.col,
    id: op.id,
    kind: op.op,
    file: path.relative(layout.dir, layout.sourceFile(entry.source)),
  };
}

/** The warning for operations newly held from one file: how many, how far ahead, and what to do. */
export function clockAheadWarning(file: string, held: readonly Operation[]): string {
  const latest = held.reduce((newest, op) => (op.hlc > newest ? op.hlc : newest), held[0]!.hlc);
  const hours = MAX_CLOCK_AHEAD_MS / 3_600_000;
  return (
    `${CLOCK_AHEAD_WARNING} ${file}: ${held.length} operation${held.length === 1 ? '' : 's'} dated up to ${hlcToIso(latest)}, ` +
    `more than ${hours} h ahead of this computer's clock, kept but not applied (devices: ${[...new Set(held.map((op) => op.dev))].sort().join(', ')}); ` +
    'they apply when their time comes, or accept them with "alliance-desk accept-future"'
  );
}

/** A saved location as the snapshot holds it, checked: the snapshot is a file on disk like any other. */
function isLocation(value: unknown): value is QuarantineLocation {
  if (typeof value !== 'object' || value === null) return false;
  const { source, offset, length } = value as Record<string, unknown>;
  return typeof source === 'string' && Number.isSafeInteger(offset) && Number.isSafeInteger(length) && (offset as number) >= 0 && (length as number) > 0;
}

/**
 * Reads back the operations a snapshot says were quarantined, each checked as replay checks it.
 * Returns them with the problems of those that can no longer be read (the file changed).
 */
export async function readQuarantined(
  layout: WorkspaceLayout,
  saved: unknown,
  registry: readonly Migration[] = migrations,
): Promise<{ entries: HeldOperation[]; problems: string[] }> {
  const entries: HeldOperation[] = [];
  const problems: string[] = [];
  const bySource = new Map<string, QuarantineLocation[]>();
  for (const location of Array.isArray(saved) ? saved : []) {
    if (!isLocation(location)) continue;
    bySource.set(location.source, [...(bySource.get(location.source) ?? []), location]);
  }
  for (const [source, locations] of bySource) {
    const file = layout.sourceFile(source);
    let handle;
    try {
      handle = await fileLayer().open(file, 'read');
    } catch (error) {
      problems.push(`${file}: ${locations.length} quarantined operation(s) cannot be read back: ${(error as Error).message}`);
      continue;
    }
    try {
      for (const { offset, length } of locations) {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        const op = bytesRead === length ? readBack(buffer, source, registry) : undefined;
        if (op) entries.push({ op, source, location: { offset, length } });
        else problems.push(`${file}: the quarantined operation at byte ${offset} cannot be read back`);
      }
    } finally {
      await handle.close();
    }
  }
  return { entries, problems };
}

function readBack(bytes: Buffer, source: string, registry: readonly Migration[]): Operation | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = parseOperation(raw, registry);
  if (!parsed.ok) return undefined;
  const device = source.startsWith(IMPORTS_SOURCE) ? parsed.op.dev : source;
  const checked = checkOperation(parsed.op, device);
  return checked.ok ? checked.op : undefined;
}
