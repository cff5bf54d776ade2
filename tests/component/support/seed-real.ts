import { builtinDistrictRecords } from '../../../shared/data/builtin-districts';
import type { RecordOutput } from '../../../shared/ipc/record-output';
import type { TestApp } from './realApp';

const SURNAMES = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Соколова', 'Попов', 'Лебедева', 'Козлов', 'Новикова', 'Морозов'];

/** `count` deputies spread over the Moscow districts, with predictable names and fields. */
export async function seedDeputies(app: TestApp, count: number): Promise<RecordOutput<'deputies'>[]> {
  const districts = builtinDistrictRecords();
  const made: RecordOutput<'deputies'>[] = [];
  for (let i = 0; i < count; i++) {
    made.push(
      await app.create('deputies', {
        name: `${SURNAMES[i % SURNAMES.length]} ${String(i + 1).padStart(3, '0')}`,
        districtId: districts[i % districts.length]!.id,
        status: i % 7 === 0 ? 'former' : 'active',
        ...(i % 3 === 0 ? { party: 'Яблоко' } : {}),
      }),
    );
  }
  return made;
}

const TITLES = ['Сквер на Лесной', 'Парковка у школы', 'Поликлиника на Ёлочной', 'Автобус № 12', 'Детский сад в новом доме'];
const CATEGORIES = ['environment', 'transport', 'healthcare', 'transport', 'education'] as const;

/** `count` issues over a few districts, with predictable titles, categories, statuses and tags. */
export async function seedIssues(app: TestApp, count: number, districtIds: readonly string[] = ['msk-45374000', 'msk-45375000']): Promise<RecordOutput<'issues'>[]> {
  const issues: RecordOutput<'issues'>[] = [];
  for (let i = 0; i < count; i++) {
    issues.push(
      await app.create('issues', {
        title: `${TITLES[i % TITLES.length]} ${String(i + 1).padStart(5, '0')}`,
        category: CATEGORIES[i % CATEGORIES.length]!,
        districtIds: [districtIds[i % districtIds.length]!],
        status: i % 4 === 3 ? 'closed' : 'open',
        tags: i % 2 === 0 ? ['сквер'] : ['транспорт'],
        principleIds: i % 3 === 0 ? ['principle-3'] : [],
        ...(i % 5 === 0 ? { hearingDate: '2025-11-20' } : {}),
      }),
    );
  }
  return issues;
}
