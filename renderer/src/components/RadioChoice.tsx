import { useId } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** The language the label is written in, when it differs from the page's. */
  lang?: string;
}

interface Props<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}

/**
 * Native radio buttons in a fieldset: the browser's own keyboard handling and semantics, and
 * inputs that tools and assistive tech can check directly.
 */
export function RadioChoice<V extends string>({ legend, choices, value, onChange }: Props<V>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice" lang={choice.lang}>
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
