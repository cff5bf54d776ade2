import type { TFunction } from 'i18next';
import { isTranslationKey } from '../../i18n/keys';

/** Who made an edit, for people: the deputy's name, the secretary, or the raw id as a last resort. */
export function authorText(t: TFunction, author: string, authorName: string | null): string {
  if (authorName) return authorName;
  return author === 'secretary' ? t('exchange.secretary') : t('exchange.unknownAuthor', { id: author });
}

/** A list of names in the UI language ("Анна, Пётр и Вера"). */
export function joinNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** A record field's name for people; an unknown one (a field name is a plain string over IPC) stays as it is. */
export function fieldText(t: TFunction, field: string): string {
  const key = `exchange.fields.${field}`;
  return isTranslationKey(key) ? t(key) : field;
}

/** A long text's field in a conflict heading ("текст заявления"); an unknown one stays as it is. */
export function conflictFieldText(t: TFunction, field: string): string {
  const key = `exchange.conflicts.field.${field}`;
  return isTranslationKey(key) ? t(key) : field;
}

/** The people behind one device's arrivals (the engine repeats an id as the name when it knows none). */
export function arrivalAuthors(t: TFunction, arrival: { authors: readonly string[]; authorNames: readonly string[] }): string[] {
  return arrival.authors.map((author, index) => {
    const name = arrival.authorNames[index];
    return authorText(t, author, name && name !== author ? name : null);
  });
}
