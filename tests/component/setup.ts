import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom does no layout: every element measures 0×0, so a virtualized list would render no rows.
// Give elements a window-sized box; the virtualizer then renders the rows that fit in it.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });

afterEach(() => {
  cleanup();
  delete window.allianceDesk;
  window.location.hash = '';
  document.documentElement.removeAttribute('data-theme');
});
