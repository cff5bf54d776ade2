/** Every area of the app, in sidebar order; `built: false` areas show a "coming later" page. */
export const NAV_ITEMS = [
  { path: '/principles', key: 'principles', built: true },
  { path: '/districts', key: 'districts', built: true },
  { path: '/deputies', key: 'deputies', built: true },
  { path: '/groups', key: 'groups', built: true },
  { path: '/issues', key: 'issues', built: false },
  { path: '/positions', key: 'positions', built: false },
  { path: '/alliance', key: 'alliance', built: false },
  { path: '/statements', key: 'statements', built: false },
  { path: '/contacts', key: 'contacts', built: false },
  { path: '/exchange', key: 'exchange', built: false },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]['key'];
