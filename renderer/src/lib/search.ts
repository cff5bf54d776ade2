/**
 * Text for matching: lower case, ё read as е (Russian writers use them interchangeably, so
 * "Савеловский" must find "Савёловский"), hyphens and dashes as spaces, runs of spaces collapsed.
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in one of the texts. */
export function matchesQuery(query: string, ...texts: (string | undefined)[]): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

const collators = new Map<string, Intl.Collator>();

/** A locale-aware comparison for sorting names (А before Б, numbers in natural order). */
export function compareText(a: string, b: string, locale = 'ru'): number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return collator.compare(a, b);
}

/** A react-aria collection filter (ComboBox defaultFilter): "савеловский" finds "Савёловский". */
export function searchFilter(textValue: string, inputValue: string): boolean {
  return normalizeForSearch(textValue).includes(normalizeForSearch(inputValue));
}
