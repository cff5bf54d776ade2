import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { RecordStanceInput } from '../../../../shared/domain/position-input';
import type { Position, Principle } from '../../../../shared/schema/collections';
import { toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { BoundDateTime, BoundRadios } from '../../forms/fieldBits';
import { FormText } from '../../forms/FormFields';
import { useAnnounce } from '../../state/Announcer';
import { ON_BEHALF_CHANNELS, STANCES } from '../shared/positions/stances';
import { formFieldOf, positionDefaults, positionResolver, sentCheckIndexes, type PositionValues } from './positionFormModel';
import { PrincipleChecksField } from './PrincipleChecksField';

interface Props {
  issueId: string;
  deputyId: string;
  /** True for the secretary: how and when the deputy gave the stance is asked. */
  onBehalf: boolean;
  position: Position | null;
  principles: readonly Principle[];
  engaged: readonly string[];
  onSave: (input: RecordStanceInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * Record or change a stance: the stance, its reasons and a check against every principle; for the
 * secretary, also how and when the deputy gave it. Validated with the schema the main process uses;
 * what the main process still refuses lands on the field it names.
 */
export function PositionForm({ issueId, deputyId, onBehalf, position, principles, engaged, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const resolver = useMemo(() => positionResolver({ issueId, deputyId, onBehalf }), [issueId, deputyId, onBehalf]);
  const form = useForm<PositionValues, unknown, RecordStanceInput>({ resolver, defaultValues: positionDefaults(position, principles) });
  const { control } = form;

  const submit = form.handleSubmit(
    async (input) => {
      try {
        await onSave(input);
      } catch (failure) {
        const error = toApiError(failure);
        const sent = sentCheckIndexes(form.getValues());
        const placed = error.issues.map((issue) => formFieldOf(issue, sent)).filter((target) => target !== undefined);
        placed.forEach((target, i) => form.setError(target.field as never, { type: 'server', message: target.message }, { shouldFocus: i === 0 }));
        announce(placed.length > 0 ? t('errors.invalid') : errorText(t, error), 'error');
      }
    },
    (errors) => announce(t('errors.formHasErrors', { count: countErrors(errors) }), 'error'),
  );

  return (
    <form noValidate className="form position-form" onSubmit={submit}>
      {onBehalf ? (
        <fieldset className="fieldset">
          <legend>{t('positions.form.onBehalfLegend')}</legend>
          <BoundRadios
            control={control}
            name="channel"
            legend={t('positions.form.channel')}
            className="choice-inline"
            options={ON_BEHALF_CHANNELS.map((channel) => ({ id: channel, label: t(`positions.channels.${channel}`) }))}
          />
          <BoundDateTime control={control} name="givenAt" label={t('positions.form.givenAt')} description={t('positions.form.givenAtHint')} />
        </fieldset>
      ) : null}
      <BoundRadios
        control={control}
        name="stance"
        legend={t('positions.form.stance')}
        className="stance-choices"
        options={STANCES.map((stance) => ({ id: stance, label: t(`positions.stances.${stance}`) }))}
      />
      <FormText control={control} name="reasons" label={t('positions.form.reasons')} description={t('positions.form.reasonsHint')} multiline rows={5} optional />
      <PrincipleChecksField control={control} principles={principles} engaged={engaged} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('common.saving') : onBehalf ? t('positions.form.saveOnBehalf') : t('positions.form.save')}
        </Button>
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** How many fields are wrong (a note of the third principle counts as one, not as "checks"). */
function countErrors(errors: object): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== 'object') continue;
    if ('message' in value && typeof (value as { message: unknown }).message === 'string') count += 1;
    else count += countErrors(value);
  }
  return count;
}
