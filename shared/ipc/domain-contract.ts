import { z } from 'zod';
import { RecordStanceSchema } from '../domain/position-input';
import { IdSchema, LanguageSchema, TimestampSchema } from '../schema/common';
import { AllianceLineSchema, PrincipleCheckSchema, StanceSchema, StatementStatusSchema } from '../schema/entities';
import { recordOutputSchema } from './record-output';

// Channels of the domain screens (issues 4–6): stances with provenance, the alliance line,
// agreement figures, joint statements. Errors with code 'invalid' carry an i18n key as message
// where the rule is the domain's (e.g. 'statement.review_incomplete').

const SideSchema = z.enum(['for', 'against', 'abstain']);
const CountsSchema = z.object({
  support: z.number(),
  support_amended: z.number(),
  abstain: z.number(),
  oppose: z.number(),
  undecided: z.number(),
});
const GroupConsensusSchema = z
  .object({
    score: z.number(),
    groups: z.number(),
    perGroup: z.array(z.object({ group: z.string(), stances: z.number(), onSide: z.number(), share: z.number() })),
  })
  .nullable();
const AgreementCore = {
  counts: CountsSchema,
  withStance: z.number(),
  withoutStance: z.number(),
  agreementIndex: z.number().nullable(),
  majoritySide: SideSchema.nullable(),
};
const IssueFiguresSchema = z.object({
  issueId: z.string(),
  /** The issue's title and category, so a list of figures needs no second call for them. */
  title: z.string(),
  category: z.string(),
  ...AgreementCore,
  districtConsensus: GroupConsensusSchema,
});

export const ScopeSchema = z.object({
  category: z.string().max(40).optional(),
  districtId: IdSchema.optional(),
  okrug: z.string().max(20).optional(),
  groupId: IdSchema.optional(),
});

/**
 * The alliance line as the secretary adopts it (the form uses this schema too). An "undecided"
 * line would stand for no side, so it cannot be adopted.
 */
export const AdoptLineSchema = AllianceLineSchema.pick({ issueId: true, text: true, rule: true, adoptedOn: true }).extend({
  stance: StanceSchema.exclude(['undecided']),
});

const BandSchema = z.enum(['almost_always_agrees', 'generally_agrees', 'mixed', 'generally_differs', 'almost_always_differs', 'too_few']);
const OnBehalfSchema = z.object({ channel: z.enum(['phone', 'meeting', 'message']), givenAt: TimestampSchema });

