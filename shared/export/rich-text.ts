import type { Block, Inline } from './model/schema';

/**
 * A statement body (the editor's HTML, or ProseMirror/TipTap JSON, or plain text) as export
 * blocks: headings, paragraphs, quotes, lists, bold, italic and links. Everything else is reduced
 * to its text, so nothing from the body can inject markup into an export.
 */
export function richTextToBlocks(body: string): Block[] {
  const trimmed = body.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{')) {
    try {
      const doc = JSON.parse(trimmed) as unknown;
      if (isNode(doc) && doc.type === 'doc') return fromProseMirror(doc);
    } catch {
      // not JSON after all: read it as text below
    }
  }
  if (/<[a-zA-Z!/]/.test(trimmed)) return fromHtml(trimmed);
  return trimmed.split(/\n\s*\n/).map((chunk) => ({ type: 'paragraph', runs: [{ text: chunk.trim() }] }));
}

/** Links keep only http(s) and mailto targets; a javascript: or file: link becomes plain text. */
export function safeHref(href: string | undefined): string | undefined {
  const value = href?.trim();
  return value && /^(https?:\/\/|mailto:)/i.test(value) ? value : undefined;
}

interface Marks {
  bold: number;
  italic: number;
  links: (string | undefined)[];
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private current: { kind: 'paragraph' | 'heading' | 'item'; runs: Inline[]; level?: 3 | 4; quote: boolean } | undefined;
  private readonly lists: { ordered: boolean; items: Inline[][] }[] = [];
  readonly marks: Marks = { bold: 0, italic: 0, links: [] };
  quoteDepth = 0;

  start(kind: 'paragraph' | 'heading' | 'item', level?: 3 | 4): void {
    this.flush();
    // Inside a list every paragraph is (part of) an item: <li><p>…</p></li>.
    const effective = kind === 'paragraph' && this.lists.length > 0 ? 'item' : kind;
    this.current = { kind: effective, runs: [], ...(level ? { level } : {}), quote: this.quoteDepth > 0 };
  }

  text(raw: string, preserveBreaks = false): void {
    const text = preserveBreaks ? raw : raw.replace(/\s+/g, ' ');
    if (!this.current) {
      if (text.trim() === '') return;
      this.start('paragraph');
    }
    const href = this.marks.links.at(-1);
    const run: Inline = { text, ...(this.marks.bold ? { bold: true } : {}), ...(this.marks.italic ? { italic: true } : {}), ...(href ? { href } : {}) };
    const last = this.current!.runs.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
    else this.current!.runs.push(run);
  }

  openList(ordered: boolean): void {
    this.flush();
    this.lists.push({ ordered, items: [] });
  }

  closeList(): void {
    this.flush();
    const list = this.lists.pop();
    if (list && list.items.length > 0) this.blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
  }

  flush(): void {
    const current = this.current;
    this.current = undefined;
    if (!current) return;
    const runs = tidy(current.runs);
    if (runs.length === 0) return;
    if (current.kind === 'heading') this.blocks.push({ type: 'heading', level: current.level ?? 3, text: runs.map((run) => run.text).join('') });
    else if (current.kind === 'item' && this.lists.length > 0) this.lists.at(-1)!.items.push(runs);
    else this.blocks.push({ type: 'paragraph', runs, ...(current.quote ? { tone: 'quote' as const } : {}) });
  }

  finish(): Block[] {
    this.flush();
    while (this.lists.length > 0) this.closeList();
    return this.blocks;
  }
}

/** Trims the paragraph's outer whitespace and drops empty runs. */
function tidy(runs: Inline[]): Inline[] {
  const out = runs.filter((run) => run.text !== '');
  if (out.length === 0) return out;
  out[0] = { ...out[0]!, text: out[0]!.text.replace(/^[ \t]+/, '') };
  out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text.replace(/[ \t]+$/, '') };
  return out.filter((run) => run.text !== '');
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)|</g;
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title']);

