import { createHash, type Hash } from 'node:crypto';
import { decodeHlc, isClockAhead, MAX_CLOCK_AHEAD_MS } from '../../shared/store/hlc';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { errorCode, fileLayer } from '../store/fs-layer';
import { parseOperation } from '../store/journal';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleHeaderSchema, DEFAULT_LIMITS, type BundleHeader, type BundleLimits } from './bundle-format';
import { bytesSource, fileSource, type BundleSource } from './bundle-lines';
import { ExchangeError } from './errors';
import { parseUntrustedJson } from './safe-json';

/** Operations of a bundle dated more than the bound ahead of this device's clock: imported and kept, but quarantined. */
export interface AheadOperations {
  count: number;
  /** The latest of their clocks, or null. */
  latest: string | null;
  devices: string[];
}

/** A bundle that passed every check. Its operations are read again, in batches, each time they are needed. */
export interface ParsedBundle {
  header: BundleHeader;
  /** Deputies' names the bundle carries (the newest of each), by id: authors who are deputies new to this workspace. */
  names: ReadonlyMap<string, string>;
  ahead: AheadOperations;
  /**
   * Hands the operations to `visit` in bounded batches, in the bundle's order, checked again as
   * they are read (the file could have changed since): a change is refused before the last batch
   * returns, so a caller that commits only after this resolves commits nothing from a changed file.
   */
  forEachBatch(visit: (ops: Operation[]) => Promise<void>): Promise<void>;
}

export interface BundleExpectations {
  /** The workspace the bundle must belong to. */
  workspaceId: string;
  limits?: Partial<BundleLimits>;
  now?: () => number;
}

const BATCH_OPERATIONS = 256;

/** Reads and checks a bundle file, a chunk at a time; the size is checked before the file is read. */
export async function readBundleFile(file: string, expect: BundleExpectations): Promise<ParsedBundle> {
  const limits = { ...DEFAULT_LIMITS, ...expect.limits };
  let size: number;
  try {
    const info = await fileLayer().stat(file);
    if (info.isDirectory) throw new ExchangeError('io', `${file}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    throw new ExchangeError('io', errorCode(error) === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`);
  }
  if (size > limits.maxBytes) throw tooLarge(limits);
  if (size === 0) throw new ExchangeError('not_a_bundle', 'the file is empty');
  return checkBundle(fileSource(file), expect);
}

/** Checks bundle bytes already in memory (a file dropped on the window); see checkBundle. */
export function parseBundle(bytes: Uint8Array, expect: BundleExpectations): Promise<ParsedBundle> {
  const limits = { ...DEFAULT_LIMITS, ...expect.limits };
  if (bytes.length > limits.maxBytes) return Promise.reject(tooLarge(limits));
  if (bytes.length === 0) return Promise.reject(new ExchangeError('not_a_bundle', 'the file is empty'));
  return checkBundle(bytesSource(bytes), expect);
}

/**
 * Checks a bundle in order of cost and trust, reading it twice and holding one line at a time:
 * first the header (format version, workspace, operation count) and the byte count and checksum
 * of everything after it (so a truncated or damaged file is refused whole before any operation is
 * read), then each operation with hard limits, its schema and its device. Throws an ExchangeError
 * on the first problem.
 */
async function checkBundle(source: BundleSource, expect: BundleExpectations): Promise<ParsedBundle> {
  const limits = { ...DEFAULT_LIMITS, ...expect.limits };
  const now = expect.now ?? Date.now;
  let header: BundleHeader | undefined;
  let body: BodyCheck | undefined;
  const { tornBytes } = await source.lines((line) => {
    if (!header) {
      header = parseHeader(line, expect, limits);
      body = new BodyCheck(header, limits);
    } else body!.add(line);
  });
  if (!header) {
    const looksLikeBundle = (await source.head()).toString('latin1').includes(BUNDLE_FORMAT);
    throw looksLikeBundle ? new ExchangeError('truncated', 'the bundle is cut short (its header is incomplete)') : notABundle();
  }
  body!.finish(tornBytes);
  const checked = header;
  const names = new Map<string, string>();
  const ahead: AheadOperations = { count: 0, latest: null, devices: [] };
  const devices = new Set<string>();
  await readOperations(source, checked, limits, async (ops) => {
    const moment = now();
    for (const op of ops) {
      if (op.col === 'deputies' && op.op !== 'del' && typeof op.data.name === 'string') names.set(op.id, op.data.name);
      if (!isClockAhead(op.hlc, moment)) continue;
      ahead.count += 1;
      if (ahead.latest === null || op.hlc > ahead.latest) ahead.latest = op.hlc;
      devices.add(op.dev);
    }
  });
  ahead.devices = [...devices].sort();
  return {
    header: checked,
    names,
    ahead,
    forEachBatch: (visit) => readOperations(source, checked, limits, visit),
  };
}

/** The byte count, checksum and line count of what follows the header line, checked as it streams by. */
class BodyCheck {
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  private lines = 0;

  constructor(
    private readonly header: BundleHeader,
    private readonly limits: BundleLimits,
  ) {}

  add(line: Buffer): void {
    this.lines += 1;
    if (line.length > this.limits.maxLineBytes) throw new ExchangeError('too_large', `operation ${this.lines} is larger than ${this.limits.maxLineBytes} bytes`);
    this.bytes += line.length + 1;
    if (this.bytes > this.header.bytes) throw new ExchangeError('malformed', 'the bundle has data after its last operation');
    this.hash.update(line);
    this.hash.update('\n');
  }

