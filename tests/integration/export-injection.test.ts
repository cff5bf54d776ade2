import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter, findChromium } from '../../electron/export/chromium-printer';
import { loadEmbeddedFonts } from '../../electron/export/fonts';
import { buildExportDocument } from '../../shared/export/build';
import { emptyExportData, type ExportData } from '../../shared/export/input';
import type { ExportDocument } from '../../shared/export/model/schema';
import { renderDocx } from '../../shared/export/render/docx';
import { renderHtml } from '../../shared/export/render/html';
import { renderMarkdown } from '../../shared/export/render/markdown';
import { docxDocument, docxPart } from '../support/docx-tables';
import { parseHtml, parseXml, type MarkupDocument } from '../support/markup';

/** A local server that counts every request: a print that fetched or navigated anywhere shows up here. */
let server: Server;
let base = '';
const hits: string[] = [];
let dir = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('<h1>FETCHED</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  dir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-injection-'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const FORGED_STYLE = '</style><h2>FORGED</h2><style>';
const refresh = () => `<meta http-equiv="refresh" content="0;url=${base}refresh">`;
const image = () => `<img src="${base}img" onerror="alert(1)">`;

const at = '2024-01-01T00:00:00.000Z';
const rec = <T extends object>(id: string, fields: T) => ({ id, createdAt: at, updatedAt: at, ...fields });

/** One district, one deputy and one issue with a stance; the names are given. */
function data(names: { alliance: string; deputy: string; issue: string; reasons: string }): ExportData {
  return {
    ...emptyExportData(names.alliance),
    districts: [rec('d1', { name: 'Черёмушки', region: 'Москва', okrug: 'ЮЗАО', kind: 'municipal_okrug' as const, builtIn: true })],
    deputies: [rec('dep1', { name: names.deputy, districtId: 'd1', councilRole: 'member' as const, status: 'active' as const, groupIds: [] })],
    issues: [
      rec('i1', { title: names.issue, category: 'healthcare' as const, districtIds: ['d1'], description: names.reasons, status: 'open' as const, sources: [], tags: [], principleIds: [] }),
    ],
    positions: [
      rec('pos1', {
        issueId: 'i1',
        deputyId: 'dep1',
        stance: 'oppose' as const,
        reasons: names.reasons,
        principleChecks: [],
        provenance: { enteredBy: 'dep1', channel: 'self' as const, confirmed: true },
      }),
    ],
  };
}

const options = { lang: 'ru' as const, generatedAt: '2024-03-14T09:00:00.000Z', timeZone: 'Europe/Moscow' };
const hostileNames = () => ({
  alliance: `Союз ${FORGED_STYLE} ${refresh()}`,
  deputy: `Иванов ${image()}`,
  issue: `Сквер ${FORGED_STYLE}`,
  reasons: `${refresh()}\n${image()}\n# Заголовок?\n[ссылка](${base}md) <a href="${base}a">ещё</a>\n===`,
});
// As many lines of reasons as the hostile ones, so both documents have the same line breaks.
const plainNames = { alliance: 'Союз', deputy: 'Иванов', issue: 'Сквер', reasons: 'Доводы\nещё\nещё\nещё\nещё' };
const documentOf = (names: Parameters<typeof data>[0]): ExportDocument => buildExportDocument({ kind: 'issue', id: 'i1' }, data(names), options);

const tagTree = (document: MarkupDocument) => Array.from(document.querySelectorAll('*'), (element) => element.tagName);

describe('user text cannot add markup to an export', () => {
  it('the print HTML has exactly the element tree of the same document with plain names', async () => {
    const fonts = await loadEmbeddedFonts();
    const hostile = parseHtml(renderHtml(documentOf(hostileNames()), { fonts }));
    expect(tagTree(hostile)).toEqual(tagTree(parseHtml(renderHtml(documentOf(plainNames), { fonts }))));
    expect(Array.from(hostile.head.children, (element) => element.tagName)).toEqual(['META', 'META', 'TITLE', 'STYLE']);
    expect(hostile.querySelectorAll('meta[http-equiv="refresh"], img, iframe, script, link, a, h2 + style')).toHaveLength(0);
    expect(Array.from(hostile.querySelectorAll('h1, h2, h3'), (heading) => heading.textContent)).not.toContain('FORGED');
    // The names are there as text, whole.
    const text = hostile.body.textContent ?? '';
    for (const name of Object.values(hostileNames()).flatMap((value) => value.split('\n'))) expect(text).toContain(name);
    // And the running header names the alliance in CSS without a "<" that could close the style sheet.
    const css = hostile.querySelector('style')!.textContent ?? '';
    expect(css).not.toContain('<');
    expect(css).toMatch(/@top-left\{content:"Союз \\3c \\2f style\\3e \\3c h2\\3e FORGED/);
  });

  it('the Markdown has no raw HTML, no links and no headings but its own', () => {
    const doc = documentOf(hostileNames());
    const md = renderMarkdown(doc);
    expect(md.replace(/<br>/g, '')).not.toMatch(/(?<!\\)[<>]/);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    const headings = md.split('\n').filter((line) => /^#{1,6} /.test(line));
    const ownHeadings = doc.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));
    expect(headings).toHaveLength(1 + ownHeadings.length);
    // No setext underline that would turn the line above it into a heading.
    expect(md).not.toMatch(/^(=+|-{2,})\s*$/m);
    expect(md).toContain('\\# Заголовок?');
  });

  it('the DOCX stays well-formed XML and carries the names as text', async () => {
    const file = path.join(dir, 'hostile.docx');
    await writeFile(file, await renderDocx(documentOf(hostileNames())));
    const document = await docxDocument(file);
    const text = Array.from(document.getElementsByTagName('w:t'), (node) => node.textContent).join('');
    expect(text).toContain(`Сквер ${FORGED_STYLE}`);
    expect(text).toContain(`Иванов ${image()}`);
    const core = parseXml(await docxPart(file, 'docProps/core.xml'), 'docProps/core.xml');
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe(hostileNames().alliance);
  });
});

const chromium = await findChromium().catch(() => undefined);
describe.skipIf(!chromium)('the Chromium printer prints only the document it is given', () => {
  const printer = new ChromiumPrinter(chromium);
  afterAll(() => printer.close());
  const pdfText = async (name: string, pdf: Uint8Array) => {
    const file = path.join(dir, name);
    await writeFile(file, pdf);
    return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
  };

  it('prints hostile names literally, with no forged heading and no request', async () => {
    hits.length = 0;
    const html = renderHtml(documentOf(hostileNames()), { fonts: await loadEmbeddedFonts() });
    const text = await pdfText('hostile.pdf', await printer.printHtmlToPdf(html));
    expect(text).toContain(FORGED_STYLE);
    expect(text).toContain(image());
    expect(text).toContain(refresh());
    expect(text.split('\n').map((line) => line.trim())).not.toContain('FORGED');
    expect(hits).toEqual([]);
  });

  it('refuses navigation and every request of an HTML that tries them, and prints that HTML', async () => {
    hits.length = 0;
    const html =
      `<!DOCTYPE html><html><head>${refresh()}<link rel="stylesheet" href="${base}css"><link rel="prefetch" href="${base}prefetch"></head>` +
      `<body><h1>ORIGINAL</h1>${image()}<iframe src="${base}frame"></iframe><object data="${base}object"></object>` +
      `<p style="background:url(${base}background)">text</p><script src="${base}script"></script></body></html>`;
    const text = await pdfText('refuses.pdf', await printer.printHtmlToPdf(html));
    expect(text).toContain('ORIGINAL');
    expect(text).not.toContain('FETCHED');
    expect(hits).toEqual([]);
  });
});
