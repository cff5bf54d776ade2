import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact, Deputy, District } from '../../../../../shared/schema/collections';
import type { Language } from '../../../../../shared/schema/common';
import { formatNumericDate } from '../../../lib/dates';
import { districtName } from '../../../lib/districts';
import { useIssueTitles } from './useIssueTitles';

interface Props {
  contacts: readonly Contact[];
  deputies: ReadonlyMap<string, Deputy>;
  districts: ReadonlyMap<string, District>;
  /** The level of each entry's heading under the section that holds the list. */
  headingLevel?: 2 | 3;
  /** Not linked again from the page that is about it (the issue on its own page). */
  hideIssueId?: string;
}

/** Contacts with residents, newest first as given: when, what kind, how many residents, who, about what. */
export function ContactList({ contacts, deputies, districts, headingLevel = 3, hideIssueId }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const titles = useIssueTitles(contacts.flatMap((c) => c.issueIds));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-list contact-list">
      {contacts.map((contact) => {
        const district = contact.districtId ? districts.get(contact.districtId) : undefined;
        const issues = contact.issueIds.filter((id) => id !== hideIssueId);
        return (
          <li key={contact.id} className="card contact-card">
            <Heading className="contact-title">
              <Link to={`/contacts/${contact.id}`}>
                {t('contacts.editTitle', { kind: t(`contacts.kinds.${contact.kind}`), date: formatNumericDate(contact.date, language) })}
              </Link>
            </Heading>
            <p className="contact-meta">
              {t('contacts.residents', { count: contact.residents })}
              {district ? ` · ${districtName(district, language)}` : null}
            </p>
            {contact.summary.trim() ? <p className="contact-summary">{contact.summary}</p> : null}
            {contact.deputyIds.length > 0 ? (
              <p className="contact-line">
                {t('contacts.fields.deputies')}:{' '}
                {contact.deputyIds.map((id, index) => (
                  <span key={id}>
                    {index > 0 ? ', ' : null}
                    <Link to={`/deputies/${id}/view`}>{deputies.get(id)?.name ?? id}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            {issues.length > 0 ? (
              <p className="contact-line">
                {t('contacts.issues')}
                {issues.map((id, index) => (
                  <span key={id}>
                    {index > 0 ? ', ' : null}
                    {titles.get(id) === null ? t('positions.page.issueGone') : <Link to={`/issues/${id}`}>{titles.get(id) ?? '…'}</Link>}
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
