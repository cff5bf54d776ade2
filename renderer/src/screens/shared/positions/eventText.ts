import type { TFunction } from 'i18next';
import type { PositionEvent } from './positionEvents';
import { provenanceText } from './provenance';
import type { Stance } from './stances';

export interface EventContext {
  language: string;
  principleTitle: (id: string) => string;
}

/** Quotes at most this much of a long text (reasons, notes) in a history line. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One position event in words, e.g. «Позиция изменена: «За» → «Против».» */
export function positionEventText(t: TFunction, event: PositionEvent, context: EventContext): string {
  const stance = (value: Stance | undefined) => (value ? t(`positions.stances.${value}`) : '');
  switch (event.type) {
    case 'recorded':
      return t('positions.events.recorded', {
        stance: stance(event.stance),
        provenance: event.provenance ? provenanceText(t, event.provenance, context.language) : '',
      });
    case 'rerecorded':
      return t('positions.events.rerecorded', { provenance: provenanceText(t, event.provenance, context.language) });
    case 'stance':
      return event.from ? t('positions.events.stanceChange', { from: stance(event.from), to: stance(event.to) }) : t('positions.events.stanceSet', { to: stance(event.to) });
    case 'reasons':
      return event.to.trim() ? t('positions.events.reasons', { text: excerpt(event.to) }) : t('positions.events.reasonsCleared');
    case 'check': {
      const principle = context.principleTitle(event.principleId);
      if (!event.verdict) return t('positions.events.checkRemoved', { principle });
      const verdict = t(`positions.verdicts.${event.verdict}`).toLocaleLowerCase(context.language);
      return event.note.trim()
        ? t('positions.events.checkNote', { principle, verdict, note: excerpt(event.note) })
        : t('positions.events.check', { principle, verdict });
    }
    case 'confirmed':
      return t('positions.events.confirmed');
    case 'deleted':
      return t('positions.events.deleted');
  }
}
