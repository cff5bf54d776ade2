import { Outlet } from 'react-router-dom';
import { ExchangeHost } from '../screens/exchange/ExchangeHost';
import { Sidebar } from './Sidebar';
import { MAIN_ID, SkipLink } from './SkipLink';
import { TopBar } from './TopBar';

export function AppShell() {
  return (
    <div className="shell">
      <SkipLink />
      <ExchangeHost />
      <TopBar />
      <div className="shell-body">
        <Sidebar />
        <main id={MAIN_ID} tabIndex={-1} className="shell-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
