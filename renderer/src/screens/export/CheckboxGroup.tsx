interface Props<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
}

/** Native checkboxes in a fieldset, for a set of filter values. */
export function CheckboxGroup<V extends string>({ legend, options, chosen, onChange }: Props<V>) {
  const toggle = (value: V, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((item) => item !== value));
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      <div className="choice-list">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
