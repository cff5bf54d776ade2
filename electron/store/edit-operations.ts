import { AuthorSchema } from '../../shared/schema/common';
import { collectionSchemas, describeCollection, isLongTextField, type CollectionName } from '../../shared/schema/collections';
import { FORMAT_VERSION, type Operation } from '../../shared/store/operation';
import { fieldClock } from '../../shared/store/state';
import { StoreError } from './errors';
import type { RecordQueries } from './record-queries';
import { newId, parseOrThrow, stripUndefined } from './record-input';
import type { BatchEdit } from './store-types';

/** Who stamps the operations, and the state the edits are checked against. */
export interface EditContext {
  records: RecordQueries;
  device: string;
  author: string;
  tick: () => string;
}

/** Fields an earlier edit of the same batch left (null: deleted), and the clocks of its long-text writes. */
interface Pending {
  fields: Map<string, Record<string, unknown> | null>;
  textClocks: Map<string, string>;
}

/**
 * Turns a batch's edits into validated operations, or throws without writing anything. Each edit
 * is checked against the state as the earlier edits of the batch leave it; an edit that changes
 * nothing gives no operation. Returns the operations and the ids of the edits, in order.
 */
export function operationsForEdits(edits: readonly BatchEdit[], context: EditContext): { ops: Operation[]; ids: string[] } {
  const ops: Operation[] = [];
  const ids: string[] = [];
  const pending: Pending = { fields: new Map(), textClocks: new Map() };
  for (const edit of edits) {
    const op = toOperation(edit, context, pending);
    if (op) ops.push(op);
    ids.push(op?.id ?? edit.id!);
  }
  return { ops, ids };
}

function toOperation(edit: BatchEdit, context: EditContext, pending: Pending): Operation | undefined {
  const { records } = context;
  const key = pendingKey(edit.collection, edit.id ?? '');
  const current =
    edit.id !== undefined ? (pending.fields.has(key) ? pending.fields.get(key) : records.liveFields(edit.collection, edit.id)) : undefined;
  if (edit.by !== undefined && !AuthorSchema.safeParse(edit.by).success) throw new StoreError('invalid', 'invalid author');
  const base = { v: FORMAT_VERSION, dev: context.device, by: edit.by ?? context.author, col: edit.collection } as const;
  if (edit.kind === 'del') {
    if (!current) throw new StoreError('not_found', `${edit.collection}/${edit.id}: no such record`);
    pending.fields.set(key, null);
    return { ...base, op: 'del', id: edit.id, hlc: context.tick() };
  }
  if (edit.kind === 'put') {
    if (current) throw new StoreError('invalid', `${edit.collection}/${edit.id}: a record with this id exists`);
    if (edit.id !== undefined && records.isDeleted(edit.collection, edit.id)) {
      throw new StoreError('invalid', `${edit.collection}/${edit.id}: this id belonged to a deleted record`);
    }
    const id = edit.id ?? newId();
    const parsed = parseOrThrow(edit.collection, edit.data, `${edit.collection}/${id}`);
    pending.fields.set(pendingKey(edit.collection, id), parsed);
    return { ...base, op: 'put', id, data: parsed, hlc: context.tick() };
  }
  if (!current) throw new StoreError('not_found', `${edit.collection}/${edit.id}: no such record`);
  const unset = edit.unset ?? [];
  const merged: Record<string, unknown> = { ...current, ...stripUndefined(edit.data) };
  for (const field of unset) delete merged[field];
  const parsed = parseOrThrow(edit.collection, merged, `${edit.collection}/${edit.id}`);
  const data: Record<string, unknown> = {};
  const cleared: string[] = [];
  for (const field of new Set([...Object.keys(edit.data), ...unset])) {
    if (!(field in collectionSchemas[edit.collection].shape)) continue;
    if (parsed[field] === undefined) {
      if (current[field] !== undefined) cleared.push(field);
    } else if (JSON.stringify(parsed[field]) !== JSON.stringify(current[field])) {
      data[field] = parsed[field];
    }
  }
  pending.fields.set(key, parsed);
  if (Object.keys(data).length === 0 && cleared.length === 0) return undefined;
  // Fields the collection's write rule judges every patch by go along even when unchanged.
  for (const field of describeCollection(edit.collection).restate ?? []) {
    if (!(field in data) && parsed[field] !== undefined) data[field] = parsed[field];
  }
  const hlc = context.tick();
  const textBase = textBaseOf(edit, [...Object.keys(data), ...cleared], records, pending, hlc);
  return { ...base, op: 'patch', id: edit.id, data, ...(cleared.length ? { unset: cleared } : {}), ...(textBase ? { base: textBase } : {}), hlc };
}

/**
 * For each long text the edit writes, the version it started from: the clock of the value shown
 * (or those the caller names, when resolving a conflict), so that concurrent edits can be merged.
 */
function textBaseOf(
  edit: Extract<BatchEdit, { kind: 'patch' }>,
  fields: string[],
  records: RecordQueries,
  pending: Pending,
  hlc: string,
): Record<string, string[]> | undefined {
  let textBase: Record<string, string[]> | undefined;
  for (const field of fields) {
    if (!isLongTextField(edit.collection, field)) continue;
    const key = `${pendingKey(edit.collection, edit.id)}/${field}`;
    const entry = records.entry(edit.collection, edit.id);
    const given = edit.base && Object.hasOwn(edit.base, field) ? edit.base[field] : undefined;
    const current = pending.textClocks.get(key) ?? (entry ? fieldClock(entry, field) : undefined);
    (textBase ??= {})[field] = given ? [...given] : current ? [current] : [];
    pending.textClocks.set(key, hlc);
  }
  return textBase;
}

function pendingKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}
