import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Brings the editor's selection to where the caret is on the page, before a key is handled.
 *
 * ProseMirror learns of caret moves the browser makes itself (End, Home, a click) from the
 * "selectionchange" event, and Chromium queues that event behind input: a key pressed right after
 * such a move can arrive first, and Enter would then split the paragraph where the caret used to
 * be, so the next words land inside an earlier one. Reading the page's selection here makes every
 * key act where the user sees the caret. Always returns false: the key is handled as usual after.
 */
export function takeCaretFromPage(view: EditorView): boolean {
  const { selection, doc } = view.state;
  // Composition (an IME) and node or whole-document selections are ProseMirror's own business.
  if (view.composing || !(selection instanceof TextSelection) || !view.hasFocus()) return false;
  const page = view.dom.ownerDocument.getSelection();
  if (!page?.anchorNode || !page.focusNode || !view.dom.contains(page.anchorNode) || !view.dom.contains(page.focusNode)) return false;
  let anchor: number;
  let head: number;
  try {
    // Bias 1, as ProseMirror reads the selection itself: a position between nodes counts as after.
    head = view.posAtDOM(page.focusNode, page.focusOffset, 1);
    anchor = page.isCollapsed ? head : view.posAtDOM(page.anchorNode, page.anchorOffset, 1);
  } catch {
    // A node ProseMirror does not map (its own widgets): leave the selection as it is.
    return false;
  }
  if (anchor === selection.anchor && head === selection.head) return false;
  view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
  return false;
}
