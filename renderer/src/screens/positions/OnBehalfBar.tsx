import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { RadioChoice } from '../../components/RadioChoice';
import type { TranslationKey } from '../../i18n/keys';
import { useAnnounce } from '../../state/Announcer';
import { ON_BEHALF_CHANNELS, type OnBehalfChannel } from '../shared/positions/stances';
import { toLocalInput } from './positionFormModel';

export interface OnBehalfState {
  enabled: boolean;
  channel: OnBehalfChannel;
  setChannel: (channel: OnBehalfChannel) => void;
  givenAt: string;
  setGivenAt: (value: string) => void;
  /** The key of what is wrong with the time given. */
  error: TranslationKey | undefined;
  /** How and when, for positions:record; undefined (and the field marked) when the time is missing or in the future. */
  input: () => { channel: OnBehalfChannel; givenAt: string } | undefined;
}

/** How and when the deputy gave the stances the secretary enters (one answer for the whole session). */
export function useOnBehalf(enabled: boolean): OnBehalfState {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [channel, setChannel] = useState<OnBehalfChannel>('phone');
  const [givenAt, setGivenAt] = useState(() => toLocalInput(new Date()));
  const [error, setError] = useState<TranslationKey>();
  return {
    enabled,
    channel,
    setChannel,
    givenAt,
    setGivenAt: (value) => {
      setGivenAt(value);
      setError(undefined);
    },
    error,
    input: () => {
      if (!enabled) return undefined;
      const date = new Date(givenAt);
      const problem = Number.isNaN(date.getTime()) ? 'positions.errors.givenAt' : date.getTime() > Date.now() + 60_000 ? 'positions.errors.futureDate' : undefined;
      if (problem) {
        setError(problem);
        announce(t(problem), 'error');
        return undefined;
      }
      return { channel, givenAt: date.toISOString() };
    },
  };
}

export function OnBehalfBar({ state }: { state: OnBehalfState }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset on-behalf">
      <legend>{t('positions.form.onBehalfLegend')}</legend>
      <div className="form-row">
        <RadioChoice
          legend={t('positions.form.channel')}
          choices={ON_BEHALF_CHANNELS.map((channel) => ({ value: channel, label: t(`positions.channels.${channel}`) }))}
          value={state.channel}
          onChange={state.setChannel}
        />
        <TextField
          className="field field-datetime"
          type="datetime-local"
          value={state.givenAt}
          onChange={state.setGivenAt}
          isInvalid={state.error !== undefined}
          isRequired
          validationBehavior="aria"
        >
          <Label className="field-label">{t('positions.form.givenAt')}</Label>
          <Input className="field-control" />
          <Text slot="description" className="field-hint">
            {t('positions.form.givenAtHint')}
          </Text>
          <FieldError className="field-error">{state.error ? t(state.error) : null}</FieldError>
        </TextField>
      </div>
    </fieldset>
  );
}