  finish(tornBytes: number): void {
    const { header } = this;
    if (this.bytes + tornBytes < header.bytes) {
      throw new ExchangeError('truncated', `the bundle is cut short: ${this.bytes + tornBytes} of ${header.bytes} bytes of operations are there`);
    }
    if (tornBytes > 0) throw new ExchangeError('malformed', 'the bundle has data after its last operation');
    if (this.hash.digest('hex') !== header.sha256) {
      throw new ExchangeError('checksum_mismatch', 'the bundle is damaged: its checksum does not match its content');
    }
    if (this.lines > header.opCount) throw new ExchangeError('malformed', `the bundle holds more operations than its header says (${header.opCount})`);
    if (this.lines < header.opCount) throw new ExchangeError('truncated', `the bundle holds ${this.lines} of the ${header.opCount} operations its header announces`);
  }
}

/**
 * Reads the operations after the header line, each checked, in batches; the checksum is taken
 * again on the way, so bytes that changed since the first check are refused before the end.
 */
async function readOperations(source: BundleSource, header: BundleHeader, limits: BundleLimits, visit: (ops: Operation[]) => Promise<void>): Promise<void> {
  const seen = new Set<string>();
  const body = new BodyCheck(header, limits);
  // An operation newer than `covers` says is one its maker held back as too far ahead of its own clock.
  const heldBackAfter = Date.parse(header.createdAt) + MAX_CLOCK_AHEAD_MS;
  let number = 0;
  let batch: Operation[] = [];
  let first = true;
  const { tornBytes } = await source.lines(async (line) => {
    if (first) {
      first = false;
      return;
    }
    body.add(line);
    number += 1;
    const op = parseOneOperation(line, number, limits);
    if (seen.has(op.hlc)) throw new ExchangeError('malformed', `operation ${number} repeats the clock of an earlier one`);
    seen.add(op.hlc);
    const covered = Object.hasOwn(header.covers, op.dev) ? header.covers[op.dev]! : '';
    if (op.hlc > covered && !(decodeHlc(op.hlc).wall > heldBackAfter)) {
      throw new ExchangeError('malformed', `operation ${number} is newer than the header says the bundle covers`);
    }
    batch.push(op);
    if (batch.length >= BATCH_OPERATIONS) {
      const full = batch;
      batch = [];
      await visit(full);
    }
  });
  body.finish(tornBytes);
  if (batch.length > 0) await visit(batch);
}

function parseHeader(line: Buffer, expect: BundleExpectations, limits: BundleLimits): BundleHeader {
  if (line.length > limits.maxLineBytes) throw notABundle();
  let raw: unknown;
  try {
    raw = parseUntrustedJson(decodeUtf8(line), limits);
  } catch (error) {
    if (error instanceof ExchangeError && error.code === 'malformed') throw notABundle();
    throw error;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) {
    throw notABundle();
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    throw new ExchangeError(
      'newer_format',
      `the bundle was made by a newer version of Alliance Desk (bundle format ${version}; this version reads up to ${BUNDLE_FORMAT_VERSION}); update the app to import it`,
    );
  }
  const parsed = BundleHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExchangeError('malformed', `the bundle header is invalid (${issue?.path.join('.') || 'header'}: ${issue?.message ?? 'invalid'})`);
  }
  const header = parsed.data;
  if (header.workspaceId !== expect.workspaceId) {
    throw new ExchangeError('wrong_workspace', `the bundle belongs to another workspace ("${header.workspaceName}"), not to this one`, {
      workspaceId: header.workspaceId,
      workspaceName: header.workspaceName,
    });
  }
  if (header.opCount > limits.maxOperations) {
    throw new ExchangeError('too_many_operations', `the bundle holds ${header.opCount} operations; at most ${limits.maxOperations} are accepted`);
  }
  if (header.bytes > limits.maxBytes) throw tooLarge(limits);
  // Clocks far ahead (in `covers` or in operations) no longer refuse the bundle: its operations
  // are imported and kept, those too far ahead quarantined (see electron/store/quarantine.ts).
  return header;
}

function parseOneOperation(line: Buffer, number: number, limits: BundleLimits): Operation {
  let raw: unknown;
  try {
    raw = parseUntrustedJson(decodeUtf8(line), limits);
  } catch (error) {
    if (error instanceof ExchangeError) throw new ExchangeError(error.code, `operation ${number}: ${error.message}`);
    throw error;
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new ExchangeError('newer_format', `operation ${number} was written by a newer version of Alliance Desk (format ${version}); update the app to import it`);
  }
  const parsed = parseOperation(raw);
  if (!parsed.ok) throw new ExchangeError('invalid_operation', `operation ${number} is invalid: ${parsed.message}`);
  const checked = checkOperation(parsed.op, parsed.op.dev);
  if (!checked.ok) {
    if (checked.policy) throw new ExchangeError('policy_violation', `operation ${number} is not allowed: ${checked.problem}`);
    throw new ExchangeError('invalid_operation', `operation ${number} is invalid: ${checked.problem}`);
  }
  return checked.op;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ExchangeError('malformed', 'the bundle is not valid UTF-8 text');
  }
}

function notABundle(): ExchangeError {
  return new ExchangeError('not_a_bundle', 'this file is not an Alliance Desk bundle');
}

function tooLarge(limits: BundleLimits): ExchangeError {
  return new ExchangeError('too_large', `the bundle is larger than ${Math.round(limits.maxBytes / (1024 * 1024))} MB`);
}
