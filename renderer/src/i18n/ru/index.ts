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
import type { MissingRussianForms, NoKeys } from '../shape';

export const ru = { alliance, common, nav, shell, settings, errors, error, start, identity, principles, districts, deputies, groups, issues, positions, deputyPage, contacts, statements, export: exportTexts, exchange };

// Every plural has its four Russian forms (../shape.ts).
type _RussianHasEveryPluralForm = NoKeys<MissingRussianForms<typeof ru>>;
