import type { HistoryItem } from '../../../lib/history';
import type { Provenance, Stance, Verdict } from './stances';

interface Check {
  principleId: string;
  verdict: Verdict;
  note: string;
}

/** One thing that happened to a position, ready to be said in words (see PositionEventText). */
export type PositionEvent =
  | { type: 'recorded'; stance: Stance; provenance: Provenance | undefined }
  | { type: 'rerecorded'; provenance: Provenance }
  | { type: 'stance'; from: Stance | undefined; to: Stance }
  | { type: 'reasons'; to: string }
  | { type: 'check'; principleId: string; verdict: Verdict | undefined; note: string }
  | { type: 'confirmed' }
  | { type: 'deleted' };

const asChecks = (value: unknown): Check[] => (Array.isArray(value) ? (value as Check[]) : []);

/** What changed in the principle checks: a verdict set, changed or withdrawn, or a note edited. */
function checkEvents(from: unknown, to: unknown): PositionEvent[] {
  const before = new Map(asChecks(from).map((check) => [check.principleId, check]));
  const after = new Map(asChecks(to).map((check) => [check.principleId, check]));
  const events: PositionEvent[] = [];
  for (const [principleId, check] of after) {
    const old = before.get(principleId);
    if (!old || old.verdict !== check.verdict || old.note !== check.note) {
      events.push({ type: 'check', principleId, verdict: check.verdict, note: check.note });
    }
  }
  for (const principleId of before.keys()) {
    if (!after.has(principleId)) events.push({ type: 'check', principleId, verdict: undefined, note: '' });
  }
  return events;
}

function provenanceEvent(from: Provenance | undefined, to: Provenance): PositionEvent | undefined {
  // The deputy confirmed the stance as it was recorded: only the confirmation changed.
  if (from && !from.confirmed && to.confirmed && from.channel === to.channel && from.enteredBy === to.enteredBy && from.givenAt === to.givenAt) {
    return { type: 'confirmed' };
  }
  // A deputy re-recording their own stance renews only the confirmation time: nothing to say.
  if (from?.channel === 'self' && to.channel === 'self') return undefined;
  return { type: 'rerecorded', provenance: to };
}

/** The events of one step of a position's history (describeHistory's items, oldest first). */
export function positionEvents(item: HistoryItem): PositionEvent[] {
  if (item.kind === 'del') return [{ type: 'deleted' }];
  const change = (field: string) => item.changes.find((c) => c.field === field);
  if (item.kind === 'put') {
    const stance = change('stance')?.to as Stance;
    const events: PositionEvent[] = [{ type: 'recorded', stance, provenance: change('provenance')?.to as Provenance | undefined }];
    const reasons = change('reasons')?.to;
    if (typeof reasons === 'string' && reasons.trim() !== '') events.push({ type: 'reasons', to: reasons });
    return [...events, ...checkEvents([], change('principleChecks')?.to)];
  }
  const events: PositionEvent[] = [];
  const provenance = change('provenance');
  if (provenance) {
    const event = provenanceEvent(provenance.from as Provenance | undefined, provenance.to as Provenance);
    if (event) events.push(event);
  }
  const stance = change('stance');
  if (stance) events.push({ type: 'stance', from: stance.from as Stance | undefined, to: stance.to as Stance });
  const reasons = change('reasons');
  if (reasons) events.push({ type: 'reasons', to: typeof reasons.to === 'string' ? reasons.to : '' });
  const checks = change('principleChecks');
  if (checks) events.push(...checkEvents(checks.from, checks.to));
  return events;
}
