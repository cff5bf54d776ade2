import type { FeatureHandlers } from '../../core/channel-handlers';
import type { WorkspaceSession } from '../../core/workspace-session';

/**
 * The generic record channels. Every write goes through the store's batch, where each collection's
 * write policy (shared/schema/collections.ts) is applied: a collection with rules of its own refuses
 * what its feature's commands alone may write.
 */
export function recordsHandlers(session: WorkspaceSession): FeatureHandlers<'records'> {
  return {
    'records:list': async ({ collection, query }) => session.store().list(collection, query),
    'records:get': async ({ collection, id }) => session.store().get(collection, id) ?? null,
    'records:create': async ({ collection, data }) => {
      const store = session.storeForEdits();
      const [id] = await store.genericBatch([{ kind: 'put', collection, data }]);
      return store.get(collection, id!)!;
    },
    'records:patch': async ({ collection, id, data, unset }) => {
      const store = session.storeForEdits();
      await store.genericBatch([{ kind: 'patch', collection, id, data, unset: unset ?? [] }]);
      return store.get(collection, id)!;
    },
    'records:delete': async ({ collection, id }) => {
      await session.storeForEdits().genericBatch([{ kind: 'del', collection, id }]);
      return null;
    },
    'records:history': ({ collection, id }) => session.store().history(collection, id),
  };
}
