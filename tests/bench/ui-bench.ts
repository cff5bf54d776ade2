// The issue list in the real renderer : the built renderer in Debian's Chromium, its
// preload API bridged to the real main-process services on the bench workspace — the end-to-end
// harness's pieces (tests/e2e/support). Every time is taken inside the page, from the user's act
// to the frame that shows its result, and printed beside the bare IPC call it rests on.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { writeJsonFile } from '../../electron/core/json-file';
import { configFiles } from '../../electron/core/config-files';
import { createEventPusher, installBridge } from '../e2e/support/bridge';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/fixture';
import { waitForFirstScreen } from '../e2e/support/host-session';
import { appVersion } from '../e2e/support/paths';
import { builtRenderer } from './built-renderer';
import { openBenchWorkspace } from './open-workspace';
import { startServices, type ServicesClient } from '../e2e/support/services-client';
import { serveStatic } from '../e2e/support/static-server';
import { decodeIssueColumns, type IssueColumns } from '../../shared/ipc/issues-contract';
import type { BenchReport } from './report';
import { median } from './stats';

const RUNS = 5;

/** The page's globals this file uses (the Node-side type check knows no DOM). */
interface PageScope {
  requestAnimationFrame(callback: () => void): number;
  location: { hash: string };
  allianceDesk: Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
}

