import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';

/** The deputies elected in one district, as links to their records. */
export function DistrictDeputies({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const { items } = useCollection('deputies', { where: { districtId }, orderBy: 'name' });
  return (
    <section className="card" aria-labelledby="district-deputies">
      <h2 id="district-deputies">
        {t('districts.deputiesHere')}
        {items && items.length > 0 ? <span className="count-badge">{t('deputies.count', { count: items.length })}</span> : null}
      </h2>
      {items && items.length === 0 ? <p className="muted">{t('districts.noDeputiesHere')}</p> : null}
      <ul className="plain-list">
        {(items ?? []).map((deputy) => (
          <li key={deputy.id}>
            <Link to={`/deputies/${deputy.id}`}>{deputy.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
