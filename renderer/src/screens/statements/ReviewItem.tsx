import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Principle } from '../../../../shared/schema/collections';

export type Verdict = 'upholds' | 'not_relevant' | 'tension';
const VERDICTS: readonly Verdict[] = ['upholds', 'not_relevant', 'tension'];

interface Props {
  principle: Principle;
  verdict: Verdict | null;
  note: string;
  noteError?: string;
  disabled: boolean;
  noteRef: (element: HTMLTextAreaElement | null) => void;
  onChange: (change: { verdict?: Verdict; note?: string }) => void;
}

/** One principle of the review: three native radio buttons, and the note when in tension. */
export function ReviewItem({ principle, verdict, note, noteError, disabled, noteRef, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const summaryId = `${id}-summary`;
  return (
    <fieldset className={`stmt-review-item${verdict === null ? ' is-missing' : ''}`} aria-describedby={principle.summary ? summaryId : undefined} disabled={disabled}>
      <legend className="stmt-review-principle">{t('statements.review.principle', { number: principle.number, title: principle.title })}</legend>
      {principle.summary ? (
        <p className="field-hint" id={summaryId}>
          {principle.summary}
        </p>
      ) : null}
      <div className="choice-list">
        {VERDICTS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={id} value={value} checked={verdict === value} onChange={() => onChange({ verdict: value })} />
            {t(`statements.review.verdict.${value}`)}
          </label>
        ))}
      </div>
      {verdict === null ? <p className="stmt-review-missing">{t('statements.review.missing')}</p> : null}
      {verdict === 'tension' ? (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-note`}>
            {t('statements.review.note')}
          </label>
          <textarea
            id={`${id}-note`}
            ref={noteRef}
            className="field-control"
            rows={3}
            value={note}
            required
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${id}-error` : undefined}
            onChange={(event) => onChange({ note: event.target.value })}
          />
          {noteError ? (
            <p className="field-error" id={`${id}-error`}>
              {noteError}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
