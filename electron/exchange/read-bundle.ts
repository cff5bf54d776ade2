import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { compareHlc, decodeHlc } from '../../shared/store/hlc';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { checkOperation } from '../../shared/store/validate-operation';
import { parseOperation } from '../store/journal';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleHeaderSchema, DEFAULT_LIMITS, type BundleHeader, type BundleLimits } from './bundle-format';
import { ExchangeError } from './errors';
import { parseUntrustedJson } from './safe-json';

export interface ParsedBundle {
  header: BundleHeader;
  /** Every operation, checked against its schema and its device, oldest clock first. */
  ops: Operation[];
}

export interface BundleExpectations {
  /** The workspace the bundle must belong to. */
  workspaceId: string;
  limits?: Partial<BundleLimits>;
  now?: () => number;
}

const NEWLINE = 0x0a;

/** Reads and checks a bundle file; the size is checked before the file is read. */
export async function readBundleFile(file: string, expect: BundleExpectations): Promise<ParsedBundle> {
  const limits = { ...DEFAULT_LIMITS, ...expect.limits };
  let bytes: Buffer;
  try {
    const { size, isFile } = await stat(file).then((info) => ({ size: info.size, isFile: info.isFile() }));
    if (!isFile) throw new ExchangeError('io', `${file}: not a file`);
    if (size > limits.maxBytes) throw tooLarge(limits);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExchangeError('io', code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`);
  }
  return parseBundle(bytes, expect);
}

/**
 * Checks a bundle in order of cost and trust: size, header, format version, workspace, operation
 * count, byte count and checksum (so a truncated or damaged file is refused whole), then each
 * operation with hard limits, its schema and its device. Throws an ExchangeError on the first
 * problem; returns only what passed every check.
 */
export function parseBundle(bytes: Uint8Array, expect: BundleExpectations): ParsedBundle {
  const limits = { ...DEFAULT_LIMITS, ...expect.limits };
  if (bytes.length > limits.maxBytes) throw tooLarge(limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buffer.length === 0) throw new ExchangeError('not_a_bundle', 'the file is empty');
  const headerEnd = buffer.indexOf(NEWLINE);
  if (headerEnd === -1) {
    const looksLikeBundle = buffer.subarray(0, 64).toString('latin1').includes(BUNDLE_FORMAT);
    throw looksLikeBundle ? new ExchangeError('truncated', 'the bundle is cut short (its header is incomplete)') : notABundle();
  }
  const header = parseHeader(buffer.subarray(0, headerEnd), expect, limits);
  const body = buffer.subarray(headerEnd + 1);
  if (body.length < header.bytes) {
    throw new ExchangeError('truncated', `the bundle is cut short: ${body.length} of ${header.bytes} bytes of operations are there`);
  }
  if (body.length > header.bytes) throw new ExchangeError('malformed', 'the bundle has data after its last operation');
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) {
    throw new ExchangeError('checksum_mismatch', 'the bundle is damaged: its checksum does not match its content');
  }
  return { header, ops: parseOperations(body, header, limits) };
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
  // Every operation's clock is at most what `covers` says (checked below), so checking `covers`
  // bounds them all: a clock from the future would drag every later edit's clock along, and make
  // this device believe the maker has edits it never received.
  const latestAllowed = (expect.now?.() ?? Date.now()) + limits.maxClockAheadMs;
  for (const [device, clock] of Object.entries(header.covers)) {
    const { wall } = decodeHlc(clock);
    if (wall > latestAllowed) {
      throw new ExchangeError(
        'clock_ahead',
        `the bundle holds edits dated ${new Date(wall).toISOString()}, in the future: the clock of device ${device} is wrong; fix it and export again`,
      );
    }
  }
  return header;
}

function parseOperations(body: Buffer, header: BundleHeader, limits: BundleLimits): Operation[] {
  const ops: Operation[] = [];
  const seen = new Set<string>();
  let start = 0;
  while (start < body.length) {
    const end = body.indexOf(NEWLINE, start);
    const number = ops.length + 1;
    if (end === -1) throw new ExchangeError('truncated', `the bundle is cut short in operation ${number}`);
    if (number > header.opCount) throw new ExchangeError('malformed', `the bundle holds more operations than its header says (${header.opCount})`);
    if (end - start > limits.maxLineBytes) throw new ExchangeError('too_large', `operation ${number} is larger than ${limits.maxLineBytes} bytes`);
    const op = parseOneOperation(body.subarray(start, end), number, limits);
    if (seen.has(op.hlc)) throw new ExchangeError('malformed', `operation ${number} repeats the clock of an earlier one`);
    seen.add(op.hlc);
    const covered = Object.hasOwn(header.covers, op.dev) ? header.covers[op.dev]! : '';
    if (op.hlc > covered) throw new ExchangeError('malformed', `operation ${number} is newer than the header says the bundle covers`);
    ops.push(op);
    start = end + 1;
  }
  if (ops.length !== header.opCount) {
    throw new ExchangeError('truncated', `the bundle holds ${ops.length} of the ${header.opCount} operations its header announces`);
  }
  return ops.sort((a, b) => compareHlc(a.hlc, b.hlc));
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
  if (!checked.ok) throw new ExchangeError('invalid_operation', `operation ${number} is invalid: ${checked.problem}`);
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
