import { builtinDistrictRecords } from '../../../shared/data/builtin-districts';
import { defaultPrinciples } from '../../../shared/data/default-principles';
import type { Language } from '../../../shared/schema/common';
import type { FakeApi } from './fakeApi';

/** What every new workspace holds: the Moscow directory and the default principles. */
export function seedWorkspace(fake: FakeApi, language: Language = 'ru'): FakeApi {
  for (const { id, data } of builtinDistrictRecords()) fake.seed('districts', data, id);
  for (const { id, data } of defaultPrinciples(language)) fake.seed('principles', data, id);
  return fake;
}

const SURNAMES = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Соколова', 'Попов', 'Лебедева', 'Козлов', 'Новикова', 'Морозов'];

/** `count` deputies spread over the Moscow districts, with predictable names and fields. */
export function seedDeputies(fake: FakeApi, count: number): void {
  const districts = builtinDistrictRecords();
  for (let i = 0; i < count; i++) {
    fake.seed('deputies', {
      name: `${SURNAMES[i % SURNAMES.length]} ${String(i + 1).padStart(3, '0')}`,
      districtId: districts[i % districts.length]!.id,
      status: i % 7 === 0 ? 'former' : 'active',
      ...(i % 3 === 0 ? { party: 'Яблоко' } : {}),
    });
  }
}
