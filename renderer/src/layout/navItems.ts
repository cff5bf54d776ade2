/** Every area of the app, in sidebar order, in three groups: the alliance, the daily work, the data. */
export const NAV_ITEMS = [
  { path: '/principles', key: 'principles', group: 'alliance' },
  { path: '/districts', key: 'districts', group: 'alliance' },
  { path: '/deputies', key: 'deputies', group: 'alliance' },
  { path: '/groups', key: 'groups', group: 'alliance' },
  { path: '/issues', key: 'issues', group: 'work' },
  { path: '/positions', key: 'positions', group: 'work' },
  { path: '/alliance', key: 'alliance', group: 'work' },
  { path: '/statements', key: 'statements', group: 'work' },
  { path: '/contacts', key: 'contacts', group: 'work' },
  { path: '/export', key: 'export', group: 'data' },
  { path: '/exchange', key: 'exchange', group: 'data' },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]['key'];
export const NAV_GROUPS = ['alliance', 'work', 'data'] as const;
