import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { StatementVersion } from '../../../../shared/schema/collections';
import { call } from '../../api/client';
import { TextInput } from '../../components/TextInput';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import { RichTextField } from './editor/RichTextField';
import { useRichText } from './editor/useRichText';
import { isTextEditable, useStatement } from './statementContext';

/**
 * /statements/:id/edit — the title and the text. Saving makes a new version (with its author, time
 * and content hash); signatures of the version before then count as for an earlier text.
 */
export function StatementEditPage() {
  const { t } = useTranslation();
  const { statement, current, versions, signatures } = useStatement();
  // The version the editor was loaded from (a new editor for each), and the one its text is now
  // based on: the same until the user saves here, which keeps the editor (and the caret) as it is.
  const [loadedId, setLoadedId] = useState(current?.id);
  const [basedOnId, setBasedOnId] = useState(current?.id);
  // Versions this editor has saved over. Until the lists reload after a save, the statement still
  // names the version before it as current: that is this editor's own past, not news from elsewhere.
  const [savedOver, setSavedOver] = useState<readonly string[]>([]);
  const [dirty, setDirty] = useState(false);
  // A newer version from elsewhere (a restore, another laptop) replaces the text only while nothing
  // is being edited here; with unsaved edits the user is told instead.
  const elsewhere = current && current.id !== basedOnId && !savedOver.includes(current.id) ? current : undefined;
  if (elsewhere && !dirty) {
    setLoadedId(elsewhere.id);
    setBasedOnId(elsewhere.id);
  }

  if (!isTextEditable(statement)) {
    return (
      <section className="card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t('statements.edit.title')}</h2>
        <p>{t(statement.status === 'published' ? 'statements.edit.locked.published' : 'statements.edit.locked.withdrawn')}</p>
      </section>
    );
  }
  const loaded = versions.find((version) => version.id === loadedId);
  const currentSignatures = (signatures ?? []).filter((status) => status.state === 'current').length;
  return (
    <section className="card" aria-labelledby="edit-title">
      <h2 id="edit-title">{t('statements.edit.title')}</h2>
      {elsewhere ? (
        <p className="stmt-note" role="alert">
          {t('statements.edit.changedElsewhere', { number: elsewhere.number })}
        </p>
      ) : null}
      {loadedId && !loaded ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <Editor
          // A new editor for each version taken in: its undo history belongs to that text.
          key={loadedId ?? 'none'}
          statementId={statement.id}
          version={loaded}
          fallback={{ title: statement.title, body: statement.body }}
          lang={statement.language}
          currentSignatures={currentSignatures}
          onDirtyChange={setDirty}
          onSaved={(versionId) => {
            if (versionId === basedOnId) return;
            if (basedOnId) setSavedOver((ids) => [...ids, basedOnId]);
            setBasedOnId(versionId);
          }}
        />
      )}
    </section>
  );
}

interface EditorProps {
  statementId: string;
  version: StatementVersion | undefined;
  /** The statement's own title and body, for a statement saved without versions. */
  fallback: { title: string; body: string };
  lang: 'ru' | 'en';
  currentSignatures: number;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (versionId: string) => void;
}

function Editor({ statementId, version, fallback, lang, currentSignatures, onDirtyChange, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const rich = useRichText(version?.body ?? fallback.body, lang);
  const [savedTitle, setSavedTitle] = useState(version?.title ?? fallback.title);
  const [title, setTitle] = useState(savedTitle);
  const [titleError, setTitleError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const dirty = rich.dirty || title.trim() !== savedTitle.trim();

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = async () => {
    if (title.trim() === '') {
      setTitleError(t('error.required'));
      titleRef.current?.focus();
      return;
    }
    if (!dirty) {
      announce(t('statements.edit.nothingToSave'));
      return;
    }
    setSaving(true);
    // What is sent is what counts as saved: the user may go on typing while the save is under way.
    const sent = { title: title.trim(), text: rich.snapshot() };
    try {
      const saved = await call('statements:saveVersion', { statementId, title: sent.title, body: sent.text.html });
      sent.text.markSaved();
      setSavedTitle(sent.title);
      announce(t('statements.edit.saved', { number: Number(saved.number) }));
      onSaved(saved.id);
    } catch (failure) {
      announce(statementErrorText(t, failure), 'error');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="form stmt-form-wide"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextInput
        label={t('statements.edit.titleField')}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setTitleError(undefined);
        }}
        errorMessage={titleError}
        inputRef={titleRef}
      />
      <RichTextField rich={rich} label={t('statements.edit.body')} />
      {currentSignatures > 0 ? <p className="stmt-note">{t('statements.edit.staleWarning', { count: currentSignatures })}</p> : null}
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? t('common.saving') : t('statements.edit.save')}
        </Button>
        <p className="muted stmt-form-state">{dirty ? t('statements.edit.unsaved') : t('statements.edit.upToDate')}</p>
      </div>
    </form>
  );
}
