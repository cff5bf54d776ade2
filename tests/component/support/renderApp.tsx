import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/app/App';
import { loadStartup } from '../../../renderer/src/app/startup';
import { FakeApi } from './fakeApi';

/** Installs the fake as window.allianceDesk and renders the whole app at `hash`, as main.tsx does. */
export async function renderApp(fake: FakeApi = new FakeApi(), hash = '#/') {
  window.allianceDesk = fake.api();
  window.location.hash = hash;
  const startup = await loadStartup();
  const user = userEvent.setup();
  const view = render(<App startup={startup} />);
  return { fake, user, view, i18n: startup.i18n, screen };
}
