import type { FeatureHandlers } from '../../core/channel-handlers';
import { ChosenFolders } from '../../core/chosen-folders';
import type { Platform } from '../../core/platform';
import type { RecentList } from '../../core/recent-list';
import { ServiceError } from '../../core/service-error';
import type { WorkspaceSession } from '../../core/workspace-session';

/**
 * Handlers of the workspace channels, and of who works in it ("who am I"). The folder picker runs here and the folder stays here: the
 * page gets a token for it (chosen-folders.ts) or opens a recent entry by id, and never sends a path.
 */
export function workspaceHandlers(session: WorkspaceSession, platform: Platform, recent: RecentList): FeatureHandlers<'workspace' | 'identity'> {
  const chosen = new ChosenFolders();
  return {
    'workspace:current': async () => session.info(),
    'identity:set': (identity) => session.setIdentity(identity),
    'workspace:recent': async () => recent.list(),
    'workspace:chooseFolder': async ({ purpose }) => {
      const folder = await platform.chooseFolder(purpose);
      return folder === null ? null : chosen.remember(folder, purpose);
    },
    'workspace:create': ({ token, name, language }) => chosen.use(token, 'create', (folder) => session.create(folder, name, language)),
    'workspace:createDemo': ({ token, language }) => chosen.use(token, 'create', (folder) => session.createDemo(folder, language)),
    'workspace:open': ({ token }) => chosen.use(token, 'open', (folder) => session.open(folder)),
    'workspace:openRecent': async ({ id }) => {
      const folder = recent.folderOf(id);
      if (folder === undefined) throw new ServiceError('recent_gone', 'this workspace is no longer in the recent list');
      return session.open(folder);
    },
    'workspace:close': async () => {
      await session.close();
      return null;
    },
  };
}
