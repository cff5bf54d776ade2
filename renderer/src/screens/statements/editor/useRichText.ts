import { useEditor, useEditorState, type Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useCallback, useId, useRef, useState } from 'react';
import type { Language } from '../../../../../shared/schema/common';
import { takeCaretFromPage } from './caretFromPage';
import { richTextExtensions } from './extensions';

export interface RichText {
  editor: Editor;
  /** Ids of the visible label and of the hint (the shortcuts), which the editable area refers to. */
  labelId: string;
  hintId: string;
  /** Whether the link form is open (the toolbar's "Link" button, or Ctrl+K / ⌘K in the text). */
  linkOpen: boolean;
  setLinkOpen: (open: boolean) => void;
  /** True when the text differs from what was loaded or last marked saved. */
  dirty: boolean;
  /** Takes the current text as the saved one (after a save). */
  markSaved: () => void;
  /**
   * The text as it is now, and a way to take exactly that text as the saved one once the save
   * succeeds — what is typed while the save is under way stays unsaved.
   */
  snapshot: () => { html: string; markSaved: () => void };
}

/**
 * A TipTap editor for a statement text stored as HTML. The editable area is a labelled,
 * multi-line textbox in the statement's language (for spelling and the screen reader's voice).
 */
export function useRichText(content: string, lang: Language): RichText {
  const labelId = useId();
  const hintId = useId();
  const [linkOpen, setLinkOpen] = useState(false);
  const baseline = useRef<ProseMirrorNode | null>(null);
  const editor = useEditor(
    {
      extensions: richTextExtensions({ onLinkShortcut: () => setLinkOpen(true) }),
      content,
      // TipTap would add its base rules as an inline <style>, which the strict CSP (style-src
      // 'self') refuses; the same rules ship in statements.css instead.
      injectCSS: false,
      editorProps: {
        handleKeyDown: takeCaretFromPage,
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          'aria-describedby': hintId,
          lang,
          spellcheck: 'true',
          class: 'stmt-rich-text-editable',
        },
      },
      onCreate: ({ editor: created }) => {
        baseline.current = created.state.doc;
      },
    },
    [],
  );
  const dirty = useEditorState({
    editor,
    // Unchanged parts of a ProseMirror document are shared, so this comparison is cheap.
    selector: ({ editor: current }) => baseline.current !== null && !current.state.doc.eq(baseline.current),
  });
  const takeAsSaved = useCallback(
    (doc: ProseMirrorNode) => {
      baseline.current = doc;
      // An empty transaction makes the editor state hooks (dirty, the toolbar) look again.
      editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
    },
    [editor],
  );
  const markSaved = useCallback(() => takeAsSaved(editor.state.doc), [editor, takeAsSaved]);
  const snapshot = useCallback(() => {
    const doc = editor.state.doc;
    return { html: editor.getHTML(), markSaved: () => takeAsSaved(doc) };
  }, [editor, takeAsSaved]);
  return { editor, labelId, hintId, linkOpen, setLinkOpen, dirty, markSaved, snapshot };
}
