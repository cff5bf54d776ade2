/**
 * Setting a scene for a spec quickly: a workspace made through the start screen (the one place that
 * knows how a workspace is created, so a change to the workspace channels is met here only), and
 * records through the real IPC channels (`ok`), so each test clicks only through the steps it is
 * about.
 */
import { expect } from '@playwright/test';
import type { App } from './fixture';

export type Lang = 'ru' | 'en';

const START = {
  ru: {
    create: 'Создать пространство',
    open: 'Открыть пространство',
    form: 'Новое пространство',
    name: 'Название пространства',
    confirm: 'Создать',
    demo: 'Создать демонстрационное пространство',
    whoAmI: 'Кто вы?',
    secretary: 'Я секретарь союза',
    youAreSecretary: 'Вы: секретарь союза',
  },
  en: {
    create: 'Create a workspace',
    open: 'Open a workspace',
    form: 'New workspace',
    name: 'Workspace name',
    confirm: 'Create',
    demo: 'Create the demo workspace',
    whoAmI: 'Who are you?',
    secretary: 'I am the alliance secretary',
    youAreSecretary: 'You: alliance secretary',
  },
} as const;

export interface WorkspaceOptions {
  /** The workspace's name (an empty workspace); ignored for the demo. */
  name?: string;
  /** The fictional demo data instead of an empty workspace. */
  demo?: boolean;
  /** The UI language of the test (Playwright's locale). */
  lang?: Lang;
  /** 'secretary' answers "who am I" as the secretary; null leaves the question on screen. */
  as?: 'secretary' | null;
}

/**
 * A new workspace in a fresh temp folder, made through the start screen as a user would (the
 * folder picker answered by app.setNextFolder). Returns the folder.
 */
export async function seedWorkspace(app: App, options: WorkspaceOptions = {}): Promise<string> {
  const { name = 'Союз депутатов', demo = false, lang = 'ru', as = 'secretary' } = options;
  const words = START[lang];
  const page = app.page;
  const folder = await app.newTempDir();
  await app.setNextFolder(folder);
  if (demo) {
    await page.getByRole('button', { name: words.demo }).click();
  } else {
    await page.getByRole('button', { name: words.create }).click();
    const form = page.getByRole('region', { name: words.form });
    await form.getByRole('textbox', { name: words.name }).fill(name);
    await form.getByRole('button', { name: words.confirm, exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: words.whoAmI })).toBeVisible();
  if (as === 'secretary') {
    await page.getByRole('button', { name: words.secretary }).click();
    await expect(page.getByText(words.youAreSecretary)).toBeVisible();
  }
  return folder;
}

/** Opens the workspace in `folder` through the start screen; leaves "who am I" on screen. */
export async function openWorkspaceFolder(app: App, folder: string, lang: Lang = 'ru'): Promise<void> {
  const words = START[lang];
  await app.setNextFolder(folder);
  await app.page.getByRole('button', { name: words.open }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: words.whoAmI })).toBeVisible();
}

/** Calls a channel of the running app (window.allianceDesk, as the screens do) and returns its value; throws on an error result. */
export async function ok<T = { id: string }>(app: App, channel: string, input?: unknown): Promise<T> {
  const result = await app.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export type Identity = { kind: 'secretary' } | { kind: 'deputy'; deputyId: string };

/** "Who am I" through the channel (the screens follow it): for seeding what a deputy does themself. */
export async function actAs(app: App, identity: Identity): Promise<void> {
  await ok(app, 'identity:set', identity);
}
