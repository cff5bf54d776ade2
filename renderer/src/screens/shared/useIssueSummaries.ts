import { decodeIssueColumns, type IssueSummary } from '../../../../shared/ipc/issues-contract';
import { call } from '../../api/client';
import { useLiveQuery, type LiveQuery } from '../../api/useLiveQuery';

const loadSummaries = async () => decodeIssueColumns(await call('issues:summaries'));

/**
 * The columns of every issue that the list, the filters and the pickers need (not whole records:
 * a large alliance has 10,000 issues). Reloaded when issues or positions change.
 */
export function useIssueSummaries(): LiveQuery<IssueSummary[]> {
  return useLiveQuery(loadSummaries, [], { collections: ['issues', 'positions'], debounceMs: 250 });
}
