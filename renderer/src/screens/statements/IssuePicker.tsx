import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Issue } from '../../../../shared/schema/collections';
import { compareText, searchFilter } from '../../lib/search';

interface Props {
  issues: readonly Issue[];
  value: string[];
  onChange: (ids: string[]) => void;
}

const MAX_MATCHES = 100;

/** The issues a statement is about: pick from a searchable list; the first one fills the template. */
export function IssuePicker({ issues, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [candidate, setCandidate] = useState<string | null>(null);
  const [input, setInput] = useState('');
  const byId = useMemo(() => new Map(issues.map((issue) => [issue.id, issue])), [issues]);
  // Filtered here (ё = е) and capped, so that a list of thousands of issues stays quick to open.
  const matches = useMemo(
    () =>
      issues
        .filter((issue) => !value.includes(issue.id) && searchFilter(issue.title, input))
        .sort((a, b) => compareText(a.title, b.title, i18n.language))
        .slice(0, MAX_MATCHES),
    [issues, value, input, i18n.language],
  );
  const choose = (key: Key | null) => {
    setCandidate(key === null ? null : String(key));
    if (key !== null) setInput(byId.get(String(key))?.title ?? '');
  };
  const add = () => {
    if (candidate === null) return;
    onChange([...value, candidate]);
    setCandidate(null);
    setInput('');
  };
  return (
    <fieldset className="choice-group issue-picker">
      <legend className="field-label">{t('statements.create.issues')}</legend>
      <p className="field-hint">{t('statements.create.issuesHint')}</p>
      {value.length === 0 ? <p className="muted">{t('statements.create.noIssues')}</p> : null}
      <ol className="stmt-chosen-issues">
        {value.map((id, index) => (
          <li key={id}>
            <span>{byId.get(id)?.title ?? t('statements.unknownIssue')}</span>
            {index === 0 ? <span className="muted"> — {t('statements.create.mainIssue')}</span> : null}
            <Button
              className="button button-quiet"
              aria-label={t('statements.create.removeIssue', { title: byId.get(id)?.title ?? id })}
              onPress={() => onChange(value.filter((other) => other !== id))}
            >
              {t('common.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <div className="form-row">
        <ComboBox className="field" items={matches} value={candidate} onChange={choose} inputValue={input} onInputChange={setInput}>
          <Label className="field-label">{t('statements.create.issue')}</Label>
          <Input className="field-control" placeholder={t('statements.create.issuePlaceholder')} />
          {issues.length === 0 ? (
            <Text slot="description" className="field-hint">
              {t('statements.create.noIssuesYet')}
            </Text>
          ) : null}
          <Popover className="popover">
            <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{t('statements.create.noIssueMatches')}</p>}>
              {(issue: Issue) => (
                <ListBoxItem id={issue.id} textValue={issue.title} className="listbox-item">
                  {issue.title}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <Button className="button stmt-picker-add" isDisabled={candidate === null} onPress={add}>
          {t('statements.create.addIssue')}
        </Button>
      </div>
    </fieldset>
  );
}
