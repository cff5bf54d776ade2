// jsdom ships no types and the Node-side tests compile without the DOM library (tsconfig.node.json):
// these are the few members tests/support/markup.ts uses, typed by the shapes declared there.
declare module 'jsdom' {
  import type { MarkupDocument } from './markup';

  export class JSDOM {
    constructor(html?: string, options?: { contentType?: string });
    readonly window: {
      readonly document: MarkupDocument;
      readonly DOMParser: new () => { parseFromString(text: string, type: 'application/xml' | 'text/html'): MarkupDocument };
    };
  }
}
