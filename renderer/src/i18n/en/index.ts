import { alliance } from './alliance';
import { common, nav, settings, shell } from './common';
import { deputies, groups } from './deputies';
import { districts } from './districts';
import { error, errors } from './errors';
import { principles } from './principles';
import { identity, start } from './start';
import { statements } from './statements';
import { issues } from './issues';
import { deputyPage, positions } from './positions';
import { contacts } from './contacts';
import { exchange } from './exchange';
import { exportTexts } from './export';
import type { ru } from '../ru';
import type { English, KeysMissingIn, NoKeys } from '../shape';

export const en = { alliance, common, nav, shell, settings, errors, error, start, identity, principles, districts, deputies, groups, issues, positions, deputyPage, contacts, statements, export: exportTexts, exchange };

// English has exactly the Russian keys, less Russian-only plural forms (../shape.ts). Checked on the
// inferred type: an annotation would not see a key only English has, as the groups above are not
// fresh object literals.
type _EnglishLacksNoKey = NoKeys<KeysMissingIn<typeof en, English<typeof ru>>>;
type _EnglishHasNoExtraKey = NoKeys<KeysMissingIn<English<typeof ru>, typeof en>>;
