import { Route } from 'react-router-dom';
import { ContactEditPage } from '../contacts/ContactEditPage';
import { ContactsPage } from '../contacts/ContactsPage';
import { DeputyViewPage } from '../deputy-page/DeputyViewPage';
import { PositionFormPage } from '../positions/PositionFormPage';
import { PositionsPage } from '../positions/PositionsPage';
import { QuickEntryPage } from '../positions/QuickEntryPage';
import { IssueEditPage } from './IssueEditPage';
import { IssuePage } from './IssuePage';
import { IssuesPage } from './IssuesPage';

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
