import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { NAV_GROUPS, NAV_ITEMS } from './navItems';

/** Real links to every area, in labelled groups, and settings at the bottom. */
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
      {NAV_GROUPS.map((group) => (
        <div key={group}>
          <p className="nav-group-title" id={`nav-${group}`}>
            {t(`nav.sections.${group}`)}
          </p>
          <ul aria-labelledby={`nav-${group}`}>
            {NAV_ITEMS.filter((item) => item.group === group).map((item) => link(item.path, t(`nav.${item.key}`)))}
          </ul>
        </div>
      ))}
      <ul className="nav-bottom">{link('/settings', t('nav.settings'))}</ul>
    </nav>
  );
}
