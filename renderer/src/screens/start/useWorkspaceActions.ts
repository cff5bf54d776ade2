import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schema/common';
import type { ChosenFolder, FolderPurpose, WorkspaceInfo } from '../../../../shared/ipc/contract';
import { call, toApiError, type ApiError } from '../../api/client';
import { useAnnounce } from '../../state/Announcer';
import { useWorkspace } from '../../state/WorkspaceProvider';

/**
 * Opening and creating workspaces from the start screen, with one busy flag and one error. Folders
 * are picked in the main process; the page holds only the pick's token and name (never a path).
 */
export function useWorkspaceActions() {
  const { t, i18n } = useTranslation();
  const { setWorkspace } = useWorkspace();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  /** Runs one workspace action; the failure, if it failed (also shown through `error`). */
  async function run(action: () => Promise<WorkspaceInfo | null>, message: (info: WorkspaceInfo) => string): Promise<ApiError | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      const info = await action();
      if (info) {
        // What the store noticed while opening (e.g. a damaged journal tail it skipped) matters
        // more than the confirmation, so it is said instead.
        if (info.warnings.length > 0) announce(`${t('start.warnings')} ${info.warnings.join('; ')}`, 'error');
        else announce(message(info));
        setWorkspace(info);
      }
      return undefined;
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(apiError);
      return apiError;
    } finally {
      setBusy(false);
    }
  }

  const chooseFolder = (purpose: FolderPurpose) => call('workspace:chooseFolder', { purpose });
  const opened = (info: WorkspaceInfo) => t('start.opened', { name: info.name });
  const created = (info: WorkspaceInfo) => t('start.createForm.created', { name: info.name });

  return {
    busy,
    error,
    clearError: () => setError(undefined),
    /** Asks for a folder for a new workspace; null when the user cancelled. */
    async pickNewFolder(): Promise<ChosenFolder | null> {
      setError(undefined);
      try {
        return await chooseFolder('create');
      } catch (failure) {
        setError(toApiError(failure));
        return null;
      }
    },
    create: (folder: ChosenFolder, name: string, language: Language) => run(() => call('workspace:create', { token: folder.token, name, language }), created),
    /** Asks for a workspace's folder, then opens it. */
    open: () =>
      run(async () => {
        const folder = await chooseFolder('open');
        return folder ? call('workspace:open', { token: folder.token }) : null;
      }, opened),
    openRecent: (id: string) => run(() => call('workspace:openRecent', { id }), opened),
    createDemo: () =>
      run(async () => {
        const folder = await chooseFolder('create');
        return folder ? call('workspace:createDemo', { token: folder.token, language: i18n.language as Language }) : null;
      }, created),
  };
}
