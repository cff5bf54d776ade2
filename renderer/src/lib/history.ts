import type { HistoryEntryOutput } from '../../../shared/ipc/contract';

export interface FieldChange {
  field: string;
  /** The value before this operation; undefined when the field was empty or the record new. */
  from: unknown;
  /** The value after; undefined when the operation cleared the field. */
  to: unknown;
}

export interface HistoryItem {
  clock: string;
  at: string;
  author: string;
  device: string;
  kind: HistoryEntryOutput['kind'];
  changes: FieldChange[];
}

/**
 * Turns a record's operations (oldest first) into what changed at each step. Operations carry
 * only new values, so the old ones come from replaying the earlier operations in clock order.
 */
export function describeHistory(entries: readonly HistoryEntryOutput[]): HistoryItem[] {
  let state: Record<string, unknown> = {};
  const items: HistoryItem[] = [];
  for (const entry of entries) {
    const changes: FieldChange[] = [];
    if (entry.kind === 'put') {
      for (const [field, to] of Object.entries(entry.data ?? {})) changes.push({ field, from: undefined, to });
      state = { ...(entry.data ?? {}) };
    } else if (entry.kind === 'patch') {
      const next = { ...state };
      for (const [field, to] of Object.entries(entry.data ?? {})) {
        if (!sameValue(state[field], to)) changes.push({ field, from: state[field], to });
        next[field] = to;
      }
      for (const field of entry.unset ?? []) {
        if (state[field] !== undefined) changes.push({ field, from: state[field], to: undefined });
        delete next[field];
      }
      state = next;
    } else {
      state = {};
    }
    items.push({ clock: entry.clock, at: entry.at, author: entry.author, device: entry.device, kind: entry.kind, changes });
  }
  return items;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A stored value as short text for the history list. */
export function displayValue(value: unknown, maxLength = 160): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
