import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Contact, EntityOf } from '../../../../shared/schema/collections';
import { ContactSchema } from '../../../../shared/schema/entities';
import { schemaResolver } from '../../forms/schemaResolver';
import { todayIso } from '../../lib/dates';

export type ContactData = EntityOf<'contacts'>;
export type ContactKind = ContactData['kind'];
export const CONTACT_KINDS: readonly ContactKind[] = ['reception', 'meeting', 'appeal', 'event'];

export interface ContactValues {
  date: string;
  kind: ContactKind | null;
  deputyIds: string[];
  districtId: string | null;
  /** As typed; a whole number. */
  residents: string;
  summary: string;
  issueIds: string[];
}

export function contactDefaults(contact: Contact | undefined, preset: Partial<ContactValues> = {}): ContactValues {
  return {
    date: contact?.date ?? todayIso(),
    kind: contact?.kind ?? null,
    deputyIds: contact?.deputyIds ?? [],
    districtId: contact?.districtId ?? null,
    residents: contact ? String(contact.residents) : '',
    summary: contact?.summary ?? '',
    issueIds: contact?.issueIds ?? [],
    ...preset,
  };
}

function toInput(values: ContactValues) {
  const residents = values.residents.trim();
  return {
    ...values,
    kind: values.kind ?? undefined,
    districtId: values.districtId ?? undefined,
    // Empty means nobody counted: 0. Anything else must be a whole number ("12 человек" is refused).
    residents: residents === '' ? 0 : /^\d+$/.test(residents) ? Number(residents) : Number.NaN,
  };
}

/** The shared ContactSchema; any problem with the number of residents is said in one plain sentence. */
export const contactResolver: Resolver<ContactValues, unknown, ContactData> = async (values, context, options) => {
  const result = await schemaResolver(ContactSchema, toInput)(values, context, options);
  const errors = result.errors as FieldErrors<ContactValues>;
  if (errors.residents) return { values: {}, errors: { ...errors, residents: { type: 'custom', message: 'contacts.errors.residents' } } };
  return result;
};

/** Fields a contact may lack; emptying one clears it on save. */
export const OPTIONAL_CONTACT_FIELDS = ['districtId'] as const;
