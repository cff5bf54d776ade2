import { useEffect, useState } from 'react';
import { getRecord } from '../../../api/records';

// Titles already asked for, across screens: a contact usually links one or two issues, and a
// large alliance has 10,000 of them, so titles are fetched one by one and kept.
const known = new Map<string, string | null>();

/** The titles of the given issues (null for a deleted one); fetched once each. */
export function useIssueTitles(ids: readonly string[]): ReadonlyMap<string, string | null> {
  const [, setVersion] = useState(0);
  const wanted = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = wanted.split(',').filter((id) => id && !known.has(id));
    if (missing.length === 0) return;
    let live = true;
    void Promise.all(
      missing.map((id) =>
        getRecord('issues', id).then(
          (issue) => known.set(id, issue?.title ?? null),
          () => undefined,
        ),
      ),
    ).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return known;
}

/** Forgets a title (the issue was renamed). */
export function forgetIssueTitle(id: string): void {
  known.delete(id);
}
