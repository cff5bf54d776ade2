import { useId } from 'react';
import { Button } from 'react-aria-components';
import { AddPicker, type PickOption } from './AddPicker';

interface Props {
  /** The name of the whole field ("Districts"). */
  label: string;
  /** The chosen values, in order, with their shown names. */
  chosen: readonly { id: string; label: string }[];
  /** What can still be added. */
  options: readonly PickOption[];
  onChange: (ids: string[]) => void;
  addLabel: string;
  placeholder: string;
  emptyText: string;
  noMatches: string;
  showAllLabel: string;
  removeLabel: (name: string) => string;
  errorMessage?: string;
  limit?: number;
}

/** Chosen values as a list with a remove button each, and a search box to add more. */
export function MultiPicker(props: Props) {
  const id = useId();
  const { chosen, onChange } = props;
  const ids = chosen.map((item) => item.id);
  return (
    <div className="field multi-picker" role="group" aria-labelledby={`${id}-label`} aria-describedby={props.errorMessage ? `${id}-error` : undefined}>
      <span className="field-label" id={`${id}-label`}>
        {props.label}
      </span>
      {chosen.length === 0 ? (
        <p className="field-hint">{props.emptyText}</p>
      ) : (
        <ul className="pick-chips">
          {chosen.map((item) => (
            <li key={item.id} className="pick-chip">
              <span>{item.label}</span>
              <Button className="pick-chip-remove" aria-label={props.removeLabel(item.label)} onPress={() => onChange(ids.filter((other) => other !== item.id))}>
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddPicker
        label={props.addLabel}
        options={props.options}
        onAdd={(added) => onChange(ids.includes(added) ? ids : [...ids, added])}
        placeholder={props.placeholder}
        noMatches={props.noMatches}
        showAllLabel={props.showAllLabel}
        limit={props.limit}
      />
      {props.errorMessage ? (
        <p className="field-error" id={`${id}-error`}>
          {props.errorMessage}
        </p>
      ) : null}
    </div>
  );
}
