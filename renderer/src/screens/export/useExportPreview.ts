import { useEffect, useState } from 'react';
import type { ExportTarget } from '../../../../shared/export/input';
import type { ExportPreview } from '../../../../shared/ipc/export-contract';
import type { Language } from '../../../../shared/schema/common';
import { api } from '../../api/bridge';
import { call, toApiError, type ApiError } from '../../api/client';

interface Answer {
  key: string;
  preview?: ExportPreview;
  error?: ApiError;
}

/**
 * The preview of an export: asked for a moment after the choice settles (typing in a search or
 * ticking filters asks once), and again when records change (another device's edits arriving).
 */
export function useExportPreview(target: ExportTarget | null, lang: Language) {
  const [answer, setAnswer] = useState<Answer>();
  const [version, setVersion] = useState(0);
  const key = target ? JSON.stringify({ target, lang, version }) : null;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api().on('records:changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((value) => value + 1), 400);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const request = JSON.parse(key) as { target: ExportTarget; lang: Language };
    const timer = setTimeout(() => {
      call('export:preview', { what: request.target, lang: request.lang }).then(
        (preview) => {
          if (live) setAnswer({ key, preview });
        },
        (error: unknown) => {
          if (live) setAnswer({ key, error: toApiError(error) });
        },
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  // An answer for an earlier choice is not shown for the current one.
  const current = answer?.key === key ? answer : undefined;
  return { preview: current?.preview, error: current?.error, loading: key !== null && current === undefined };
}