function fromHtml(html: string): Block[] {
  const out = new BlockCollector();
  let skipping: string | undefined;
  for (const match of html.matchAll(TOKEN)) {
    const [whole, slash, rawTag, attrs, text] = match;
    if (text !== undefined || whole === '<') {
      if (!skipping) out.text(decodeEntities(text ?? whole));
      continue;
    }
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    const closing = slash === '/';
    if (skipping) {
      if (closing && tag === skipping) skipping = undefined;
      continue;
    }
    if (SKIPPED.has(tag)) {
      if (!closing && !/\/\s*$/.test(attrs ?? '')) skipping = tag;
      continue;
    }
    onTag(out, tag, closing, attrs ?? '');
  }
  return out.finish();
}

function onTag(out: BlockCollector, tag: string, closing: boolean, attrs: string): void {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return closing ? out.flush() : out.start('heading', Number(heading[1]) <= 2 ? 3 : 4);
  switch (tag) {
    case 'p':
    case 'div':
      return closing ? out.flush() : out.start('paragraph');
    case 'li':
      return closing ? out.flush() : out.start('item');
    case 'ul':
    case 'ol':
      return closing ? out.closeList() : out.openList(tag === 'ol');
    case 'blockquote':
      out.flush();
      out.quoteDepth = Math.max(0, out.quoteDepth + (closing ? -1 : 1));
      return;
    case 'br':
      return out.text('\n', true);
    case 'strong':
    case 'b':
      out.marks.bold = Math.max(0, out.marks.bold + (closing ? -1 : 1));
      return;
    case 'em':
    case 'i':
      out.marks.italic = Math.max(0, out.marks.italic + (closing ? -1 : 1));
      return;
    case 'a':
      if (closing) out.marks.links.pop();
      else out.marks.links.push(safeHref(decodeEntities(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs)?.slice(1).find((v) => v !== undefined) ?? '')));
      return;
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', copy: '©', shy: '' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

interface PmNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: PmNode[];
}

function isNode(value: unknown): value is PmNode {
  return typeof value === 'object' && value !== null && typeof (value as PmNode).type === 'string';
}

function fromProseMirror(doc: PmNode): Block[] {
  const out = new BlockCollector();
  const walk = (node: PmNode): void => {
    const children = Array.isArray(node.content) ? node.content.filter(isNode) : [];
    switch (node.type) {
      case 'text': {
        const marks = node.marks ?? [];
        const bold = marks.some((mark) => mark.type === 'bold' || mark.type === 'strong');
        const italic = marks.some((mark) => mark.type === 'italic' || mark.type === 'em');
        const link = marks.find((mark) => mark.type === 'link');
        if (bold) out.marks.bold += 1;
        if (italic) out.marks.italic += 1;
        if (link) out.marks.links.push(safeHref(typeof link.attrs?.href === 'string' ? link.attrs.href : undefined));
        out.text(typeof node.text === 'string' ? node.text : '', true);
        if (bold) out.marks.bold -= 1;
        if (italic) out.marks.italic -= 1;
        if (link) out.marks.links.pop();
        return;
      }
      case 'hardBreak':
        return out.text('\n', true);
      case 'heading':
        out.start('heading', Number(node.attrs?.level ?? 2) <= 2 ? 3 : 4);
        children.forEach(walk);
        return out.flush();
      case 'paragraph':
        out.start('paragraph');
        children.forEach(walk);
        return out.flush();
      case 'bulletList':
      case 'orderedList':
        out.openList(node.type === 'orderedList');
        children.forEach(walk);
        return out.closeList();
      case 'listItem':
        children.forEach(walk);
        return out.flush();
      case 'blockquote':
        out.flush();
        out.quoteDepth += 1;
        children.forEach(walk);
        out.flush();
        out.quoteDepth -= 1;
        return;
      default:
        children.forEach(walk);
    }
  };
  walk(doc);
  return out.finish();
}
