/**
 * jsdom lays nothing out, and ProseMirror measures the selection to scroll it into view: give
 * ranges and the document the few geometry methods it calls, as empty boxes.
 */
export function installEditorDomShims(): void {
  const emptyRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
  const emptyList = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= emptyRect;
  Range.prototype.getClientRects ??= emptyList;
  document.elementFromPoint ??= () => null;
}
