import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { ConflictsPage } from './ConflictsPage';
import { ExchangePage } from './ExchangePage';
import { ImportPreviewPage } from './ImportPreviewPage';

/** /exchange/*: the overview, the import preview, and the text conflicts. */
export function ExchangeArea() {
  return (
    <Routes>
      <Route index element={<ExchangePage />} />
      <Route path="import" element={<ImportPreviewPage />} />
      <Route path="conflicts" element={<ConflictsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
