import { z } from 'zod';
import {
  AuthorSchema,
  DateSchema,
  IdSchema,
  LanguageSchema,
  NameSchema,
  TextSchema,
  TimestampSchema,
} from './common';

// Domain entities. Each schema describes the fields a caller supplies; the store
// adds id/createdAt/updatedAt (see RecordBaseSchema) and keeps the history in its journal.

export const PrincipleSchema = z.object({
  number: z.number().int().min(1).max(999),
  title: NameSchema,
  summary: TextSchema.default(''),
  text: TextSchema.default(''),
});

export const DistrictKindSchema = z.enum(['municipal_okrug', 'settlement', 'city_okrug', 'other']);
export const DistrictSchema = z.object({
  name: NameSchema,
  nameEn: z.string().max(300).optional(),
  region: NameSchema,
  okrug: z.string().max(20).optional(),
  okrugName: z.string().max(300).optional(),
  kind: DistrictKindSchema,
  oktmo: z.string().regex(/^\d{8,11}$/, { message: 'error.oktmo' }).optional(),
  builtIn: z.boolean().default(false),
});

export const CouncilRoleSchema = z.enum(['head', 'deputy_head', 'member']);
export const DeputyStatusSchema = z.enum(['active', 'former', 'suspended']);
export const DeputySchema = z.object({
  name: NameSchema,
  districtId: IdSchema,
  councilRole: CouncilRoleSchema.default('member'),
  /** Party name; absent for an independent deputy. */
  party: z.string().trim().max(200).optional(),
  email: z.email({ message: 'error.email' }).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,25}$/, { message: 'error.phone' })
    .optional(),
  termStart: DateSchema.optional(),
  termEnd: DateSchema.optional(),
  status: DeputyStatusSchema.default('active'),
  groupIds: z.array(IdSchema).max(200).default([]),
});

export const GroupKindSchema = z.enum(['inter_regional', 'working', 'caucus']);
export const GroupSchema = z.object({
  name: NameSchema,
  kind: GroupKindSchema,
  description: TextSchema.default(''),
});

/** In the order of principle 3 (shared/data/default-principles.ts), "other" last: ISSUE_CATEGORIES_ORDER is this list. */
export const IssueCategorySchema = z.enum([
  'construction',
  'housing',
  'healthcare',
  'education',
  'environment',
  'transport',
  'administration',
  'other',
]);
export const IssueStatusSchema = z.enum(['open', 'hearing', 'decided', 'closed']);
export const SourceSchema = z.object({
  kind: z.enum(['link', 'document']),
  /** A URL for links (http/https only), a document reference otherwise. */
  ref: z.string().trim().min(1).max(2000),
  title: z.string().max(300).default(''),
});
export const IssueSchema = z.object({
  title: NameSchema,
  category: IssueCategorySchema,
  districtIds: z.array(IdSchema).max(200).default([]),
  description: TextSchema.default(''),
  status: IssueStatusSchema.default('open'),
  hearingDate: DateSchema.optional(),
  voteDate: DateSchema.optional(),
  sources: z.array(SourceSchema).max(100).default([]),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  principleIds: z.array(IdSchema).max(50).default([]),
});

export const StanceSchema = z.enum(['support', 'support_amended', 'abstain', 'oppose', 'undecided']);
export const PrincipleVerdictSchema = z.enum(['upholds', 'tension', 'not_relevant']);
export const PrincipleCheckSchema = z.object({
  principleId: IdSchema,
  verdict: PrincipleVerdictSchema,
  note: z.string().max(5000).default(''),
});
export const EntryChannelSchema = z.enum(['self', 'phone', 'meeting', 'message']);
/** Who entered a stance and for whom; a stance given by phone stays unconfirmed until the deputy confirms. */
export const ProvenanceSchema = z.object({
  enteredBy: AuthorSchema,
  channel: EntryChannelSchema,
  givenAt: TimestampSchema.optional(),
  confirmed: z.boolean(),
  confirmedAt: TimestampSchema.optional(),
});
export const PositionSchema = z
  .object({
    issueId: IdSchema,
    deputyId: IdSchema,
    stance: StanceSchema,
    reasons: TextSchema.default(''),
    principleChecks: z.array(PrincipleCheckSchema).max(50).default([]),
    provenance: ProvenanceSchema,
  })
  .superRefine((position, ctx) => {
    position.principleChecks.forEach((check, index) => {
      if (check.verdict === 'tension' && check.note.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['principleChecks', index, 'note'], message: 'error.tensionNote' });
      }
    });
  });

export const DecisionRuleSchema = z.enum(['unanimity', 'consent', 'two_thirds', 'majority']);
export const AllianceLineSchema = z.object({
  issueId: IdSchema,
  stance: StanceSchema,
  text: TextSchema.default(''),
  rule: DecisionRuleSchema,
  adoptedOn: DateSchema,
  adoptedBy: AuthorSchema,
});

export const StatementStatusSchema = z.enum(['draft', 'review', 'open', 'published', 'withdrawn']);
export const StatementSchema = z.object({
  title: NameSchema,
  issueIds: z.array(IdSchema).max(100).default([]),
  language: LanguageSchema,
  status: StatementStatusSchema.default('draft'),
  /** The current body as editor JSON or HTML; each saved version is a StatementVersion record. */
  body: TextSchema.default(''),
  currentVersionId: IdSchema.optional(),
  review: z.array(PrincipleCheckSchema).max(50).default([]),
  dissentAnnex: TextSchema.default(''),
  statusHistory: z
    .array(z.object({ status: StatementStatusSchema, by: AuthorSchema, at: TimestampSchema }))
    .max(500)
    .default([]),
});

export const StatementVersionSchema = z.object({
  statementId: IdSchema,
  number: z.number().int().min(1),
  title: NameSchema,
  body: TextSchema,
  /** SHA-256 of the normalized content, hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  author: AuthorSchema,
  savedAt: TimestampSchema,
});

export const SignatureSchema = z.object({
  statementId: IdSchema,
  versionId: IdSchema,
  deputyId: IdSchema,
  /** The content hash of the version signed, so a later edit shows this signature as stale. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: TimestampSchema,
  provenance: ProvenanceSchema,
});

export const ContactKindSchema = z.enum(['reception', 'meeting', 'appeal', 'event']);
export const ContactSchema = z.object({
  date: DateSchema,
  kind: ContactKindSchema,
  deputyIds: z.array(IdSchema).max(100).default([]),
  districtId: IdSchema.optional(),
  residents: z.number().int().min(0).max(1_000_000).default(0),
  summary: TextSchema.default(''),
  issueIds: z.array(IdSchema).max(100).default([]),
});

/**
 * Two or more versions of a long text (a statement body, a position's reasons, …) edited on
 * different devices at the same time that could not be merged cleanly. The record keeps every
 * version visibly until someone resolves it, so nothing is silently dropped; the field itself
 * shows the newest version meanwhile. One record per field: its id derives from the field.
 */
export const ConflictVersionSchema = z.object({
  clock: z.string().max(100),
  device: IdSchema,
  author: AuthorSchema,
  text: TextSchema,
});
export const ConflictSchema = z.object({
  collection: z.string().min(1).max(40),
  recordId: IdSchema,
  field: z.string().min(1).max(60),
  status: z.enum(['open', 'resolved']),
  /** The common version both sides started from ('' when none is known). */
  base: TextSchema.default(''),
  versions: z.array(ConflictVersionSchema).max(16).default([]),
});
