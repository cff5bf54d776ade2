/**
 * The names of every IPC channel (`domain:verb`). Kept free of zod so that the sandboxed preload
 * bundle stays small; contract.ts maps each name to its input and output schemas.
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'settings:get',
  'settings:update',
  'workspace:current',
  'workspace:recent',
  'workspace:chooseFolder',
  'workspace:create',
  'workspace:createDemo',
  'workspace:open',
  'workspace:close',
  'identity:set',
  'records:list',
  'records:get',
  'records:create',
  'records:patch',
  'records:delete',
  'records:history',
  'shell:openExternal',
  'positions:record',
  'positions:confirm',
  'lines:adopt',
  'agreement:issue',
  'agreement:overview',
  'agreement:deputies',
  'agreement:blocs',
  'agreement:pairs',
  'agreement:matrix',
  'agreement:principles',
  'statements:create',
  'statements:saveVersion',
  'statements:restoreVersion',
  'statements:setReview',
  'statements:move',
  'statements:sign',
  'statements:confirmSignature',
  'statements:signatures',
  'statements:diff',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
/** The channels of the domain screens (shared/ipc/domain-contract.ts). */
export type DomainChannel = Extract<InvokeChannel, `${'positions' | 'lines' | 'agreement' | 'statements'}:${string}`>;

/** Main-to-renderer events. */
export const EVENT_CHANNELS = ['workspace:changed', 'records:changed', 'settings:changed'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];
