import type { HistoryEntryOutput } from '../../../../shared/ipc/contract';
import { describeHistory, type HistoryItem } from '../../lib/history';
import { positionEvents, type PositionEvent } from '../shared/positions/positionEvents';

/** Issue fields whose old and new values the timeline shows; long ones only say that they changed. */
export const SHOWN_ISSUE_FIELDS = ['title', 'category', 'status', 'hearingDate', 'voteDate', 'districtIds', 'tags', 'principleIds'] as const;
export type ShownIssueField = (typeof SHOWN_ISSUE_FIELDS)[number];

export type IssueEvent =
  | { type: 'created' }
  | { type: 'field'; field: ShownIssueField; from: unknown; to: unknown }
  | { type: 'description' }
  | { type: 'sources' }
  | { type: 'deleted' };

export interface TimelineEntry {
  key: string;
  clock: string;
  at: string;
  author: string;
  /** The issue itself, or one deputy's position on it. */
  subject: { kind: 'issue' } | { kind: 'position'; deputyId: string };
  events: (IssueEvent | PositionEvent)[];
}

function issueEvents(item: HistoryItem): IssueEvent[] {
  if (item.kind === 'put') return [{ type: 'created' }];
  if (item.kind === 'del') return [{ type: 'deleted' }];
  const events: IssueEvent[] = [];
  for (const change of item.changes) {
    if (change.field === 'description') events.push({ type: 'description' });
    else if (change.field === 'sources') events.push({ type: 'sources' });
    else if ((SHOWN_ISSUE_FIELDS as readonly string[]).includes(change.field)) {
      events.push({ type: 'field', field: change.field as ShownIssueField, from: change.from, to: change.to });
    }
  }
  return events;
}

/**
 * One timeline of an issue: the changes of the issue and of every position on it, merged, newest
 * first. Steps that changed nothing visible (e.g. a save without changes) are left out.
 */
export function buildTimeline(
  issueHistory: readonly HistoryEntryOutput[],
  positions: readonly { deputyId: string; history: readonly HistoryEntryOutput[] }[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = describeHistory(issueHistory).map((item) => ({
    key: `issue:${item.clock}`,
    clock: item.clock,
    at: item.at,
    author: item.author,
    subject: { kind: 'issue' },
    events: issueEvents(item),
  }));
  for (const { deputyId, history } of positions) {
    for (const item of describeHistory(history)) {
      entries.push({
        key: `${deputyId}:${item.clock}`,
        clock: item.clock,
        at: item.at,
        author: item.author,
        subject: { kind: 'position', deputyId },
        events: positionEvents(item),
      });
    }
  }
  return entries
    .filter((entry) => entry.events.length > 0)
    .sort((a, b) => (a.clock < b.clock ? 1 : a.clock > b.clock ? -1 : a.key < b.key ? 1 : -1));
}
