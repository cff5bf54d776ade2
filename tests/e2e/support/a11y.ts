import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface A11yOptions {
  /** CSS selectors to check only (default: the whole page). */
  include?: string[];
  /** CSS selectors to leave out, e.g. a third-party widget. */
  exclude?: string[];
  /** Axe rule ids to skip — say why next to the call. */
  disableRules?: string[];
}

/** Runs axe on the page as it is now and fails on any serious or critical violation, listing them. */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = blocking.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n${violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n')}`,
  );
  expect(blocking, `accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}
