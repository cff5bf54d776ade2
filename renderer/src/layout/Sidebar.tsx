import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { NAV_ITEMS } from './navItems';

/** Real links to every area; areas not built yet are listed apart, so nobody expects them to work. */
export function Sidebar() {
  const { t } = useTranslation();
  const link = (path: string, label: string) => (
    <li key={path}>
      <NavLink to={path} className={({ isActive }) => `nav-link${isActive ? ' is-active' : ''}`}>
        {label}
      </NavLink>
    </li>
  );
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <p className="nav-group-title" id="nav-main">
        {t('nav.groupMain')}
      </p>
      <ul aria-labelledby="nav-main">{NAV_ITEMS.filter((item) => item.built).map((item) => link(item.path, t(`nav.${item.key}`)))}</ul>
      <p className="nav-group-title" id="nav-later">
        {t('nav.groupLater')}
      </p>
      <ul aria-labelledby="nav-later" className="nav-later">
        {NAV_ITEMS.filter((item) => !item.built).map((item) => link(item.path, t(`nav.${item.key}`)))}
      </ul>
      <ul className="nav-bottom">{link('/settings', t('nav.settings'))}</ul>
    </nav>
  );
}
