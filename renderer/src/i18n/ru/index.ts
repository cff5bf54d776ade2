import { common, nav, settings, shell } from './common';
import { deputies, groups } from './deputies';
import { districts } from './districts';
import { error, errors } from './errors';
import { principles } from './principles';
import { identity, start } from './start';

export const ru = { common, nav, shell, settings, errors, error, start, identity, principles, districts, deputies, groups };
