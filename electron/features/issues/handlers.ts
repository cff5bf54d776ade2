import { encodeIssueColumns, type IssueSummary } from '../../../shared/ipc/issues-contract';
import type { Issue, Position } from '../../../shared/schema/collections';
import type { WorkspaceStore } from '../../store/workspace-store';
import type { FeatureHandlers } from '../../core/channel-handlers';
import type { EventHub } from '../../core/events';
import type { WorkspaceSession } from '../../core/workspace-session';


type IssueColumns = ReturnType<typeof encodeIssueColumns>;

/** The issue list's columns per open store, kept until an issue or a position changes. */
const summaryCache = new WeakMap<WorkspaceStore, IssueColumns>();

function issueSummaries(store: WorkspaceStore): IssueColumns {
  let columns = summaryCache.get(store);
  if (!columns) {
    const deputies = deputiesPerIssue(store);
    columns = encodeIssueColumns(store.list('issues').items.map((issue) => summary(issue, deputies.get(issue.id)?.length ?? 0)));
    summaryCache.set(store, columns);
    const stop = store.subscribe((change) => {
      if (change.collection !== 'issues' && change.collection !== 'positions') return;
      summaryCache.delete(store);
      stop();
    });
  }
  return columns;
}

/** Handlers of the lean list channels of the issues and positions screens (shared/ipc/issues-contract.ts). */
export function issuesHandlers(session: WorkspaceSession, events: EventHub): FeatureHandlers<'issues' | 'stances'> {
  // Work out the issue list as soon as a workspace opens (a large one takes a moment), so the list
  // is ready when the user goes to it.
  events.on((event) => {
    if (event.channel !== 'workspace:changed' || !event.payload) return;
    const store = session.store();
    setTimeout(() => {
      if (!store.isClosed) issueSummaries(store);
    }, 0);
  });
  return {
    'issues:summaries': async () => issueSummaries(session.store()),
    'stances:list': async ({ deputyId, offset, limit, unconfirmedOnly }) => {
      const store = session.store();
      // Without a deputy: the whole alliance's unconfirmed positions (all of its positions would be 150,000).
      let positions = deputyId ? store.byIndex('positions', 'deputyId', deputyId) : unconfirmedPositions(store);
      if (unconfirmedOnly) positions = positions.filter((position) => !position.provenance.confirmed);
      positions = newestPerPair(positions).sort(
        (a, b) => Number(a.provenance.confirmed) - Number(b.provenance.confirmed) || compareDesc(a.updatedAt, b.updatedAt),
      );
      const unconfirmed = positions.filter((position) => !position.provenance.confirmed).length;
      const items = positions.slice(offset, offset + limit).map((position) => {
        const issue = store.get('issues', position.issueId);
        return { position, issue: issue ? { id: issue.id, title: issue.title, status: issue.status, category: issue.category } : null };
      });
      return { items, total: positions.length, unconfirmed };
    },
  };
}

function summary(issue: Issue, positions: number): IssueSummary {
  return {
    id: issue.id,
    title: issue.title,
    category: issue.category,
    districtIds: issue.districtIds,
    status: issue.status,
    ...(issue.hearingDate ? { hearingDate: issue.hearingDate } : {}),
    ...(issue.voteDate ? { voteDate: issue.voteDate } : {}),
    tags: issue.tags,
    principleIds: issue.principleIds,
    positions,
  };
}

/** The deputies with a position on each issue, each once (see newestPerPair); a few dozen per issue at most. */
function deputiesPerIssue(store: WorkspaceStore): Map<string, string[]> {
  const byIssue = new Map<string, string[]>();
  store.forEachLive('positions', (_id, fields) => {
    const issueId = fields.issueId as string;
    const deputyId = fields.deputyId as string;
    const deputies = byIssue.get(issueId);
    if (!deputies) byIssue.set(issueId, [deputyId]);
    else if (!deputies.includes(deputyId)) deputies.push(deputyId);
  });
  return byIssue;
}

function unconfirmedPositions(store: WorkspaceStore): Position[] {
  const ids: string[] = [];
  store.forEachLive('positions', (id, fields) => {
    if ((fields.provenance as Position['provenance'] | undefined)?.confirmed === false) ids.push(id);
  });
  return ids.map((id) => store.get('positions', id)!);
}

/**
 * One position per deputy and issue, the most recently changed: positions written before a
 * position's id was derived from the pair (imported or demo data) can leave two for one pair.
 */
function newestPerPair(positions: Position[]): Position[] {
  const newest = new Map<string, Position>();
  for (const position of positions) {
    const key = `${position.deputyId}\u0000${position.issueId}`;
    const seen = newest.get(key);
    if (!seen || seen.updatedAt < position.updatedAt) newest.set(key, position);
  }
  return [...newest.values()];
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
