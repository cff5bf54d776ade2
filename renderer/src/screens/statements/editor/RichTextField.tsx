import { EditorContent } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { EditorToolbar, shortcutList } from './EditorToolbar';
import { LinkForm } from './LinkForm';
import type { RichText } from './useRichText';

interface Props {
  rich: RichText;
  label: string;
}

/** A labelled rich-text field: toolbar, link form when asked for, the text, and the shortcuts hint. */
export function RichTextField({ rich, label }: Props) {
  const { t } = useTranslation();
  const { editor, labelId, hintId, linkOpen, setLinkOpen } = rich;

  return (
    <div className="stmt-rich-text-field">
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <EditorToolbar editor={editor} linkOpen={linkOpen} onLink={() => setLinkOpen(!linkOpen)} />
      {linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
      <EditorContent editor={editor} className="stmt-rich-text-frame" />
      <p className="field-hint" id={hintId}>
        {t('statements.editor.shortcuts', { list: shortcutList(t) })}
      </p>
    </div>
  );
}
