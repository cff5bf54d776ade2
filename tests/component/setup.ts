import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { closeApps } from './support/lifecycle';

// jsdom does no layout: every element measures 0×0, so a virtualized list would render no rows.
// Give elements a window-sized box; the virtualizer then renders the rows that fit in it.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });

afterEach(async () => {
  // Unmounted before the services close, so no screen asks a closed workspace.
  await closeApps();
  delete window.allianceDesk;
  window.location.hash = '';
  document.documentElement.removeAttribute('data-theme');
});
