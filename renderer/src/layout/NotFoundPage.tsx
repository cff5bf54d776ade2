import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from './Page';

/** A route or record that does not exist; `listPath` offers the way back. */
export function NotFoundPage({ listPath = '/principles' }: { listPath?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('common.notFound.title')}>
      <p className="empty-state">{t('common.notFound.body')}</p>
      <p>
        <Link to={listPath}>{t('common.notFound.back')}</Link>
      </p>
    </Page>
  );
}
