import { z } from 'zod';
import { RecordBaseSchema } from './common';
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

/** Every collection of a workspace and the schema of the fields its records carry. */
export const collectionSchemas = {
  principles: PrincipleSchema,
  districts: DistrictSchema,
  deputies: DeputySchema,
  groups: GroupSchema,
  issues: IssueSchema,
  positions: PositionSchema,
  allianceLines: AllianceLineSchema,
  statements: StatementSchema,
  statementVersions: StatementVersionSchema,
  signatures: SignatureSchema,
  contacts: ContactSchema,
  conflicts: ConflictSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];
export const CollectionNameSchema = z.enum(COLLECTIONS as [CollectionName, ...CollectionName[]]);

/** The fields a caller supplies for a record of collection C (defaults applied). */
export type EntityOf<C extends CollectionName> = z.output<(typeof collectionSchemas)[C]>;
/** What a caller may pass in (defaults still optional). */
export type EntityInput<C extends CollectionName> = z.input<(typeof collectionSchemas)[C]>;
/** A stored record: the entity plus the fields the store keeps. */
export type StoredRecord<C extends CollectionName> = EntityOf<C> & z.infer<typeof RecordBaseSchema>;

/** Fields that get a secondary index, for fast look-ups such as positions by issue. */
export const indexedFields: Partial<Record<CollectionName, readonly string[]>> = {
  deputies: ['districtId'],
  positions: ['issueId', 'deputyId'],
  allianceLines: ['issueId'],
  statementVersions: ['statementId'],
  signatures: ['statementId', 'deputyId'],
  conflicts: ['recordId'],
};

/**
 * Long texts that two people may well edit at the same time on different laptops: a concurrent
 * edit of one of these is merged three-way, or kept as a conflict record, instead of the later
 * clock silently winning (DESIGN.md §6).
 */
export const longTextFields: Partial<Record<CollectionName, readonly string[]>> = {
  statements: ['body', 'dissentAnnex'],
  positions: ['reasons'],
  issues: ['description'],
};

export function isLongTextField(collection: CollectionName, field: string): boolean {
  return longTextFields[collection]?.includes(field) ?? false;
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
