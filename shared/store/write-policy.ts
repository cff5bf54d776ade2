import { describeCollection, type CollectionName } from '../schema/collections';
import type { Operation } from './operation';

/**
 * The write policy of every collection (its `write` in shared/schema/collections.ts), applied to one
 * operation. The store calls this for every operation it writes or reads: an edit before it is
 * written, each line of a journal it replays, each operation of a bundle it imports. An operation
 * that breaks it is refused (edits, imports) or skipped with a warning (journals), so no path can
 * store a record its policy forbids. Returns the problem, or undefined.
 */
export function writePolicyProblem(op: Operation): string | undefined {
  const problem = describeCollection(op.col).write.rule({
    op: op.op,
    by: op.by,
    id: op.id,
    ...(op.op === 'del' ? {} : { data: op.data }),
    ...(op.op === 'patch' && op.unset ? { unset: op.unset } : {}),
  });
  return problem === undefined ? undefined : `${op.col}/${op.id} by ${op.by}: ${problem}`;
}

/** A generic edit (the records:* channels, the CLI's put and delete), before it becomes an operation. */
export type GenericEdit =
  | { kind: 'put'; collection: CollectionName }
  | { kind: 'patch'; collection: CollectionName; fields: readonly string[] }
  | { kind: 'del'; collection: CollectionName };

/** Whether a collection's policy lets a generic edit through, or the problem. */
export function genericEditProblem(edit: GenericEdit): string | undefined {
  const generic = describeCollection(edit.collection).write.generic;
  if (edit.kind === 'put') return generic.create ? undefined : `${edit.collection} are created only through their own commands`;
  if (edit.kind === 'del') return generic.delete ? undefined : `${edit.collection} are never deleted by a generic edit`;
  if (generic.patch === 'all') return undefined;
  const allowed = generic.patch === 'none' ? [] : generic.patch;
  const refused = edit.fields.filter((field) => !allowed.includes(field));
  return refused.length === 0 ? undefined : `${edit.collection}: ${refused.join(', ')} change only through their own commands`;
}
