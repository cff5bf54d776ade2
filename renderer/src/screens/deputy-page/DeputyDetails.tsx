import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Deputy, District, Group } from '../../../../shared/schema/collections';
import type { Language } from '../../../../shared/schema/common';
import { formatNumericDate } from '../../lib/dates';
import { districtName, okrugLabel } from '../../lib/districts';

interface Props {
  deputy: Deputy;
  districts: ReadonlyMap<string, District>;
  groups: readonly Group[];
  language: Language;
}

/** Who the deputy is: district and okrug, council role, party, status, term, contacts, groups. */
export function DeputyDetails({ deputy, districts, groups, language }: Props) {
  const { t } = useTranslation();
  const district = districts.get(deputy.districtId);
  const own = groups.filter((group) => deputy.groupIds.includes(group.id));
  const notGiven = t('deputyPage.notGiven');
  const date = (value: string | undefined) => (value ? formatNumericDate(value, language) : '…');
  return (
    <section className="card deputy-details" aria-labelledby="deputy-about-title">
      <h2 id="deputy-about-title">{t('deputyPage.about')}</h2>
      <dl className="details">
        <dt>{t('deputyPage.district')}</dt>
        <dd>{district ? <Link to={`/districts/${district.id}`}>{districtName(district, language)}</Link> : deputy.districtId}</dd>
        <dt>{t('deputyPage.okrug')}</dt>
        <dd>{district ? (district.builtIn && district.okrug ? okrugLabel(district.okrug, language) : district.region) : notGiven}</dd>
        <dt>{t('deputyPage.councilRole')}</dt>
        <dd>{t(`deputies.roles.${deputy.councilRole}`)}</dd>
        <dt>{t('deputyPage.party')}</dt>
        <dd>{deputy.party ?? t('deputies.independent')}</dd>
        <dt>{t('deputyPage.status')}</dt>
        <dd>{t(`deputies.statuses.${deputy.status}`)}</dd>
        <dt>{t('deputyPage.term')}</dt>
        <dd>{deputy.termStart || deputy.termEnd ? t('deputyPage.termRange', { from: date(deputy.termStart), to: date(deputy.termEnd) }) : notGiven}</dd>
        <dt>{t('deputyPage.email')}</dt>
        <dd>{deputy.email ?? notGiven}</dd>
        <dt>{t('deputyPage.phone')}</dt>
        <dd>{deputy.phone ?? notGiven}</dd>
        <dt>{t('deputyPage.groups')}</dt>
        <dd>
          {own.length === 0
            ? t('deputyPage.noGroups')
            : own.map((group, index) => (
                <span key={group.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={`/groups/${group.id}`}>{group.name}</Link>
                </span>
              ))}
        </dd>
      </dl>
    </section>
  );
}
