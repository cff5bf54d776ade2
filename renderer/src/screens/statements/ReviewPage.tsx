import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { EntityOf } from '../../../../shared/schema/collections';
import { reviewGaps } from '../../../../shared/statements/workflow';
import { call } from '../../api/client';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import { ReviewItem, type Verdict } from './ReviewItem';
import { isReviewEditable, useStatement } from './statementContext';

type Check = EntityOf<'statements'>['review'][number];
interface Draft {
  verdict: Verdict | null;
  note: string;
}

/**
 * /statements/:id/review — the principle review: for each principle, upheld / not relevant / in
 * tension (with a note saying why). It must be complete before the statement opens for signature.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { statement, principles } = useStatement();
  const editable = isReviewEditable(statement);
  const saved = new Map(statement.review.map((check) => [check.principleId, check]));
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(principles.map((p) => [p.id, { verdict: saved.get(p.id)?.verdict ?? null, note: saved.get(p.id)?.note ?? '' }])),
  );
  const [noteErrors, setNoteErrors] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const notes = useRef(new Map<string, HTMLTextAreaElement | null>());

  const draftOf = (id: string): Draft => drafts[id] ?? { verdict: null, note: '' };
  const checks: Check[] = principles.flatMap((p) => {
    const draft = draftOf(p.id);
    return draft.verdict ? [{ principleId: p.id, verdict: draft.verdict, note: draft.verdict === 'tension' ? draft.note.trim() : '' }] : [];
  });
  const done = principles.length - reviewGaps(checks, principles.map((p) => p.id)).length;

  const update = (id: string, change: Partial<Draft>) => {
    setDrafts((all) => ({ ...all, [id]: { ...draftOf(id), ...change } }));
    setNoteErrors((errors) => {
      const next = new Set(errors);
      next.delete(id);
      return next;
    });
  };

  const save = async () => {
    // A tension without a reason is no review at all: said at the note, nothing saved.
    const missing = checks.filter((check) => check.verdict === 'tension' && check.note === '').map((check) => check.principleId);
    if (missing.length > 0) {
      setNoteErrors(new Set(missing));
      notes.current.get(missing[0]!)?.focus();
      announce(t('errors.formHasErrors', { count: missing.length }), 'error');
      return;
    }
    setSaving(true);
    try {
      await call('statements:setReview', { statementId: statement.id, review: checks });
      announce(t('statements.review.saved', { done: checks.length, total: principles.length }));
    } catch (failure) {
      announce(statementErrorText(t, failure), 'error');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t('statements.review.title')}</h2>
      <p>{t('statements.review.intro')}</p>
      <p className="stmt-review-progress" role="status">
        {t('statements.review.progress', { done, total: principles.length })}
      </p>
      {!editable ? <p className="stmt-note">{t('statements.review.locked')}</p> : null}
      {principles.length === 0 ? <p className="muted">{t('statements.review.noPrinciples')}</p> : null}
      <form
        className="form stmt-form-wide"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {principles.map((principle) => (
          <ReviewItem
            key={principle.id}
            principle={principle}
            verdict={draftOf(principle.id).verdict}
            note={draftOf(principle.id).note}
            noteError={noteErrors.has(principle.id) ? t('error.tensionNote') : undefined}
            disabled={!editable}
            noteRef={(element) => notes.current.set(principle.id, element)}
            onChange={(change) => update(principle.id, change)}
          />
        ))}
        {editable ? (
          <div className="form-actions">
            <Button type="submit" className="button button-primary" isDisabled={saving}>
              {saving ? t('common.saving') : t('statements.review.save')}
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
