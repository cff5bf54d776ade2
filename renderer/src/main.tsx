import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { FatalError } from './app/FatalError';
import { loadStartup } from './app/startup';
import { findApi } from './api/bridge';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);

if (!findApi()) {
  root.render(<FatalError reason="bridge" />);
} else {
  loadStartup().then(
    (startup) =>
      root.render(
        <StrictMode>
          <App startup={startup} />
        </StrictMode>,
      ),
    (error: unknown) => root.render(<FatalError reason="startup" detail={error instanceof Error ? error.message : String(error)} />),
  );
}
