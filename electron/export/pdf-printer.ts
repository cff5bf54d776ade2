/**
 * The seam PDF export prints through (DESIGN.md §7: PDF always comes from Chromium's printing).
 *
 * - CLI and tests: ChromiumPrinter (chromium-printer.ts) drives the machine's Chromium with
 *   playwright-core's page.pdf.
 * - The app: an Electron implementation belongs in electron/main (it needs `electron`, which this
 *   folder never imports). Sketch: a hidden, sandboxed BrowserWindow with javascript off; write
 *   the HTML to a temp file and loadFile it (data: URLs are size-limited); then
 *   webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true,
 *   generateDocumentOutline: true }) and close the window. Pass it as `printer` to exportSummary.
 *
 * The HTML is self-contained (fonts embedded, no scripts or external requests) and lays out A4,
 * the header and the page numbers itself with print CSS, so both printers give the same pages.
 */
export interface PdfPrinter {
  printHtmlToPdf(html: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
  /** Releases the browser, if the printer keeps one. */
  close(): Promise<void>;
}