export const domainContract = {
  'positions:record': { input: RecordStanceSchema, output: recordOutputSchema('positions') },
  'positions:confirm': { input: z.object({ id: IdSchema }), output: recordOutputSchema('positions') },
  'lines:adopt': { input: AdoptLineSchema, output: recordOutputSchema('allianceLines') },
  'agreement:issue': {
    input: z.object({ issueId: IdSchema }),
    output: z.object({
      issueId: z.string(),
      ...AgreementCore,
      side: SideSchema.nullable(),
      districtConsensus: GroupConsensusSchema,
      groupConsensus: GroupConsensusSchema,
      line: recordOutputSchema('allianceLines').nullable(),
      rules: z.array(
        z.object({
          rule: z.enum(['unanimity', 'consent', 'two_thirds', 'majority']),
          side: SideSchema,
          met: z.boolean(),
          onSide: z.number(),
          needed: z.number(),
          objections: z.number(),
        }),
      ),
    }),
  },
  'agreement:overview': {
    input: z.object({ scope: ScopeSchema.default({}), limit: z.number().int().min(1).max(2_000).default(200) }),
    output: z.object({
      deputies: z.number(),
      issues: z.number(),
      common: z.array(IssueFiguresSchema),
      divergent: z.array(IssueFiguresSchema),
      commonTotal: z.number(),
      divergentTotal: z.number(),
    }),
  },
  'agreement:deputies': {
    input: z.object({ scope: ScopeSchema.default({}) }),
    output: z.array(
      z.object({
        deputyId: z.string(),
        share: z.number().nullable(),
        issues: z.number(),
        agreed: z.number(),
        partly: z.number(),
        differed: z.number(),
        band: BandSchema,
      }),
    ),
  },
  'agreement:blocs': {
    input: z.object({ scope: ScopeSchema.default({}), threshold: z.number().min(0.5).max(1).default(0.75), minCommonIssues: z.number().int().min(1).max(100).default(3) }),
    /** cohesion: mean agreement over `pairs` pairs of members (those sharing enough issues), resting on `pairIssues` common issues in all. */
    output: z.array(z.object({ deputyIds: z.array(z.string()), cohesion: z.number(), pairs: z.number(), pairIssues: z.number() })),
  },
  'agreement:pairs': {
    input: z.object({ deputyId: IdSchema, scope: ScopeSchema.default({}) }),
    output: z.array(z.object({ deputyId: z.string(), share: z.number().nullable(), issues: z.number() })),
  },
  'agreement:matrix': {
    input: z.object({ scope: ScopeSchema.default({}), issueOffset: z.number().int().min(0).default(0), issueLimit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({
      deputyIds: z.array(z.string()),
      /** Names and titles beside the ids, so the screen needs no list of all 10,000 issues. */
      deputyNames: z.array(z.string()),
      issueIds: z.array(z.string()),
      issueTitles: z.array(z.string()),
      issueTotal: z.number(),
      /** Row-major deputies × issues; one letter per cell: s(upport) a(mendments) b(abstain) o(ppose) u(ndecided) .(none). */
      cells: z.string(),
    }),
  },
  'agreement:principles': {
    input: z.void(),
    output: z.object({
      positionsChecked: z.number(),
      principles: z.array(
        z.object({
          principleId: z.string(),
          total: z.object({ upholds: z.number(), tension: z.number(), not_relevant: z.number() }),
          byCategory: z.record(z.string(), z.object({ upholds: z.number(), tension: z.number(), not_relevant: z.number() })),
        }),
      ),
    }),
  },
  'statements:create': {
    input: z.object({ language: LanguageSchema, issueIds: z.array(IdSchema).max(100), template: z.enum(['issue_statement', 'council_appeal', 'open_letter']) }),
    output: recordOutputSchema('statements'),
  },
  'statements:saveVersion': {
    input: z.object({ statementId: IdSchema, title: z.string().trim().min(1).max(300), body: z.string().max(100_000) }),
    output: recordOutputSchema('statementVersions'),
  },
  'statements:restoreVersion': { input: z.object({ versionId: IdSchema }), output: recordOutputSchema('statementVersions') },
  'statements:setReview': { input: z.object({ statementId: IdSchema, review: z.array(PrincipleCheckSchema).max(50) }), output: recordOutputSchema('statements') },
  'statements:move': { input: z.object({ statementId: IdSchema, to: StatementStatusSchema }), output: recordOutputSchema('statements') },
  'statements:sign': {
    /** versionId: the version the signer was shown; refused ('statement.version_changed') if it is no longer current. */
    input: z.object({ statementId: IdSchema, deputyId: IdSchema, onBehalf: OnBehalfSchema.optional(), versionId: IdSchema.optional() }),
    output: recordOutputSchema('signatures'),
  },
  'statements:confirmSignature': { input: z.object({ signatureId: IdSchema }), output: recordOutputSchema('signatures') },
  'statements:signatures': {
    input: z.object({ statementId: IdSchema }),
    output: z.array(z.object({ signature: recordOutputSchema('signatures'), state: z.enum(['current', 'stale']), confirmed: z.boolean() })),
  },
  /** Every statement for the lists, without its body: current version number and signature states. */
  'statements:list': {
    input: z.void(),
    output: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: StatementStatusSchema,
        language: LanguageSchema,
        issueIds: z.array(z.string()),
        updatedAt: z.string(),
        versionNumber: z.number().nullable(),
        counts: z.object({ current: z.number(), stale: z.number(), unconfirmed: z.number() }),
        signers: z.array(z.object({ deputyId: z.string(), state: z.enum(['current', 'stale']), confirmed: z.boolean() })),
      }),
    ),
  },
  'statements:diff': {
    input: z.object({ fromVersionId: IdSchema, toVersionId: IdSchema }),
    output: z.array(z.object({ kind: z.enum(['same', 'inserted', 'deleted']), text: z.string() })),
  },
} as const;
