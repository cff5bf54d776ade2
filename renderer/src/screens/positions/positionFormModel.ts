import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { RecordStanceSchema, type RecordStanceInput } from '../../../../shared/domain/position-input';
import type { Position, Principle } from '../../../../shared/schema/collections';
import type { FieldIssue } from '../../api/client';
import type { OnBehalfChannel, Stance, Verdict } from '../shared/positions/stances';

export interface CheckValues {
  principleId: string;
  /** '' = not checked: the principle is left out of the position. */
  verdict: Verdict | '';
  note: string;
}

export interface PositionValues {
  stance: Stance | '';
  reasons: string;
  checks: CheckValues[];
  channel: OnBehalfChannel;
  /** A datetime-local value (YYYY-MM-DDTHH:mm, local time). */
  givenAt: string;
}

export interface PositionContext {
  issueId: string;
  deputyId: string;
  /** The secretary records a stance given by phone, at a meeting or in a message. */
  onBehalf: boolean;
  now?: () => Date;
}

/** A datetime-local value for a moment, in the user's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function positionDefaults(position: Position | null, principles: readonly Principle[], now = new Date()): PositionValues {
  const existing = new Map((position?.principleChecks ?? []).map((check) => [check.principleId, check]));
  return {
    stance: position?.stance ?? '',
    reasons: position?.reasons ?? '',
    checks: principles.map((p) => ({ principleId: p.id, verdict: existing.get(p.id)?.verdict ?? '', note: existing.get(p.id)?.note ?? '' })),
    channel: 'phone',
    givenAt: toLocalInput(now),
  };
}

/** The positions of the checks sent (only those with a verdict) within the form's list of all principles. */
export function sentCheckIndexes(values: PositionValues): number[] {
  return values.checks.flatMap((check, index) => (check.verdict === '' ? [] : [index]));
}

export function toStanceInput(values: PositionValues, context: PositionContext): RecordStanceInput {
  const given = new Date(values.givenAt);
  return {
    issueId: context.issueId,
    deputyId: context.deputyId,
    stance: (values.stance || undefined) as Stance,
    reasons: values.reasons,
    principleChecks: sentCheckIndexes(values).map((index) => {
      const check = values.checks[index]!;
      return { principleId: check.principleId, verdict: check.verdict as Verdict, note: check.note };
    }),
    ...(context.onBehalf
      ? { onBehalf: { channel: values.channel, givenAt: Number.isNaN(given.getTime()) ? values.givenAt : given.toISOString() } }
      : {}),
  };
}

/**
 * Where a problem with the stance input (the form's own check, or the main process refusing the
 * same input) belongs in the form, and what it says: a tension without a note lands on that
 * principle's note field.
 */
export function formFieldOf(issue: FieldIssue, sentChecks: readonly number[]): { field: string; message: string } | undefined {
  const [head, index, leaf] = issue.path;
  switch (head) {
    case 'stance':
      return { field: 'stance', message: 'positions.errors.chooseStance' };
    case 'reasons':
      return { field: 'reasons', message: issue.message };
    case 'onBehalf':
      return leaf === undefined && index === 'channel' ? { field: 'channel', message: 'error.choose' } : { field: 'givenAt', message: 'positions.errors.givenAt' };
    case 'principleChecks': {
      const formIndex = typeof index === 'number' ? sentChecks[index] : undefined;
      if (formIndex === undefined) return undefined;
      return leaf === 'note' ? { field: `checks.${formIndex}.note`, message: issue.message } : { field: `checks.${formIndex}.verdict`, message: 'error.choose' };
    }
    default:
      return undefined;
  }
}

/** Sets a nested react-hook-form error ('checks.2.note') in a plain errors object. */
function setError(errors: Record<string, unknown>, path: string, error: FieldError): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = errors;
  parts.slice(0, -1).forEach((part, i) => {
    const next = parts[i + 1]!;
    node[part] ??= /^\d+$/.test(next) ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1)!] ??= error;
}

/** Validates with the shared RecordStanceSchema, the one the main process applies, plus "not in the future". */
export function positionResolver(context: PositionContext): Resolver<PositionValues, unknown, RecordStanceInput> {
  return async (values) => {
    const errors: Record<string, unknown> = {};
    const input = toStanceInput(values, context);
    const parsed = RecordStanceSchema.safeParse(input);
    const sent = sentCheckIndexes(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
        const target = formFieldOf({ path, message: issue.message }, sent);
        if (target) setError(errors, target.field, { type: 'validate', message: target.message });
      }
      if (Object.keys(errors).length === 0) errors.root = { type: 'validate', message: 'error.invalid' };
    }
    if (context.onBehalf && input.onBehalf) {
      const given = new Date(input.onBehalf.givenAt);
      const now = (context.now ?? (() => new Date()))();
      // A minute of slack: the field is filled with "now" when the form opens.
      if (!Number.isNaN(given.getTime()) && given.getTime() > now.getTime() + 60_000) {
        setError(errors, 'givenAt', { type: 'validate', message: 'positions.errors.futureDate' });
      }
    }
    if (Object.keys(errors).length > 0) return { values: {}, errors: errors as FieldErrors<PositionValues> };
    return { values: parsed.data as RecordStanceInput, errors: {} };
  };
}
