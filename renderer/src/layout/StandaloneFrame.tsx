import { Outlet } from 'react-router-dom';
import { MAIN_ID, SkipLink } from './SkipLink';

/** The frame of screens shown before a workspace is ready: no sidebar, one centred column. */
export function StandaloneFrame() {
  return (
    <div className="standalone">
      <SkipLink />
      <main id={MAIN_ID} tabIndex={-1} className="standalone-main">
        <Outlet />
      </main>
    </div>
  );
}
