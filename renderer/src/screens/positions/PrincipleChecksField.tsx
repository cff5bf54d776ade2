import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RecordStanceInput } from '../../../../shared/domain/position-input';
import type { Principle } from '../../../../shared/schema/collections';
import { BoundRadios } from '../../forms/fieldBits';
import { FormText } from '../../forms/FormFields';
import { VERDICTS } from '../shared/positions/stances';
import type { PositionValues } from './positionFormModel';

interface Props {
  control: Control<PositionValues, unknown, RecordStanceInput>;
  principles: readonly Principle[];
  /** Principles the issue engages: marked, so the deputy checks those first. */
  engaged: readonly string[];
}

/** For each principle: upholds / in tension / not relevant (or not checked), with a note; a tension needs one. */
export function PrincipleChecksField({ control, principles, engaged }: Props) {
  const { t } = useTranslation();
  const checks = useWatch({ control, name: 'checks' });
  const options = [{ id: '', label: t('positions.verdicts.none') }, ...VERDICTS.map((verdict) => ({ id: verdict, label: t(`positions.verdicts.${verdict}`) }))];
  return (
    <fieldset className="fieldset principle-checks">
      <legend>{t('positions.form.principlesLegend')}</legend>
      <p className="field-hint">{t('positions.form.principlesHint')}</p>
      {principles.map((principle, index) => {
        const verdict = checks[index]?.verdict ?? '';
        return (
          <div key={principle.id} className={`principle-check${verdict === 'tension' ? ' is-tension' : ''}`}>
            <BoundRadios
              control={control}
              name={`checks.${index}.verdict`}
              legend={
                <>
                  {t('positions.form.principle', { number: principle.number, title: principle.title })}
                  {engaged.includes(principle.id) ? <span className="principle-engaged"> — {t('positions.form.engaged')}</span> : null}
                </>
              }
              options={options}
              className="choice-inline"
            />
            {verdict !== '' ? (
              <FormText
                control={control}
                name={`checks.${index}.note`}
                label={t('positions.form.note', { number: principle.number })}
                description={verdict === 'tension' ? t('positions.form.noteRequired') : undefined}
                optional={verdict !== 'tension'}
                multiline
                rows={2}
              />
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
