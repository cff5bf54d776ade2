import { useMemo, useState, type Key } from 'react';
import { Collection, ComboBox, Header, ListBox, ListBoxItem, ListBoxSection } from 'react-aria-components';
import { normalizeForSearch } from '../lib/search';
import { ComboChrome } from './ComboChrome';

export interface PickOption {
  id: string;
  label: string;
  /** Options with a section are listed under its title (e.g. districts by okrug). */
  section?: string;
}

interface Section {
  id: string;
  title: string;
  items: PickOption[];
}

interface Props {
  label: string;
  options: readonly PickOption[];
  onAdd: (id: string) => void;
  placeholder: string;
  noMatches: string;
  showAllLabel: string;
  description?: string;
  /** At most this many matches are listed: a long list (10,000 issues) is searched, not scrolled. */
  limit?: number;
}

/**
 * A search box that adds the option picked from its list and empties itself for the next one: the
 * "add" half of a multi-picker. Searching ignores case and reads ё as е.
 */
export function AddPicker({ label, options, onAdd, placeholder, noMatches, showAllLabel, description, limit = 60 }: Props) {
  const [input, setInput] = useState('');
  // Right after an addition the list rests empty: emptying the search box must not open it again
  // (react-aria opens a focused combo box whose text changed). Typing or the list button wakes it.
  const [resting, setResting] = useState(false);
  const matches = useMemo(() => {
    if (resting) return [];
    const words = normalizeForSearch(input).split(' ').filter(Boolean);
    const found: PickOption[] = [];
    for (const option of options) {
      if (found.length >= limit) break;
      const text = normalizeForSearch(option.label);
      if (words.every((word) => text.includes(word))) found.push(option);
    }
    return found;
  }, [input, options, limit, resting]);
  const sections = useMemo(() => {
    const grouped = new Map<string, PickOption[]>();
    for (const option of matches) {
      const key = option.section ?? '';
      grouped.set(key, [...(grouped.get(key) ?? []), option]);
    }
    return [...grouped].map(([title, items]): Section => ({ id: `section:${title}`, title, items }));
  }, [matches]);

  return (
    <ComboBox<Section>
      className="field add-picker"
      items={sections}
      inputValue={input}
      onInputChange={(value) => {
        setResting(false);
        setInput(value);
      }}
      selectedKey={null}
      onSelectionChange={(key: Key | null) => {
        if (key === null) return;
        onAdd(String(key));
        setResting(true);
        setInput('');
      }}
    >
      <ComboChrome label={label} placeholder={placeholder} showAllLabel={showAllLabel} onShowAll={() => setResting(false)} description={description}>
        <ListBox<Section> className="listbox" renderEmptyState={() => <div className="listbox-empty">{noMatches}</div>}>
          {(section) => (
            // An untitled section (options without one) is named by the field's label.
            <ListBoxSection id={section.id} className="listbox-section" aria-label={section.title ? undefined : label}>
              {section.title ? <Header className="listbox-header">{section.title}</Header> : null}
              <Collection items={section.items}>
                {(option) => (
                  <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
                    {option.label}
                  </ListBoxItem>
                )}
              </Collection>
            </ListBoxSection>
          )}
        </ListBox>
      </ComboChrome>
    </ComboBox>
  );
}
