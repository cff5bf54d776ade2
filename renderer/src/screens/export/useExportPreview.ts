import { useEffect, useState } from 'react';
import type { ExportTarget } from '../../../../shared/export/input';
import type { Language } from '../../../../shared/schema/common';
import { call } from '../../api/client';
import { useLiveQuery } from '../../api/useLiveQuery';

// Typing in a search or ticking filters asks once, when the choice settles.
const SETTLE_MS = 250;
// A preview is a whole document: after other devices' edits arrive, rebuild it once they are in.
const REBUILD_MS = 400;

/**
 * The preview of an export: asked for a moment after the choice settles, and again when records
 * change (another device's edits arriving).
 */
export function useExportPreview(target: ExportTarget | null, lang: Language) {
  const choice = target ? JSON.stringify({ target, lang }) : null;
  const asked = useSettled(choice, SETTLE_MS);
  const query = useLiveQuery(
    async () => {
      // The query is enabled only once a choice has settled.
      if (asked === null) return undefined;
      const request = JSON.parse(asked) as { target: ExportTarget; lang: Language };
      return call('export:preview', { what: request.target, lang: request.lang });
    },
    [asked],
    { collections: 'all', debounceMs: REBUILD_MS, enabled: asked !== null },
  );
  // An answer for an earlier choice is not shown for the current one.
  const current = asked === choice;
  return {
    preview: current ? query.data : undefined,
    error: current ? query.error : undefined,
    loading: choice !== null && (!current || query.loading),
  };
}

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
