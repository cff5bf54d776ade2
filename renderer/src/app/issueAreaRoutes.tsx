import { Route } from 'react-router-dom';
import { ContactEditPage } from '../screens/contacts/ContactEditPage';
import { ContactsPage } from '../screens/contacts/ContactsPage';
import { DeputyViewPage } from '../screens/deputy-page/DeputyViewPage';
import { IssueEditPage } from '../screens/issues/IssueEditPage';
import { IssuePage } from '../screens/issues/IssuePage';
import { IssuesPage } from '../screens/issues/IssuesPage';
import { PositionFormPage } from '../screens/positions/PositionFormPage';
import { PositionsPage } from '../screens/positions/PositionsPage';
import { QuickEntryPage } from '../screens/positions/QuickEntryPage';

/** The routes of issues, positions, contacts with residents and the deputy page (AppRoutes places them in the shell). */
export const issueAreaRoutes = (
  <>
    <Route path="/issues" element={<IssuesPage />} />
    <Route path="/issues/new" element={<IssueEditPage />} />
    <Route path="/issues/:id" element={<IssuePage />} />
    <Route path="/issues/:id/edit" element={<IssueEditPage />} />
    <Route path="/issues/:id/position" element={<PositionFormPage />} />
    <Route path="/positions" element={<PositionsPage />} />
    <Route path="/positions/quick" element={<QuickEntryPage />} />
    <Route path="/contacts" element={<ContactsPage />} />
    <Route path="/contacts/:id" element={<ContactEditPage />} />
    <Route path="/deputies/:id/view" element={<DeputyViewPage />} />
  </>
);
