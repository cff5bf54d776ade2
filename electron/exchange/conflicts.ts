import { headClocks } from '../../shared/exchange/text-lineage';
import { isCollectionName, isLongTextField } from '../../shared/schema/collections';
import { StoreError } from '../store/errors';
import { onBehalfEdit } from '../../shared/schema/collections';
import type { LocalEdit, WorkspaceStore } from '../store/workspace-store';
import { textWrites } from './text-resolutions';

/**
 * Resolves a text conflict with the text a person chose or wrote: the field is written as a version
 * started from every current version, so no device sees the old versions as concurrent any more,
 * and the conflict record is marked resolved. Both go in one durable line.
 */
export async function resolveConflict(store: WorkspaceStore, conflictId: string, text: string): Promise<void> {
  await store.importOperations({ kind: 'resolve' }, async () => {
    const conflict = store.get('conflicts', conflictId);
    if (!conflict) throw new StoreError('not_found', `conflicts/${conflictId}: no such conflict`);
    const { collection, recordId, field } = conflict;
    if (!isCollectionName(collection) || !isLongTextField(collection, field)) {
      throw new StoreError('invalid', `conflicts/${conflictId}: not a conflict of a long text`);
    }
    const local: LocalEdit[] = [];
    const record = store.get(collection, recordId);
    if (record) {
      const heads = headClocks(textWrites(await store.history(collection, recordId), field));
      // The person resolving writes the text, judged by the record's write policy like any edit of it.
      const { data } = onBehalfEdit(collection, record, { [field]: text });
      local.push({ op: 'patch', col: collection, id: recordId, data, base: { [field]: heads } });
    }
    if (conflict.status !== 'resolved') local.push({ op: 'patch', col: 'conflicts', id: conflictId, data: { status: 'resolved' } });
    return { foreign: [], local, result: undefined };
  });
}
