/**
 * Types i18next's t() by the Russian dictionary (the English one has the same keys, checked in
 * en/index.ts), so an unknown key fails `npm run typecheck` instead of showing the raw key at run
 * time. Type-only: nothing imports this file; tsconfig.web.json includes it.
 */
// The docs' form: importing the module makes it resolvable for the augmentation below on its own.
import 'i18next';
import type { ru } from './ru';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    strictKeyChecks: true;
    resources: { translation: typeof ru };
  }
}
