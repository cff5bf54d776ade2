import { z } from 'zod';
import { RecordBaseSchema } from './common';
import { anyAuthor, SECRETARY, ownSignature, ownStance, secretaryOnly, statusWithItsAuthor, writtenOnceByAuthor, type WriteRule } from './write-rules';
import {
  AllianceLineSchema,
  ConflictSchema,
  ContactSchema,
  DeputySchema,
  DistrictSchema,
  GroupSchema,
  IssueSchema,
  PositionSchema,
  PrincipleSchema,
  SignatureSchema,
  StatementSchema,
  StatementVersionSchema,
} from './entities';

/** Which generic edits (the records:* channels, the CLI's put and delete) a collection allows. */
export interface GenericEdits {
  create: boolean;
  /** Fields a generic patch may change: all, none, or the ones listed. */
  patch: 'all' | 'none' | readonly string[];
  delete: boolean;
}

const PLAIN: GenericEdits = { create: true, patch: 'all', delete: true };
const THROUGH_ITS_COMMANDS: GenericEdits = { create: false, patch: 'none', delete: false };

type Fields = Record<string, unknown>;
/** Looks up another record's fields (for titles made of names, like a position's deputy and issue). */
export type FieldsLookup = (collection: string, id: unknown) => Fields | undefined;

/**
 * Everything the app knows about one collection, in one place: the schema of its fields, the
 * fields indexed for look-ups, the long texts merged three-way, the fields every patch restates,
 * a short title for a record, and its write policy — which the store applies to every operation
 * on every path (an edit, a replayed journal, an imported bundle): shared/store/write-policy.ts.
 */
export interface CollectionDescriptor<S extends z.ZodObject = z.ZodObject> {
  schema: S;
  /** Fields that get a secondary index, for fast look-ups such as positions by issue. */
  indexed?: readonly string[];
  /**
   * Long texts that two people may well edit at the same time on different laptops: a concurrent
   * edit of one of these is merged three-way, or kept as a conflict record, instead of the later
   * clock silently winning.
   */
  longText?: readonly string[];
  /** Fields every patch carries even when unchanged, so its write rule can judge it alone. */
  restate?: readonly string[];
  /**
   * Who a merge of its long texts is written as, given the record's fields: the person its write
   * policy lets write it (default: whoever imports).
   */
  mergeAuthor?: (fields: Fields) => string;
  /** A short human title (import previews, history); default: its title or name. */
  title?: (fields: Fields, lookup: FieldsLookup) => string;
  write: { rule: WriteRule; generic: GenericEdits };
}

