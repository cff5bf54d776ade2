import { z } from 'zod';
import { collectionSchemas, type CollectionName } from '../schema/collections';
import type { Operation } from './operation';
import { writePolicyProblem } from './write-policy';

const partialSchemas = new Map<CollectionName, z.ZodType<Record<string, unknown>>>();

/** Each field checked on its own, for patches (cross-field rules are checked on whole records). */
function partialSchema(collection: CollectionName): z.ZodType<Record<string, unknown>> {
  let schema = partialSchemas.get(collection);
  if (!schema) {
    schema = z.object(collectionSchemas[collection].shape).partial() as unknown as z.ZodType<Record<string, unknown>>;
    partialSchemas.set(collection, schema);
  }
  return schema;
}

/** `policy`: the operation is well formed but its collection's write policy forbids it. */
export type OperationCheck = { ok: true; op: Operation } | { ok: false; problem: string; policy?: true };

/**
 * Checks an operation read from a journal or a bundle before it is applied: it must come from the
 * journal's own device, its fields must pass the collection schema, and its collection's write
 * policy must allow it (write-policy.ts). Returns the operation with its data reduced to known,
 * parsed fields, so nothing unchecked reaches the state.
 */
export function checkOperation(op: Operation, journalDevice: string): OperationCheck {
  const checked = checkShape(op, journalDevice);
  if (!checked.ok) return checked;
  const problem = writePolicyProblem(checked.op);
  return problem === undefined ? checked : { ok: false, problem, policy: true };
}

function checkShape(op: Operation, journalDevice: string): OperationCheck {
  if (op.dev !== journalDevice) return { ok: false, problem: `operation of device ${op.dev} in the journal of ${journalDevice}` };
  if (op.op === 'del') return { ok: true, op };
  const shape = collectionSchemas[op.col].shape as Record<string, unknown>;
  if (op.op === 'put') {
    const parsed = collectionSchemas[op.col].safeParse(op.data);
    if (!parsed.success) return { ok: false, problem: describe(op, parsed.error) };
    return { ok: true, op: { ...op, data: parsed.data as Record<string, unknown> } };
  }
  const parsed = partialSchema(op.col).safeParse(op.data);
  if (!parsed.success) return { ok: false, problem: describe(op, parsed.error) };
  const data: Record<string, unknown> = {};
  for (const field of Object.keys(op.data)) {
    if (Object.hasOwn(shape, field) && parsed.data[field] !== undefined) data[field] = parsed.data[field];
  }
  const unset = op.unset?.filter((field) => Object.hasOwn(shape, field));
  if (unset && unset.length !== op.unset!.length) return { ok: false, problem: `${op.col}/${op.id}: unknown field cleared` };
  return { ok: true, op: { ...op, data, ...(unset ? { unset } : {}) } };
}

function describe(op: Operation, error: z.ZodError): string {
  const issue = error.issues[0];
  return `${op.col}/${op.id}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`;
}
