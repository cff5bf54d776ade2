import type { ChannelInput } from '../../../../shared/ipc/contract';

/** Which deputies and issues the /alliance figures cover (agreement:overview's scope). */
export type Scope = NonNullable<ChannelInput<'agreement:overview'>['scope']>;

export const NO_SCOPE: Scope = {};

export function hasScope(scope: Scope): boolean {
  return Object.values(scope).some((value) => value !== undefined);
}

/** The scope without unset keys, so equal scopes make equal requests. */
export function cleanScope(scope: Scope): Scope {
  return Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined)) as Scope;
}
