import type { AgreementBand } from '../../agreement/deputy-agreement';
import type { Side } from '../../agreement/stances';
import type { EntityOf } from '../../schema/collections';

type Enum<C extends keyof EntityShapes, F extends keyof EntityShapes[C]> = Record<Extract<EntityShapes[C][F], string>, string>;
interface EntityShapes {
  positions: EntityOf<'positions'>;
  checks: EntityOf<'positions'>['principleChecks'][number];
  provenance: EntityOf<'positions'>['provenance'];
  issues: EntityOf<'issues'>;
  lines: EntityOf<'allianceLines'>;
  statements: EntityOf<'statements'>;
  deputies: EntityOf<'deputies'>;
  groups: EntityOf<'groups'>;
  districts: EntityOf<'districts'>;
}

/** Word forms by plural category (Intl.PluralRules); Russian uses one/few/many, English one/other. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** Each language's own forms, so ru.ts cannot leave one out and en.ts cannot carry a Russian one. */
export type RussianForms = Required<PluralForms>;
export type EnglishForms = Omit<PluralForms, 'few' | 'many'>;

export type Noun = 'deputy' | 'stance' | 'issue' | 'district' | 'signature' | 'member' | 'version';

/**
 * The export's own words, kept apart from the UI's dictionaries because the export language is
 * chosen independently of the UI language. Templates use {name} placeholders.
 */
export interface ExportLabels<Forms extends PluralForms = PluralForms> {
  locale: string;
  nouns: Record<Noun, Forms>;
  stance: Enum<'positions', 'stance'>;
  side: Record<Side, string>;
  verdict: Enum<'checks', 'verdict'>;
  channel: Enum<'provenance', 'channel'>;
  category: Enum<'issues', 'category'>;
  issueStatus: Enum<'issues', 'status'>;
  rule: Enum<'lines', 'rule'>;
  statementStatus: Enum<'statements', 'status'>;
  councilRole: Enum<'deputies', 'councilRole'>;
  deputyStatus: Enum<'deputies', 'status'>;
  groupKind: Enum<'groups', 'kind'>;
  districtKind: Enum<'districts', 'kind'>;
  band: Record<AgreementBand, string>;
  title: { issue: string; deputy: string; district: string; group: string; alliance: string; statement: string };
  heading: Record<
    | 'facts'
    | 'line'
    | 'agreement'
    | 'stances'
    | 'principles'
    | 'tensions'
    | 'deputies'
    | 'issues'
    | 'members'
    | 'common'
    | 'divergent'
    | 'text'
    | 'signatories'
    | 'versions'
    | 'review'
    | 'dissent'
    | 'filters'
    | 'lineAgreement'
    | 'ownStances',
    string
  >;
  field: Record<
    | 'category'
    | 'status'
    | 'districts'
    | 'hearing'
    | 'vote'
    | 'tags'
    | 'sources'
    | 'principles'
    | 'description'
    | 'stance'
    | 'text'
    | 'rule'
    | 'adopted'
    | 'ruleCheck'
    | 'noStance'
    | 'agreementIndex'
    | 'majority'
    | 'districtConsensus'
    | 'groupConsensus'
    | 'district'
    | 'okrug'
    | 'region'
    | 'kind'
    | 'role'
    | 'party'
    | 'term'
    | 'groups'
    | 'deputies'
    | 'issues'
    | 'positions'
    | 'lines'
    | 'language'
    | 'version'
    | 'signatures'
    | 'issuesCount'
    | 'categoryFilter'
    | 'statusFilter'
    | 'okrugFilter'
    | 'districtFilter'
    | 'issueList'
    | 'notRecorded',
    string
  >;
  column: Record<
    | 'deputy'
    | 'district'
    | 'okrug'
    | 'stance'
    | 'reasons'
    | 'provenance'
    | 'issue'
    | 'category'
    | 'status'
    | 'line'
    | 'agreement'
    | 'for'
    | 'against'
    | 'abstain'
    | 'none'
    | 'index'
    | 'consensus'
    | 'ruleMet'
    | 'principle'
    | 'upholds'
    | 'tension'
    | 'notRelevant'
    | 'note'
    | 'share'
    | 'band'
    | 'issuesCount'
    | 'role'
    | 'party'
    | 'number'
    | 'version'
    | 'signedAt'
    | 'signedVersion'
    | 'savedAt'
    | 'author'
    | 'hash'
    | 'verdict'
    | 'signaturesCount',
    string
  >;
  text: Record<
    | 'generated'
    | 'none'
    | 'yes'
    | 'no'
    | 'independent'
    | 'secretary'
    | 'noLine'
    | 'noStances'
    | 'noPositions'
    | 'noIssues'
    | 'noSignatures'
    | 'noDissent'
    | 'indexValue'
    | 'consensusValue'
    | 'ruleMet'
    | 'ruleNotMet'
    | 'ruleConsent'
    | 'noMajority'
    | 'lineAgreementValue'
    | 'tooFew'
    | 'unconfirmed'
    | 'confirmed'
    | 'signatureCurrent'
    | 'signatureStale'
    | 'staleNote'
    | 'staleOld'
    | 'shownOf'
    | 'versionNumber'
    | 'same'
    | 'partly'
    | 'differs'
    | 'reviewMissing'
    | 'dissentIntro'
    | 'dissentItem'
    | 'allIssues'
    | 'membersOnly'
    | 'issueFiguresNote'
    | 'allianceFiguresNote'
    | 'commonNote'
    | 'divergentNote'
    | 'principlesNote'
    | 'statementKind'
    | 'page',
    string
  >;
}
