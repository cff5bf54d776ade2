import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BundleCheck } from '../../../../shared/ipc/exchange-contract';
import { errorText } from '../../api/errorText';
import { useAnnounce } from '../../state/Announcer';

/** Where a checked bundle is shown: the import preview (a refusal is shown there too, with its reason). */
export const IMPORT_PATH = '/exchange/import';

export interface ImportPageState {
  check: Exclude<BundleCheck, { status: 'none' }>;
}

/**
 * Runs a bundle check (open dialog, drop, OS hand-off) and opens the import preview with its
 * answer; "none" (the dialog was closed, nothing was waiting) leaves the user where they are.
 */
export function useBundleCheck(): (check: () => Promise<BundleCheck>) => Promise<void> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  return useCallback(
    async (check) => {
      try {
        const answer = await check();
        if (answer.status === 'none') return;
        navigate(IMPORT_PATH, { state: { check: answer } satisfies ImportPageState });
      } catch (error) {
        announce(errorText(t, error), 'error');
      }
    },
    [announce, navigate, t],
  );
}
