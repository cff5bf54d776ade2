import type { Language } from '../../schema/common';
import { en } from './en';
import type { ExportLabels, Noun } from './labels';
import { ru } from './ru';

const DICTIONARIES: Record<Language, ExportLabels> = { ru, en };

/** Replaces {name} placeholders; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Number, date and plural formatting for one export language, built once per export because
 * Intl objects are costly to create and a large export formats thousands of cells.
 */
export class ExportFormatter {
  readonly labels: ExportLabels;
  private readonly plurals: Intl.PluralRules;
  private readonly integer: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly shortDate: Intl.DateTimeFormat;
  private readonly calendarDate: Intl.DateTimeFormat;
  private readonly longDate: Intl.DateTimeFormat;

  constructor(
    readonly lang: Language,
    timeZone?: string,
  ) {
    this.labels = DICTIONARIES[lang];
    const locale = this.labels.locale;
    this.plurals = new Intl.PluralRules(locale);
    this.integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const numeric: Intl.DateTimeFormatOptions =
      lang === 'ru' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
    this.shortDate = new Intl.DateTimeFormat(locale, { ...numeric, ...(timeZone ? { timeZone } : {}) });
    this.calendarDate = new Intl.DateTimeFormat(locale, { ...numeric, timeZone: 'UTC' });
    this.longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
  }

  /** "1 депутат", "3 депутата", "5 депутатов"; "1 deputy", "2 deputies". */
  count(n: number, noun: Noun): string {
    const forms = this.labels.nouns[noun];
    const category = this.plurals.select(n) as keyof typeof forms;
    return `${this.int(n)}\u00a0${forms[category] ?? forms.other}`;
  }

  int(n: number): string {
    return this.integer.format(n);
  }

  dec(n: number): string {
    return this.decimal.format(n);
  }

  pct(share: number): string {
    return this.percent.format(share);
  }

  /** A calendar date (YYYY-MM-DD) or a timestamp, as a short date; dates are read as UTC so they never shift. */
  date(value: string): string {
    const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(parsed.getTime())) return value;
    return value.length === 10 ? this.calendarDate.format(parsed) : this.shortDate.format(parsed);
  }

  /** "12 марта 2025 г." — for the header of the document. */
  longDateOf(timestamp: string): string {
    return this.longDate.format(new Date(timestamp));
  }

  fill(template: string, values: Record<string, string | number>): string {
    return fill(template, values);
  }
}
