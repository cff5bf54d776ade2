import type { TFunction } from 'i18next';
import type { Provenance } from './stances';

/** A date the short way the language writes it: 20.11.2025, 11/20/2025. */
export function shortDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/**
 * Who entered a stance and how, in plain words: "записано секретарём по телефону 20.11.2025, не
 * подтверждено", or "записано самим депутатом".
 */
export function provenanceText(t: TFunction, provenance: Provenance, language: string): string {
  if (provenance.channel === 'self') return t('positions.provenance.self');
  const given = provenance.givenAt ? shortDate(provenance.givenAt, language) : undefined;
  const how = t(`positions.channelsHow.${provenance.channel}`);
  const recorded = given ? t('positions.provenance.onBehalfOn', { how, date: given }) : t('positions.provenance.onBehalf', { how });
  const state = provenance.confirmed
    ? provenance.confirmedAt
      ? t('positions.provenance.confirmedOn', { date: shortDate(provenance.confirmedAt, language) })
      : t('positions.provenance.confirmed')
    : t('positions.provenance.unconfirmed');
  return `${recorded}, ${state}`;
}
