import type { FeatureHandlers } from '../../core/channel-handlers';
import type { WorkspaceSession } from '../../core/workspace-session';
import { adoptLine } from './lines-service';

/** The alliance's lines on issues, adopted by the secretary (lines-service.ts). */
export function linesHandlers(session: WorkspaceSession): FeatureHandlers<'lines'> {
  return {
    'lines:adopt': (input) => {
      const { store, identity } = session.editor();
      return adoptLine(store, identity, input);
    },
  };
}
