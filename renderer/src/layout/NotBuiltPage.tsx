import { useTranslation } from 'react-i18next';
import { Page } from './Page';
import type { NavKey } from './navItems';

export function NotBuiltPage({ area }: { area: NavKey }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${area}`)}>
      <p className="empty-state">{t('common.notBuilt.body')}</p>
    </Page>
  );
}
