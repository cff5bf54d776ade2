import { FORMAT_VERSION } from './operation';

/**
 * Upgrades of stored data between format versions. Each migration takes a journal operation (or a
 * snapshot record's fields) written in version `from` to version `to`. Journals are never rewritten:
 * old lines are upgraded when read, so a workspace synced with an older build stays readable.
 */
export interface Migration {
  from: number;
  to: number;
  description: string;
  migrateOperation(op: Record<string, unknown>): Record<string, unknown>;
}

/** The registry of this build. Empty while the format is at version 1. */
export const migrations: readonly Migration[] = [];

export class NewerFormatError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`written by a newer version of Alliance Desk (format ${found}; this build reads up to ${supported})`);
  }
}

/** Brings a raw operation up to `target`, applying the registry's steps in order. */
export function upgradeOperation(
  raw: Record<string, unknown>,
  registry: readonly Migration[] = migrations,
  target: number = FORMAT_VERSION,
): Record<string, unknown> {
  let version = typeof raw.v === 'number' ? raw.v : 1;
  if (version > target) throw new NewerFormatError(version, target);
  let op = raw;
  while (version < target) {
    const step = registry.find((migration) => migration.from === version);
    if (!step) throw new Error(`no migration from format ${version}`);
    op = { ...step.migrateOperation(op), v: step.to };
    version = step.to;
  }
  return op;
}
