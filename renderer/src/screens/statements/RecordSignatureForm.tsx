import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import type { Deputy } from '../../../../shared/schema/collections';
import { useCollection } from '../../api/useCollection';
import { RadioChoice } from '../../components/RadioChoice';
import { compareText, searchFilter } from '../../lib/search';
import type { StatementContextValue } from './statementContext';
import type { OnBehalf, useSignActions } from './useSignActions';

type Channel = OnBehalf['channel'];
const CHANNELS: readonly Channel[] = ['phone', 'meeting', 'message'];

/** The local time now, as a datetime-local field shows it (minutes). */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

interface Props {
  context: StatementContextValue;
  actions: ReturnType<typeof useSignActions>;
}

/**
 * For the secretary: a signature a deputy gave by phone, in person or in a message. It is recorded
 * with how and when it was given, and stays unconfirmed until the deputy confirms it.
 */
export function RecordSignatureForm({ context, actions }: Props) {
  const { t, i18n } = useTranslation();
  const { signatures, current } = context;
  const { items: deputies } = useCollection('deputies');
  const [deputyId, setDeputyId] = useState<string | null>(null);
  const [input, setInput] = useState('');
  const [channel, setChannel] = useState<Channel>('phone');
  const [givenAt, setGivenAt] = useState(localNow);
  const [errors, setErrors] = useState<{ deputy?: string; givenAt?: string }>({});

  const signedNow = new Set((signatures ?? []).filter((status) => status.state === 'current').map((status) => status.signature.deputyId));
  const candidates = useMemo(
    () =>
      (deputies ?? [])
        .filter((deputy) => deputy.status === 'active' && searchFilter(deputy.name, input))
        .sort((a, b) => compareText(a.name, b.name, i18n.language))
        .slice(0, 100),
    [deputies, input, i18n.language],
  );

  const submit = async () => {
    const when = new Date(givenAt);
    const problems = {
      ...(deputyId === null ? { deputy: t('statements.record.chooseDeputy') } : {}),
      ...(Number.isNaN(when.getTime()) ? { givenAt: t('error.invalid') } : when.getTime() > Date.now() + 60_000 ? { givenAt: t('statements.record.future') } : {}),
    };
    setErrors(problems);
    if (deputyId === null || Object.keys(problems).length > 0) return;
    if (await actions.record(deputyId, { channel, givenAt: when.toISOString() })) {
      setDeputyId(null);
      setInput('');
    }
  };

  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">{t('statements.record.title')}</h2>
      <p>{t('statements.record.intro', { number: current?.number ?? 0 })}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ComboBox
          className="field"
          items={candidates}
          value={deputyId}
          onChange={(key: Key | null) => {
            setDeputyId(key === null ? null : String(key));
            if (key !== null) setInput(deputies?.find((deputy) => deputy.id === key)?.name ?? '');
            setErrors((all) => ({ ...all, deputy: undefined }));
          }}
          inputValue={input}
          onInputChange={setInput}
          disabledKeys={[...signedNow]}
          isInvalid={errors.deputy !== undefined}
          validationBehavior="aria"
        >
          <Label className="field-label">{t('statements.record.deputy')}</Label>
          <Input className="field-control" placeholder={t('statements.record.deputyPlaceholder')} />
          <FieldError className="field-error">{errors.deputy}</FieldError>
          <Popover className="popover">
            <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{t('statements.record.noMatches')}</p>}>
              {(deputy: Deputy) => (
                <ListBoxItem id={deputy.id} textValue={deputy.name} className="listbox-item">
                  {deputy.name}
                  {signedNow.has(deputy.id) ? <span className="listbox-item-hint">{t('statements.record.alreadySigned')}</span> : null}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <RadioChoice<Channel> legend={t('statements.record.channel')} choices={CHANNELS.map((value) => ({ value, label: t(`statements.channel.${value}`) }))} value={channel} onChange={setChannel} />
        <div className="field field-narrow-wide">
          <label className="field-label" htmlFor="record-given-at">
            {t('statements.record.givenAt')}
          </label>
          <input
            id="record-given-at"
            className="field-control"
            type="datetime-local"
            value={givenAt}
            max={localNow()}
            aria-invalid={errors.givenAt ? true : undefined}
            aria-describedby={errors.givenAt ? 'record-given-at-error' : undefined}
            onChange={(event) => setGivenAt(event.target.value)}
          />
          {errors.givenAt ? (
            <p className="field-error" id="record-given-at-error">
              {errors.givenAt}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={actions.busy}>
            {t('statements.record.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
