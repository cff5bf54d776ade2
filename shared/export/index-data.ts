import type { AllianceLine, Deputy, Position, Signature, StatementVersion } from '../schema/collections';
import type { Language } from '../schema/common';
import type { ExportData } from './input';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(item);
  }
  return groups;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** Look-ups over ExportData, each built on first use so a small summary pays only for what it reads. */
export class ExportIndex {
  readonly deputies;
  readonly districts;
  readonly groups;
  readonly issues;
  readonly principles;
  private positionsByIssueMap: Map<string, Position[]> | undefined;
  private positionsByDeputyMap: Map<string, Position[]> | undefined;
  private linesMap: Map<string, AllianceLine> | undefined;

  constructor(
    readonly data: ExportData,
    private readonly lang: Language,
  ) {
    this.deputies = byId(data.deputies);
    this.districts = byId(data.districts);
    this.groups = byId(data.groups);
    this.issues = byId(data.issues);
    this.principles = [...data.principles].sort((a, b) => a.number - b.number);
  }

  positionsOfIssue(issueId: string): Position[] {
    this.positionsByIssueMap ??= groupBy(this.data.positions, (position) => position.issueId);
    return this.positionsByIssueMap.get(issueId) ?? [];
  }

  positionsOfDeputy(deputyId: string): Position[] {
    this.positionsByDeputyMap ??= groupBy(this.data.positions, (position) => position.deputyId);
    return this.positionsByDeputyMap.get(deputyId) ?? [];
  }

  /** The adopted line of an issue; if several records exist, the most recently adopted one. */
  lineOf(issueId: string): AllianceLine | undefined {
    if (!this.linesMap) {
      this.linesMap = new Map();
      for (const line of this.data.allianceLines) {
        const known = this.linesMap.get(line.issueId);
        if (!known || `${line.adoptedOn}${line.updatedAt}` > `${known.adoptedOn}${known.updatedAt}`) this.linesMap.set(line.issueId, line);
      }
    }
    return this.linesMap.get(issueId);
  }

  versionsOf(statementId: string): StatementVersion[] {
    return this.data.statementVersions.filter((version) => version.statementId === statementId).sort((a, b) => a.number - b.number);
  }

  signaturesOf(statementId: string): Signature[] {
    return this.data.signatures.filter((signature) => signature.statementId === statementId);
  }

  districtName(id: string | undefined): string {
    const district = id === undefined ? undefined : this.districts.get(id);
    if (!district) return id ?? '';
    return this.lang === 'en' && district.nameEn ? district.nameEn : district.name;
  }

  deputyName(id: string): string {
    return this.deputies.get(id)?.name ?? id;
  }

  /** Deputies sorted by name in the export language's collation. */
  sortDeputies(deputies: Iterable<Deputy>): Deputy[] {
    const collator = new Intl.Collator(this.lang);
    return [...deputies].sort((a, b) => collator.compare(a.name, b.name));
  }

  principleTitle(id: string): string {
    const principle = this.principles.find((p) => p.id === id);
    return principle ? `${principle.number}. ${principle.title}` : id;
  }
}
