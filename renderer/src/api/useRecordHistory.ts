import type { CollectionName } from '../../../shared/schema/collections';
import { describeHistory, type HistoryItem } from '../lib/history';
import { recordHistory } from './records';
import { useLiveQuery, type LiveQuery } from './useLiveQuery';

/** What changed in one record at each step, newest first; asked again when the record changes. */
export function useRecordHistory(collection: CollectionName, id: string): LiveQuery<HistoryItem[]> {
  return useLiveQuery(async () => describeHistory(await recordHistory(collection, id)).reverse(), [collection, id], {
    collections: [collection],
    recordId: id,
    keepPrevious: true,
  });
}
