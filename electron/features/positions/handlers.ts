import type { FeatureHandlers } from '../../core/channel-handlers';
import type { WorkspaceSession } from '../../core/workspace-session';
import { confirmStance, recordStance } from './positions-service';

/** Stances: recorded by the deputy or on their behalf, confirmed only by the deputy (positions-service.ts). */
export function positionsHandlers(session: WorkspaceSession): FeatureHandlers<'positions'> {
  return {
    'positions:record': (input) => {
      const { store, identity } = session.editor();
      return recordStance(store, identity, input);
    },
    'positions:confirm': ({ id }) => {
      const { store, identity } = session.editor();
      return confirmStance(store, identity, id);
    },
  };
}
