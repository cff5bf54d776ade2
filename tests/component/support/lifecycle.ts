import { cleanup } from '@testing-library/react';

const closers = new Set<() => Promise<void>>();

/** Runs `close` after the test (kept apart from realApp.tsx so plain tests do not load the services). */
export function closeAfterTest(close: () => Promise<void>): void {
  closers.add(close);
}

/** Unmounts the page, then closes what the test started; setup.ts calls it after each test. */
export async function closeApps(): Promise<void> {
  cleanup();
  const pending = [...closers];
  closers.clear();
  await Promise.all(pending.map((close) => close()));
}
