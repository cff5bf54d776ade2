import { JSDOM } from 'jsdom';

/** The part of the DOM that tests read from a parsed HTML page or XML part. */
export interface MarkupElement {
  readonly tagName: string;
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly children: ArrayLike<MarkupElement>;
  getAttributeNS(namespace: string | null, name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<MarkupElement>;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<MarkupElement>;
  querySelector(selector: string): MarkupElement | null;
  querySelectorAll(selector: string): ArrayLike<MarkupElement>;
}

export interface MarkupDocument extends MarkupElement {
  readonly head: MarkupElement;
  readonly body: MarkupElement;
}

/** An HTML page as a browser parses it. */
export function parseHtml(html: string): MarkupDocument {
  return new JSDOM(html).window.document;
}

/** An XML document; a malformed one throws. */
export function parseXml(xml: string, name: string): MarkupDocument {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error(`${name} is not well-formed XML`);
  return document;
}
