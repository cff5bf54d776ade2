import { positionId, signatureId } from '../domain/record-ids';

/** The literal author of the secretary's edits (a deputy's edits carry the deputy's id). */
export const SECRETARY = 'secretary';

/** What a write rule sees of an operation: the operation alone, never the state it lands on. */
export interface WriteAttempt {
  op: 'put' | 'patch' | 'del';
  /** The author the operation names. */
  by: string;
  id: string;
  data?: Record<string, unknown>;
  unset?: readonly string[];
}

/**
 * Who may write an operation: a problem (an English sentence for logs) or undefined. Rules judge the
 * operation alone, so a rule gives the same verdict on every device in whatever order operations
 * arrive, and merging stays independent of order (shared/store/state.ts).
 */
export type WriteRule = (attempt: WriteAttempt) => string | undefined;

/** Any author with an identity (plain collections). */
export const anyAuthor: WriteRule = () => undefined;

/** Only the secretary; fields naming who adopted it must name the secretary too. */
export const secretaryOnly: WriteRule = ({ by, data }) => {
  if (by !== SECRETARY) return 'only the secretary writes this';
  if (data?.adoptedBy !== undefined && data.adoptedBy !== SECRETARY) return 'adoptedBy must name the secretary who writes it';
  return undefined;
};

/** Written once by its author and never changed or removed (saved versions of a text). */
export const writtenOnceByAuthor: WriteRule = ({ op, by, data }) => {
  if (op !== 'put') return 'a saved version is never changed or removed';
  if (data?.author !== by) return 'a version names the author who saves it';
  return undefined;
};

/**
 * Provenance as its writer may state it: a deputy's own entry is confirmed (entered by themself,
 * or confirming what the secretary entered); the secretary's entry is given by phone, at a meeting
 * or in a message, entered by the secretary and unconfirmed until the deputy confirms it.
 */
function provenanceProblem(by: string, provenance: unknown): string | undefined {
  if (provenance === undefined) return 'every write of it states its provenance';
  const { enteredBy, channel, confirmed } = provenance as { enteredBy?: unknown; channel?: unknown; confirmed?: unknown };
  if (by === SECRETARY) {
    if (channel === 'self') return 'the secretary cannot enter it as given by the deputy in person';
    if (confirmed !== false) return 'only the deputy confirms what the secretary entered';
    if (enteredBy !== SECRETARY) return 'the secretary cannot enter it in someone else’s name';
    return undefined;
  }
  if (confirmed !== true) return 'a deputy’s own entry is confirmed';
  if (channel === 'self' && enteredBy !== by) return 'an entry given in person is entered by the deputy themself';
  return undefined;
}

/**
 * A record one deputy owns (a stance, a signature): every write names the owner fields, whose
 * hash is the record's id, so an operation alone shows whose record it edits. The deputy writes
 * their own; the secretary writes on their behalf (`secretaryWrites`) and never confirms.
 */
function ownedByDeputy(options: { owner: [string, string]; idOf: (a: string, b: string) => string; secretaryWrites: 'put' | 'put_and_patch'; what: string }): WriteRule {
  const [ownerField, otherField] = options.owner;
  return ({ op, by, id, data, unset }) => {
    if (op === 'del') return `a ${options.what} is never deleted`;
    const owner = data?.[ownerField];
    const other = data?.[otherField];
    if (typeof owner !== 'string' || typeof other !== 'string') return `every write of a ${options.what} names ${ownerField} and ${otherField}`;
    if (id !== options.idOf(owner, other)) return `the id of a ${options.what} derives from ${ownerField} and ${otherField}`;
    if (unset?.some((field) => field === ownerField || field === otherField || field === 'provenance')) return `owner fields of a ${options.what} are never cleared`;
    if (by === SECRETARY) {
      if (op === 'patch' && options.secretaryWrites === 'put') return `only the deputy changes a ${options.what} once entered`;
    } else if (by !== owner) {
      return `a deputy writes only their own ${options.what}`;
    }
    return provenanceProblem(by, data?.provenance);
  };
}

/** A deputy's stance on an issue. */
export const ownStance = ownedByDeputy({ owner: ['deputyId', 'issueId'], idOf: positionId, secretaryWrites: 'put_and_patch', what: 'stance' });

/** A deputy's signature of a statement's version. */
export const ownSignature = ownedByDeputy({ owner: ['deputyId', 'versionId'], idOf: signatureId, secretaryWrites: 'put', what: 'signature' });

/**
 * A statement's status changes together with its history, whose newest entry names that status and
 * the author who moved it: no write moves a statement without saying who did. (The order of
 * statuses depends on the statement as it stands, so its commands check that: statements-service.ts.)
 */
export const statusWithItsAuthor: WriteRule = ({ by, data, unset }) => {
  if (unset?.includes('status') || unset?.includes('statusHistory')) return 'status and its history are never cleared';
  if (data?.status === undefined) return undefined;
  const history = data.statusHistory;
  const last = Array.isArray(history) ? (history.at(-1) as { status?: unknown; by?: unknown } | undefined) : undefined;
  if (last?.status !== data.status || last.by !== by) return 'a status change comes with its history entry, naming who made it';
  return undefined;
};
