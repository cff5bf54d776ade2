import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schema/common';
import type { WorkspaceInfo } from '../../../../shared/ipc/contract';
import { call, toApiError, type ApiError } from '../../api/client';
import { useAnnounce } from '../../state/Announcer';
import { useWorkspace } from '../../state/WorkspaceProvider';

/** Opening and creating workspaces from the start screen, with one busy flag and one error. */
export function useWorkspaceActions() {
  const { t, i18n } = useTranslation();
  const { setWorkspace } = useWorkspace();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function run(action: () => Promise<WorkspaceInfo | null>, message: (info: WorkspaceInfo) => string): Promise<void> {
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
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  const chooseFolder = (purpose: 'create' | 'open') => call('workspace:chooseFolder', { purpose });

  return {
    busy,
    error,
    clearError: () => setError(undefined),
    /** Asks for a folder for a new workspace; null when the user cancelled. */
    async pickNewFolder(): Promise<string | null> {
      setError(undefined);
      try {
        return await chooseFolder('create');
      } catch (failure) {
        setError(toApiError(failure));
        return null;
      }
    },
    create: (path: string, name: string, language: Language) =>
      run(() => call('workspace:create', { path, name, language }), (info) => t('start.createForm.created', { name: info.name })),
    open: (path?: string) =>
      run(
        async () => {
          const folder = path ?? (await chooseFolder('open'));
          return folder ? call('workspace:open', { path: folder }) : null;
        },
        (info) => t('start.opened', { name: info.name }),
      ),
    createDemo: () =>
      run(
        async () => {
          const folder = await chooseFolder('create');
          return folder ? call('workspace:createDemo', { path: folder, language: i18n.language as Language }) : null;
        },
        (info) => t('start.createForm.created', { name: info.name }),
      ),
  };
}
