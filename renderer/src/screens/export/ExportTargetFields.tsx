import { useTranslation } from 'react-i18next';
import { RadioChoice } from '../../components/RadioChoice';
import { EXPORT_KINDS, type ExportChoice, type ExportKind } from '../shared/export/exportWhat';
import { AllianceFiltersFields } from './AllianceFiltersFields';
import { TargetPicker } from './TargetPicker';

interface Props {
  choice: ExportChoice;
  onChange: (choice: ExportChoice) => void;
}

/** What the summary is about: the kind, then the record (or, for the whole alliance, the filters). */
export function ExportTargetFields({ choice, onChange }: Props) {
  const { t } = useTranslation();
  const setKind = (kind: ExportKind) => onChange({ ...choice, kind, id: null });
  return (
    <div className="export-target-fields">
      <RadioChoice
        legend={t('export.what.legend')}
        choices={EXPORT_KINDS.map((kind) => ({ value: kind, label: t(`export.what.kinds.${kind}`) }))}
        value={choice.kind}
        onChange={setKind}
      />
      <div className="export-target-detail">
        {choice.kind === 'alliance' ? (
          <AllianceFiltersFields filters={choice.filters} onChange={(filters) => onChange({ ...choice, filters })} />
        ) : (
          // Keyed by kind: another kind starts an empty search.
          <TargetPicker key={choice.kind} kind={choice.kind} value={choice.id} onChange={(id) => onChange({ ...choice, id })} />
        )}
        {choice.kind === 'statement' ? (
          <label className="choice export-dissent">
            <input type="checkbox" checked={choice.dissent} onChange={(event) => onChange({ ...choice, dissent: event.target.checked })} />
            {t('export.what.dissent')}
          </label>
        ) : null}
      </div>
    </div>
  );
}