async function call(services: ServicesClient, channel: string, input?: unknown): Promise<unknown> {
  const result = await services.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * Runs in the page: does `act`, then waits for the first frame in which `done` holds, and returns
 * the milliseconds between. (A frame after the condition: what the user sees has been painted.)
 */
async function timeInPage(page: Page, act: string, done: string, argument: unknown = null): Promise<number> {
  return page.evaluate(
    async ({ act, done, argument }) => {
      const run = new Function('arg', act) as (arg: unknown) => unknown;
      const ready = new Function('arg', `return (${done});`) as (arg: unknown) => boolean;
      const started = performance.now();
      await run(argument);
      await new Promise<void>((resolve, reject) => {
        const deadline = started + 60_000;
        const check = () => {
          if (ready(argument)) resolve();
          else if (performance.now() > deadline) reject(new Error(`timed out waiting for: ${done}`));
          else (globalThis as unknown as PageScope).requestAnimationFrame(check);
        };
        check();
      });
      await new Promise((resolve) => (globalThis as unknown as PageScope).requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - started;
    },
    { act, done, argument },
  );
}

/** One bridge round trip of a channel, timed in the page (what a screen waits for before it can draw). */
async function timeCall(page: Page, channel: string, input?: unknown): Promise<number> {
  return page.evaluate(
    async ({ channel, input }) => {
      const started = performance.now();
      const result = await (globalThis as unknown as PageScope).allianceDesk[channel]!(input);
      if (!result.ok) throw new Error(`${channel} failed`);
      return performance.now() - started;
    },
    { channel, input },
  );
}

const LIST_DRAWN = `document.querySelector('.issues-table tbody tr[aria-rowindex="2"]') !== null`;
const countText = `document.querySelector('main .toolbar-count')?.textContent ?? ''`;

export async function benchUi(dir: string, device: string, profile: string, report: BenchReport): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`[${profile}] UI benchmark skipped: no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  const renderer = builtRenderer();
  const configDir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-ui-bench-config-'));
  // The services open the workspace as the device that built it, so they read its snapshot as a user's laptop would.
  await writeJsonFile(configFiles(configDir).device, { device, createdAt: new Date().toISOString() });
  const services = await startServices({ configDir, locale: 'ru-RU', version: appVersion() }, (channel, error) => console.error(`[ui] ${channel}: ${error}`));
  const server = await serveStatic(renderer);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // "Who am I" once, so that opening the workspace leads straight into the app.
    const info = await openBenchWorkspace<{ name: string }>(services, dir);
    // The start screen opens it again from the recent list, by the entry's id.
    const [entry] = (await call(services, 'workspace:recent')) as { id: string }[];
    await call(services, 'identity:set', { kind: 'secretary' });
    await call(services, 'workspace:close');

    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[ui] page error: ${error.message}`));
    // tsx (which runs the benchmark) wraps functions in a __name() helper; the functions this file
    // and the bridge send into the page carry those calls, so the page gets a stand-in.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await installBridge(page, services.dispatch, server.origin);
    services.onEvent(createEventPusher(page));
    await page.goto(`${server.origin}/index.html#/issues`);
    await waitForFirstScreen(page);

    // 1. From "open the workspace" on the start screen to the issue list drawn, beside the bare workspace:openRecent.
    const openToList: number[] = [];
    const openAlone: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.evaluate(() => {
        (globalThis as unknown as PageScope).location.hash = '#/issues';
      });
      const button = page.getByRole('button', { name: `Открыть «${info.name}»` });
      await button.waitFor();
      openToList.push(await timeInPage(page, `[...document.querySelectorAll('button')].find((b) => b.textContent.includes(arg)).click();`, LIST_DRAWN, info.name));
      await page.getByRole('button', { name: 'Закрыть пространство' }).click();
      await button.waitFor();
      openAlone.push(await timeCall(page, 'workspace:openRecent', { id: entry!.id }));
      await timeCall(page, 'workspace:close');
      await page.reload();
      await waitForFirstScreen(page);
    }
    const opened = median(openToList);
    report.add({
      profile,
      name: 'UI: open the workspace → issue list drawn',
      value: opened,
      unit: 'ms',
      baseline: { name: 'workspace:openRecent alone through the bridge', value: median(openAlone) },
      target: '< 1.5 s',
      met: opened < 1_500,
    });

    // 2. The issue list drawn, the workspace open (a click on «Вопросы»), beside the calls it rests on.
    await page.evaluate(() => {
      (globalThis as unknown as PageScope).location.hash = '#/issues';
    });
    await page.getByRole('button', { name: `Открыть «${info.name}»` }).click();
    await page.locator('.issues-table').waitFor();
    const listDrawn: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.evaluate(() => {
        (globalThis as unknown as PageScope).location.hash = '#/principles';
      });
      await page.getByRole('heading', { level: 1, name: 'Принципы союза' }).waitFor();
      listDrawn.push(await timeInPage(page, `document.querySelector('nav a[href="#/issues"]').click();`, LIST_DRAWN));
    }
    const summaryTimes: number[] = [];
    const wholeTimes: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      summaryTimes.push(await timeCall(page, 'issues:summaries'));
      wholeTimes.push(await timeCall(page, 'records:list', { collection: 'issues' }));
    }
    const summaries = median(summaryTimes);
    const wholeRecords = median(wholeTimes);
    const drawn = median(listDrawn);
    report.add({
      profile,
      name: 'UI: issue list drawn (workspace open)',
      value: drawn,
      unit: 'ms',
      baseline: { name: 'issues:summaries through the bridge', value: summaries },
      target: '< 1.5 s',
      met: drawn < 1_500,
    });
    report.add({ profile, name: 'UI: records:list of every issue through the bridge (not used by the list)', value: wholeRecords, unit: 'ms' });

    // 3. A filter: typing in the search box (ё/е-insensitive over titles and tags), to the count and rows redrawn.
    const filterTimes: number[] = [];
    for (const query of ['сквер', '', 'парк', '', 'елочн', '', 'школ', '']) {
      const setQuery = `
        const input = [...document.querySelectorAll('input[type="search"]')][0];
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        window.__before = ${countText};
        set.call(input, arg);
        input.dispatchEvent(new Event('input', { bubbles: true }));`;
      filterTimes.push(await timeInPage(page, setQuery, `(${countText}) !== window.__before`, query));
    }
    const frames: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      frames.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const started = performance.now();
              (globalThis as unknown as PageScope).requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
            }),
        ),
      );
    }
    const frame = median(frames);
    const filter = median(filterTimes);
    report.add({ profile, name: 'UI: apply a filter (search box)', value: filter, unit: 'ms', baseline: { name: 'one frame', value: frame }, target: '< 100 ms', met: filter < 100 });

    // 4. An issue page with every position on it, from a click in the list.
    const columns = (await call(services, 'issues:summaries')) as IssueColumns;
    // Spread over the list: every 997th issue that has positions.
    const ids = decodeIssueColumns(columns)
      .filter((issue, index) => issue.positions > 0 && index % 997 === 0)
      .slice(0, RUNS)
      .map((issue) => [issue.id, issue.positions] as const);
    const pageTimes: number[] = [];
    const baseTimes: number[] = [];
    for (const [id, positions] of ids) {
      await page.evaluate(() => {
        (globalThis as unknown as PageScope).location.hash = '#/issues';
      });
      await page.locator('.issues-table').waitFor();
      pageTimes.push(await timeInPage(page, `location.hash = '#/issues/' + arg.id;`, `document.querySelectorAll('.position-list > li').length === arg.positions`, { id, positions }));
      baseTimes.push((await timeCall(page, 'records:get', { collection: 'issues', id })) + (await timeCall(page, 'records:list', { collection: 'positions', query: { where: { issueId: id } } })));
    }
    report.add({
      profile,
      name: `UI: open an issue page with its positions (${ids.map(([, n]) => n).join(', ')} positions)`,
      value: median(pageTimes),
      unit: 'ms',
      baseline: { name: 'records:get of the issue + records:list of its positions', value: median(baseTimes) },
    });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await services.close();
    await rm(configDir, { recursive: true, force: true });
  }
}
