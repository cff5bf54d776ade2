import type { TFunction } from 'i18next';
import { IssueCategorySchema, IssueStatusSchema } from '../../../../shared/schema/entities';
import { formatNumericDate } from '../../lib/dates';
import { oneOf } from '../../lib/oneOf';
import { excerpt, type EventContext } from '../shared/positions/eventText';
import type { IssueEvent, ShownIssueField } from './timeline';

export interface IssueEventContext extends EventContext {
  districtName: (id: string) => string;
}

function shown(t: TFunction, field: ShownIssueField, value: unknown, context: IssueEventContext): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  const list = Array.isArray(value) ? value.map(String) : [String(value)];
  const [first] = list;
  // History is stored data: a status or category outside the enums is quoted as it is.
  switch (field) {
    case 'status':
      return oneOf(IssueStatusSchema.options, first) ? t(`issues.statuses.${first}`) : excerpt(list.join(', '));
    case 'category':
      return oneOf(IssueCategorySchema.options, first) ? t(`issues.categories.${first}`) : excerpt(list.join(', '));
    case 'hearingDate':
    case 'voteDate':
      return formatNumericDate(list[0]!, context.language);
    case 'districtIds':
      return list.map(context.districtName).join(', ');
    case 'principleIds':
      return list.map(context.principleTitle).join(', ');
    default:
      return excerpt(list.join(', '));
  }
}

/** One change of an issue in words, e.g. «Статус: «Открыт» → «Слушания».» */
export function issueEventText(t: TFunction, event: IssueEvent, context: IssueEventContext): string {
  switch (event.type) {
    case 'created':
    case 'deleted':
    case 'description':
    case 'sources':
      return t(`issues.timeline.${event.type}`);
    case 'field': {
      const field = t(`issues.timeline.fields.${event.field}`);
      const from = shown(t, event.field, event.from, context);
      const to = shown(t, event.field, event.to, context);
      if (!to) return t('issues.timeline.fieldCleared', { field });
      return from ? t('issues.timeline.fieldChange', { field, from, to }) : t('issues.timeline.fieldSet', { field, to });
    }
  }
}