function describe<S extends z.ZodObject>(descriptor: CollectionDescriptor<S>): CollectionDescriptor<S> {
  return descriptor;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const nameOf = (lookup: FieldsLookup, target: string, id: unknown, field = 'name') => text(lookup(target, id)?.[field]) || String(id ?? '');

/** Every collection of a workspace, described. */
export const collections = {
  principles: describe({
    schema: PrincipleSchema,
    title: (fields) => `${String(fields.number ?? '')}. ${text(fields.title)}`,
    write: { rule: anyAuthor, generic: PLAIN },
  }),
  districts: describe({ schema: DistrictSchema, write: { rule: anyAuthor, generic: PLAIN } }),
  deputies: describe({ schema: DeputySchema, indexed: ['districtId'], write: { rule: anyAuthor, generic: PLAIN } }),
  groups: describe({ schema: GroupSchema, write: { rule: anyAuthor, generic: PLAIN } }),
  issues: describe({ schema: IssueSchema, longText: ['description'], write: { rule: anyAuthor, generic: PLAIN } }),
  positions: describe({
    schema: PositionSchema,
    indexed: ['issueId', 'deputyId'],
    longText: ['reasons'],
    restate: ['deputyId', 'issueId', 'provenance'],
    mergeAuthor: (fields) => ((fields.provenance as { confirmed?: unknown } | undefined)?.confirmed === true ? String(fields.deputyId) : SECRETARY),
    title: (fields, lookup) => `${nameOf(lookup, 'deputies', fields.deputyId)} — ${nameOf(lookup, 'issues', fields.issueId, 'title')}`,
    write: { rule: ownStance, generic: THROUGH_ITS_COMMANDS },
  }),
  allianceLines: describe({
    schema: AllianceLineSchema,
    indexed: ['issueId'],
    title: (fields, lookup) => nameOf(lookup, 'issues', fields.issueId, 'title'),
    write: { rule: secretaryOnly, generic: THROUGH_ITS_COMMANDS },
  }),
  statements: describe({
    schema: StatementSchema,
    longText: ['body', 'dissentAnnex'],
    // Status, versions and review go through the statement commands (their order is checked there).
    write: { rule: statusWithItsAuthor, generic: { create: false, patch: ['dissentAnnex'], delete: false } },
  }),
  statementVersions: describe({
    schema: StatementVersionSchema,
    indexed: ['statementId'],
    title: (fields) => `${text(fields.title)} (${String(fields.number ?? '')})`,
    write: { rule: writtenOnceByAuthor, generic: THROUGH_ITS_COMMANDS },
  }),
  signatures: describe({
    schema: SignatureSchema,
    indexed: ['statementId', 'deputyId'],
    restate: ['deputyId', 'versionId'],
    title: (fields, lookup) => `${nameOf(lookup, 'deputies', fields.deputyId)} — ${nameOf(lookup, 'statements', fields.statementId, 'title')}`,
    write: { rule: ownSignature, generic: THROUGH_ITS_COMMANDS },
  }),
  contacts: describe({
    schema: ContactSchema,
    title: (fields) => `${text(fields.date)} ${text(fields.kind)}`,
    write: { rule: anyAuthor, generic: PLAIN },
  }),
  conflicts: describe({
    schema: ConflictSchema,
    indexed: ['recordId'],
    title: (fields) => `${text(fields.collection)}/${text(fields.recordId)}: ${text(fields.field)}`,
    write: { rule: anyAuthor, generic: THROUGH_ITS_COMMANDS },
  }),
} as const;

type Collections = typeof collections;
export type CollectionName = keyof Collections;
export const COLLECTIONS = Object.keys(collections) as CollectionName[];
export const CollectionNameSchema = z.enum(COLLECTIONS as [CollectionName, ...CollectionName[]]);

/** Every collection's schema, by name. */
export const collectionSchemas = Object.fromEntries(COLLECTIONS.map((name) => [name, collections[name].schema])) as {
  [C in CollectionName]: Collections[C]['schema'];
};

/** The fields a caller supplies for a record of collection C (defaults applied). */
export type EntityOf<C extends CollectionName> = z.output<Collections[C]['schema']>;
/** What a caller may pass in (defaults still optional). */
export type EntityInput<C extends CollectionName> = z.input<Collections[C]['schema']>;
/** A stored record: the entity plus the fields the store keeps. */
export type StoredRecord<C extends CollectionName> = EntityOf<C> & z.infer<typeof RecordBaseSchema>;

export function describeCollection(collection: CollectionName): CollectionDescriptor {
  return collections[collection];
}

/** Fields with a secondary index, per collection. */
export function indexedFieldsOf(collection: CollectionName): readonly string[] {
  return describeCollection(collection).indexed ?? [];
}

/**
 * An edit of a record's fields made by the app on someone's behalf (a merge of concurrent texts):
 * with the fields its write rule judges every patch by, and written as the person the rule wants.
 */
export function onBehalfEdit(collection: CollectionName, fields: Fields, data: Fields): { data: Fields; by?: string } {
  const descriptor = describeCollection(collection);
  const restated = Object.fromEntries((descriptor.restate ?? []).filter((field) => fields[field] !== undefined).map((field) => [field, fields[field]]));
  return { data: { ...restated, ...data }, ...(descriptor.mergeAuthor ? { by: descriptor.mergeAuthor(fields) } : {}) };
}

/** A short human title for a record. */
export function recordTitle(collection: CollectionName, fields: Fields, lookup: FieldsLookup): string {
  const title = describeCollection(collection).title;
  return title ? title(fields, lookup) : text(fields.title) || text(fields.name);
}

export function isLongTextField(collection: CollectionName, field: string): boolean {
  return describeCollection(collection).longText?.includes(field) ?? false;
}

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.hasOwn(collectionSchemas, value);
}

/** Parses a complete record's fields (defaults applied) for collection C. */
export function parseEntity<C extends CollectionName>(collection: C, data: unknown) {
  return collectionSchemas[collection].safeParse(data);
}

export type Position = StoredRecord<'positions'>;
export type Deputy = StoredRecord<'deputies'>;
export type District = StoredRecord<'districts'>;
export type Issue = StoredRecord<'issues'>;
export type Principle = StoredRecord<'principles'>;
export type Group = StoredRecord<'groups'>;
export type AllianceLine = StoredRecord<'allianceLines'>;
export type Statement = StoredRecord<'statements'>;
export type StatementVersion = StoredRecord<'statementVersions'>;
export type Signature = StoredRecord<'signatures'>;
export type Contact = StoredRecord<'contacts'>;
export type Conflict = StoredRecord<'conflicts'>;
