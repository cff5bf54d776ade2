import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from '../layout/AppShell';
import { NotFoundPage } from '../layout/NotFoundPage';
import { StandaloneFrame } from '../layout/StandaloneFrame';
import { AlliancePage } from '../screens/alliance/AlliancePage';
import { DeputiesPage } from '../screens/deputies/DeputiesPage';
import { DeputyEditPage } from '../screens/deputies/DeputyEditPage';
import { DistrictPage } from '../screens/districts/DistrictPage';
import { DistrictsPage } from '../screens/districts/DistrictsPage';
import { ExchangeArea } from '../screens/exchange/ExchangeArea';
import { ExportRoute } from '../screens/export/ExportPage';
import { GroupPage } from '../screens/groups/GroupPage';
import { GroupsPage } from '../screens/groups/GroupsPage';
import { WhoAmIScreen } from '../screens/identity/WhoAmIScreen';
import { PrinciplePage } from '../screens/principles/PrinciplePage';
import { PrinciplesPage } from '../screens/principles/PrinciplesPage';
import { SettingsPage } from '../screens/settings/SettingsPage';
import { StartScreen } from '../screens/start/StartScreen';
import { StatementsArea } from '../screens/statements/StatementsArea';
import { useWorkspace } from '../state/WorkspaceProvider';
import { issueAreaRoutes } from './issueAreaRoutes';

/** Start screen without a workspace; "who am I" until the user says; then the app. */
export function AppRoutes() {
  const { workspace } = useWorkspace();
  if (!workspace) {
    return (
      <Routes>
        <Route element={<StandaloneFrame />}>
          <Route path="/settings" element={<SettingsPage standalone />} />
          <Route path="*" element={<StartScreen />} />
        </Route>
      </Routes>
    );
  }
  if (!workspace.identity) {
    return (
      <Routes>
        <Route element={<StandaloneFrame />}>
          <Route path="*" element={<WhoAmIScreen />} />
        </Route>
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/principles" replace />} />
        <Route path="/principles" element={<PrinciplesPage />} />
        <Route path="/principles/:id" element={<PrinciplePage />} />
        <Route path="/districts" element={<DistrictsPage />} />
        <Route path="/districts/:id" element={<DistrictPage />} />
        <Route path="/deputies" element={<DeputiesPage />} />
        <Route path="/deputies/:id" element={<DeputyEditPage />} />
        <Route path="/groups" element={<GroupsPage />} />
        <Route path="/groups/:id" element={<GroupPage />} />
        {issueAreaRoutes}
        <Route path="/alliance/*" element={<AlliancePage />} />
        <Route path="/statements/*" element={<StatementsArea />} />
        <Route path="/export" element={<ExportRoute />} />
        <Route path="/exchange/*" element={<ExchangeArea />} />
        <Route path="/identity" element={<WhoAmIScreen />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
