import type { CollectionName } from '../../shared/schema/collections';

type Fields = Record<string, unknown>;
/** Looks up another record's fields (for titles made of names, like a position's deputy and issue). */
export type FieldsLookup = (collection: CollectionName, id: unknown) => Fields | undefined;

/** A short human title for a record in an import preview. */
export function recordTitle(collection: CollectionName, fields: Fields, lookup: FieldsLookup): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const nameOf = (target: CollectionName, id: unknown, field = 'name') => text(lookup(target, id)?.[field]) || String(id ?? '');
  switch (collection) {
    case 'principles':
      return `${String(fields.number ?? '')}. ${text(fields.title)}`;
    case 'positions':
      return `${nameOf('deputies', fields.deputyId)} — ${nameOf('issues', fields.issueId, 'title')}`;
    case 'allianceLines':
      return nameOf('issues', fields.issueId, 'title');
    case 'statementVersions':
      return `${text(fields.title)} (${String(fields.number ?? '')})`;
    case 'signatures':
      return `${nameOf('deputies', fields.deputyId)} — ${nameOf('statements', fields.statementId, 'title')}`;
    case 'contacts':
      return `${text(fields.date)} ${text(fields.kind)}`;
    case 'conflicts':
      return `${text(fields.collection)}/${text(fields.recordId)}: ${text(fields.field)}`;
    default:
      return text(fields.title) || text(fields.name);
  }
}
