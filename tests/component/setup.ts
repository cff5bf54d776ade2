import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { closeApps } from './support/lifecycle';

// jsdom does no layout: every element measures 0×0, so a virtualized list would render no rows.
// Give elements a window-sized box; the virtualizer then renders the rows that fit in it.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });

// Screens load from the real services (a workspace on disk): on a loaded CI machine an answer can
// take longer than Testing Library's default of one second to arrive. Waits end as soon as the
// condition holds; this only bounds how long a wait may take before it fails.
configure({ asyncUtilTimeout: 5_000 });

afterEach(async () => {
  // Unmounted before the services close, so no screen asks a closed workspace.
  await closeApps();
  delete window.allianceDesk;
  window.location.hash = '';
  document.documentElement.removeAttribute('data-theme');
});
