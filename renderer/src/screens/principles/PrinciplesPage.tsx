import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';

export function PrinciplesPage() {
  const { t } = useTranslation();
  const { items, error } = useCollection('principles', { orderBy: 'number' });
  return (
    <Page
      title={t('principles.title')}
      intro={t('principles.intro')}
      actions={
        <Link className="button button-primary" to="/principles/new">
          {t('principles.add')}
        </Link>
      }
    >
      <ErrorNotice error={error} />
      {items === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {items?.length === 0 ? <p className="empty-state">{t('principles.empty')}</p> : null}
      {items && items.length > 0 ? (
        <>
          <p className="muted">{t('principles.count', { count: items.length })}</p>
          <ol className="principle-list">
            {items.map((principle) => (
              <li key={principle.id} className="principle-item card">
                <span className="principle-number" aria-hidden="true">
                  {principle.number}
                </span>
                <div>
                  <h2 className="principle-title">
                    {/* The number is on the badge for the eye; the link names it for everyone else. */}
                    <Link to={`/principles/${principle.id}`}>
                      <span className="visually-hidden">{t('principles.numberPrefix', { number: principle.number })}</span> {principle.title}
                    </Link>
                  </h2>
                  {principle.summary ? <p className="principle-summary">{principle.summary}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Page>
  );
}
