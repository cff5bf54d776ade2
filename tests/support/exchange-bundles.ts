import { createHash } from 'node:crypto';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleHeader } from '../../electron/exchange/bundle-format';
import { vectorOf } from '../../shared/exchange/version-vector';
import { encodeHlc } from '../../shared/store/hlc';
import type { Operation } from '../../shared/store/operation';

export const WORKSPACE_ID = 'ws-test-0001';
export const NOW = Date.UTC(2026, 2, 1);

export const stamp = (n: number, device = 'laptop-a') => encodeHlc({ wall: NOW - 1_000_000 + n, counter: 0 }, device);

/** A valid group put, as a bundle carries it. */
export function groupPut(n: number, device = 'laptop-a'): Operation {
  return { v: 1, op: 'put', hlc: stamp(n, device), dev: device, by: 'secretary', col: 'groups', id: `g${n}`, data: { name: `Группа ${n}`, kind: 'working', description: '' } };
}

/** Bundle bytes around op lines (given as text, so tests can put anything there), with a correct header unless overridden. */
export function bundleBytes(lines: readonly string[], header: Partial<BundleHeader> & Record<string, unknown> = {}, ops: readonly Operation[] = []): Buffer {
  const body = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
  const full = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    workspaceId: WORKSPACE_ID,
    workspaceName: 'Союз',
    device: 'laptop-a',
    author: 'secretary',
    createdAt: new Date(NOW).toISOString(),
    since: null,
    covers: vectorOf(ops.length ? ops : [{ dev: 'laptop-a', hlc: stamp(1_000) }]),
    opCount: lines.length,
    bytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    ...header,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(full)}\n`, 'utf8'), body]);
}

export function bundleOf(ops: readonly Operation[], header: Partial<BundleHeader> & Record<string, unknown> = {}): Buffer {
  return bundleBytes(ops.map((op) => JSON.stringify(op)), header, ops);
}

/** The header and op lines of bundle bytes. */
export function splitBundle(bytes: Buffer): { header: Record<string, unknown>; lines: string[] } {
  const text = bytes.toString('utf8');
  const [header, ...lines] = text.split('\n');
  return { header: JSON.parse(header!) as Record<string, unknown>, lines: lines.filter((line) => line !== '') };
}

/** Rebuilds a bundle around changed op lines with a matching count, size and checksum (a "valid" hostile bundle). */
export function resign(bytes: Buffer, lines: readonly string[]): Buffer {
  const { header } = splitBundle(bytes);
  const body = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
  const fixed = { ...header, opCount: lines.length, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
  return Buffer.concat([Buffer.from(`${JSON.stringify(fixed)}\n`, 'utf8'), body]);
}
