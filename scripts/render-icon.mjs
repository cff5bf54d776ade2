// `npm run icon`: rasterizes build/icon.svg (the one source) into everything electron-builder needs,
// so packaging never has to convert icons itself (its converter is a tool it downloads at build time):
//   build/icon.png        1024×1024, the master PNG
//   build/icons/NxN.png   the Linux icon set (AppImage, deb)
//   build/icon.ico        Windows (NSIS, the .exe), PNG-compressed entries 16…256
//   build/icon.icns       macOS (dmg, the .app), PNG-compressed entries 16…1024
// Rasterizer: @resvg/resvg-js (an npm package with a prebuilt binary; no Debian tool needed).
//
// `npm run icon -- --preview` also renders docs/screenshots/icon-sizes.png: the icon at 16, 32, 64
// and 256 px on a light and a dark taskbar, in Debian's Chromium through playwright-core.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const svg = readFileSync(path.join(buildDir, 'icon.svg'));

/** One PNG of the icon, `size` pixels square. */
function render(size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const png = new Map(sizes.map((size) => [size, render(size)]));

mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
writeFileSync(path.join(buildDir, 'icon.png'), png.get(1024));
for (const size of sizes) writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png.get(size));
writeFileSync(path.join(buildDir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => [size, png.get(size)])));
writeFileSync(
  path.join(buildDir, 'icon.icns'),
  icns([
    ['icp4', 16],
    ['icp5', 32],
    ['ic11', 32], // 16@2x
    ['icp6', 64],
    ['ic12', 64], // 32@2x
    ['ic07', 128],
    ['ic08', 256],
    ['ic13', 256], // 128@2x
    ['ic09', 512],
    ['ic14', 512], // 256@2x
    ['ic10', 1024], // 512@2x
  ].map(([type, size]) => [type, png.get(size)])),
);
console.log(`icon: wrote build/icon.png, build/icons/{${sizes.join(',')}}, build/icon.ico, build/icon.icns`);

/** ICO container with PNG entries (Windows Vista and later read these). */
function ico(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(entries.length, 4);
  const directory = Buffer.alloc(16 * entries.length);
  let offset = header.length + directory.length;
  entries.forEach(([size, data], i) => {
    const at = i * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(data.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, directory, ...entries.map(([, data]) => data)]);
}

/** ICNS container: 'icns' + total length, then (type, length incl. 8-byte header, PNG data) chunks. */
function icns(entries) {
  const chunks = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

if (process.argv.includes('--preview')) await preview();

/** docs/screenshots/icon-sizes.png: what a deputy sees in a taskbar, a file manager and a dock. */
async function preview() {
  const { chromium } = await import('playwright-core');
  const dataUrl = (size) => `data:image/png;base64,${png.get(size).toString('base64')}`;
  const cell = (size) =>
    `<figure><img src="${dataUrl(size)}" width="${size}" height="${size}" alt=""><figcaption>${size} px</figcaption></figure>`;
  const row = (theme) => `<section class="${theme}">${[16, 32, 64, 256].map(cell).join('')}</section>`;
  // The 16 px rendering again, magnified with hard pixel edges, to judge it pixel by pixel.
  const zoom = `<figure><img src="${dataUrl(16)}" width="128" height="128" style="image-rendering: pixelated" alt=""><figcaption>16 px, ×8</figcaption></figure>`;
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; font: 13px sans-serif; background: #fff; }
    section { display: flex; align-items: flex-end; gap: 32px; padding: 20px 24px; }
    .light { background: #eef0f3; color: #333; } .dark { background: #202124; color: #ddd; }
    figure { margin: 0; display: flex; flex-direction: column; align-items: center; gap: 8px; }
  </style>${row('light')}${row('dark')}<section class="light">${zoom}</section>`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 560, height: 200 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    const out = path.join(root, 'docs', 'screenshots', 'icon-sizes.png');
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    console.log('icon: wrote docs/screenshots/icon-sizes.png');
  } finally {
    await browser.close();
  }
}
