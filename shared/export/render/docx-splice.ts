import { strFromU8, strToU8, unzipSync, zip, type Zippable } from 'fflate';

const DOCUMENT_PART = 'word/document.xml';

/**
 * Replaces each placeholder paragraph (one holding a marker's text) in the packed DOCX with the
 * given WordprocessingML, and zips the package again. Placeholders are top-level paragraphs,
 * which never nest, so the paragraph is the nearest <w:p> before the marker and </w:p> after it.
 */
export function spliceIntoDocx(packed: Uint8Array, replacements: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const files = unzipSync(packed);
  const part = files[DOCUMENT_PART];
  if (!part) throw new Error(`the DOCX package has no ${DOCUMENT_PART}`);
  const xml = strFromU8(part);
  const pieces: string[] = [];
  let cursor = 0;
  const found = [...replacements.keys()]
    .map((marker) => ({ marker, at: xml.indexOf(marker) }))
    .sort((a, b) => a.at - b.at);
  for (const { marker, at } of found) {
    if (at === -1) throw new Error(`placeholder ${marker} not found in the DOCX`);
    const open = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const close = xml.indexOf('</w:p>', at);
    if (open === -1 || close === -1 || open < cursor) throw new Error(`placeholder ${marker} is not in a paragraph of its own`);
    pieces.push(xml.slice(cursor, open), replacements.get(marker)!);
    cursor = close + '</w:p>'.length;
  }
  pieces.push(xml.slice(cursor));
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = name === DOCUMENT_PART ? strToU8(pieces.join('')) : data;
  // Compressed off the main thread (fflate uses a worker), so a large export never freezes the app.
  return new Promise((resolve, reject) => zip(zippable, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))));
}
