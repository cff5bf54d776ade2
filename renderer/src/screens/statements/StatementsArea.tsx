import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { DissentPage } from './DissentPage';
import { NewStatementPage } from './NewStatementPage';
import { ReviewPage } from './ReviewPage';
import { SignaturesPage } from './SignaturesPage';
import { StatementEditPage } from './StatementEditPage';
import { StatementLayout } from './StatementLayout';
import { StatementOverview } from './StatementOverview';
import { StatementsPage } from './StatementsPage';
import { VersionsPage } from './VersionsPage';

/** /statements/* — the list, a new draft, and one statement's sections. */
export function StatementsArea() {
  return (
    <Routes>
      <Route index element={<StatementsPage />} />
      <Route path="new" element={<NewStatementPage />} />
      <Route path=":id" element={<StatementLayout />}>
        <Route index element={<StatementOverview />} />
        <Route path="edit" element={<StatementEditPage />} />
        <Route path="versions" element={<VersionsPage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="signatures" element={<SignaturesPage />} />
        <Route path="dissent" element={<DissentPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage listPath="/statements" />} />
    </Routes>
  );
}
