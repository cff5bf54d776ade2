import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { BlocsView } from './BlocsView';
import { CommonGroundView } from './CommonGroundView';
import { DeputiesLineView } from './DeputiesLineView';
import { loadMatrixChart } from './loadMatrixChart';
import { MatrixView } from './MatrixView';
import { useDirectory } from './directory';
import { PrinciplesView } from './PrinciplesView';
import { ScopeFilters } from './ScopeFilters';
import { NO_SCOPE, type Scope } from './scope';

const TABS = ['common', 'deputies', 'matrix', 'blocs', 'principles'] as const;
/** The principles summary covers every position; the other parts follow the filter. */
const SCOPED = new Set<string>(['common', 'deputies', 'matrix', 'blocs']);

// The filter survives a visit to an issue or a deputy and back, within one session.
let rememberedScope: Scope = NO_SCOPE;

/** /alliance and its parts: common ground, deputies and the line, the matrix, blocs, principles. */
export function AlliancePage() {
  const { t } = useTranslation();
  const directory = useDirectory();
  // The matrix's chart code is fetched in the background, so the matrix tab opens at once.
  useEffect(() => void loadMatrixChart(), []);
  const [scope, setScope] = useState(rememberedScope);
  const changeScope = (next: Scope) => {
    rememberedScope = next;
    setScope(next);
  };
  const tab = useLocation().pathname.split('/')[2] ?? '';

  return (
    <Page title={t('alliance.title')} intro={t('alliance.intro')} className="alliance-page">
      <nav className="alliance-tabs" aria-label={t('alliance.tabs.label')}>
        <ul>
          {TABS.map((key) => (
            <li key={key}>
              <NavLink to={`/alliance/${key}`} className={({ isActive }) => `alliance-tab${isActive ? ' is-active' : ''}`}>
                {t(`alliance.tabs.${key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorNotice error={directory.error} />
      {SCOPED.has(tab) ? <ScopeFilters scope={scope} onChange={changeScope} districts={directory.districts} groups={directory.groups} /> : null}
      <Routes>
        <Route index element={<Navigate to="common" replace />} />
        <Route path="common" element={<CommonGroundView scope={scope} />} />
        <Route path="deputies" element={<DeputiesLineView scope={scope} directory={directory} />} />
        <Route path="matrix" element={<MatrixView scope={scope} />} />
        <Route path="blocs" element={<BlocsView scope={scope} directory={directory} />} />
        <Route path="principles" element={<PrinciplesView />} />
        <Route path="*" element={<Navigate to="/alliance/common" replace />} />
      </Routes>
    </Page>
  );
}
