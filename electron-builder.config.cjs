// electron-builder configuration (issue 9): installers for Linux (AppImage, deb), Windows (NSIS)
// and macOS (dmg). Run through the npm scripts (`npm run dist`, `dist:linux`, …), which build out/
// first. README "Building installers" explains offline builds (electronDist) and each fuse.
//
// CommonJS because package.json has "type": "module" and this file is loaded with require().

// PLACEHOLDERS until the project has a public home: the address and the maintainer mailbox.
// deb refuses to build without a homepage and a maintainer e-mail.
const homepage = 'https://alliancedesk.org';
const maintainer = 'Alliance Desk <team@alliancedesk.org>';

const description = {
  en: 'Shared positions, joint statements and position summaries for an alliance of independent municipal deputies.',
  ru: 'Общие позиции, совместные заявления и сводки позиций для объединения независимых муниципальных депутатов.',
};

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.alliancedesk.app',
  productName: 'Alliance Desk',
  copyright: 'Copyright © Alliance Desk contributors',

  directories: {
    buildResources: 'build', // icons only (DESIGN.md §5)
    output: 'dist', // electron-vite writes out/; installers go to dist/
  },

  // Only the built app: main, preload, renderer and CLI bundles from out/, plus package.json.
  // Runtime dependencies (package.json "dependencies") are added by electron-builder itself;
  // devDependencies never are. No sources, tests or source maps.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'out/cli/**',
    'package.json',
    '!**/*.map',
    '!**/*.ts', // also drops the .d.ts files of dependencies
    '!**/*.d.{cts,mts}',
    // Type declarations that a runtime dependency lists as a dependency (docx → @types/node →
    // undici-types): nothing runs them.
    '!**/node_modules/@types/**',
    '!**/node_modules/undici-types/**',
  ],
  asar: true,
  // Fields written into the packaged package.json (not into ours).
  extraMetadata: {
    homepage,
    author: { name: 'Alliance Desk', email: 'team@alliancedesk.org', url: homepage },
    // Electron uses desktopName as the Linux app_id / WM_CLASS; matching the .desktop file name
    // lets the desktop group the running window with its launcher (see linux.syncDesktopName).
    desktopName: 'alliance-desk.desktop',
  },

  // No auto-update and no publishing: the app makes no network request it was not asked to make.
  // With publish null electron-builder writes no app-update.yml and nothing checks for updates.
  publish: null,

  // Fuses: feature switches inside the Electron binary, flipped by electron-builder (through
  // @electron/fuses) right after packing and before signing, so the signature covers them.
  electronFuses: {
    // Off: ELECTRON_RUN_AS_NODE would turn the signed app binary into a plain Node.js interpreter
    // that runs any script, with the app's identity and permissions. We never fork the main
    // process (the CLI ships separately and runs with the system's node).
    runAsNode: false,
    // Off: NODE_OPTIONS (and NODE_EXTRA_CA_CERTS) would let anyone who can set an environment
    // variable inject code (--require) or trust extra certificates in the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // Off: --inspect / --inspect-brk (and SIGUSR1) would open a debugger port through which
    // another local process could read the deputies' data and run code in the main process.
    enableNodeCliInspectArguments: false,
    // On: Chromium's cookie store is encrypted with the OS keychain, like Chrome's. The app keeps
    // no cookies today; this keeps any future session data off the disk in plain text (a laptop
    // can be lost or seized). One-way: never turn it off again once shipped.
    enableCookieEncryption: true,
    // On: load the app only from resources/app.asar, never from a loose resources/app folder
    // that someone could drop beside it.
    onlyLoadAppFromAsar: true,
    // On: Electron checks app.asar against the hash electron-builder embeds in the binary
    // (macOS since Electron 16, Windows since 30; no effect on Linux), so a tampered archive is
    // refused. With onlyLoadAppFromAsar, no unvalidated code can be loaded.
    enableEmbeddedAsarIntegrityValidation: true,
    // Off: file:// pages get no privileges beyond a browser's. The app loads nothing over file://:
    // the renderer is served from the app:// protocol (electron/main/app-protocol.ts), confined to
    // out/renderer, and the PDF print page from memory through the same protocol.
    grantFileProtocolExtraPrivileges: false,
    // Off (the default): no separate V8 snapshot for the browser process.
    loadBrowserProcessSpecificV8Snapshot: false,
  },

  // Exchange bundles: double-clicking a .adbundle opens Alliance Desk on its import preview
  // (electron/main/open-file-args.ts picks the path out of argv / macOS 'open-file').
  fileAssociations: [
    {
      ext: 'adbundle',
      name: 'Alliance Desk bundle',
      description: 'Alliance Desk exchange bundle / Пакет обмена Alliance Desk',
      mimeType: 'application/x-alliance-desk-bundle',
      role: 'Editor',
    },
  ],

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'alliance-desk',
    icon: 'icons', // build/icons/NxN.png, rendered by `npm run icon`
    category: 'Office',
    maintainer,
    vendor: 'Alliance Desk',
    synopsis: 'Positions and joint statements of a deputies’ alliance',
    description: `${description.en}\n\n${description.ru}`,
    syncDesktopName: true,
    desktop: {
      entry: {
        Name: 'Alliance Desk',
        GenericName: 'Deputies’ alliance desk',
        'GenericName[ru]': 'Рабочее место объединения депутатов',
        'Comment[ru]': description.ru,
        Keywords: 'deputy;council;alliance;position;statement;',
        'Keywords[ru]': 'депутат;совет;объединение;позиция;заявление;',
      },
    },
  },
  deb: {
    // The Debian package description: a one-line synopsis, then the long text (both languages).
    synopsis: 'Positions and joint statements of a deputies’ alliance / позиции и заявления депутатов',
    priority: 'optional',
  },

  win: {
    target: ['nsis'],
    icon: 'icon.ico', // rendered by `npm run icon`
  },
  nsis: {
    oneClick: false, // a deputy sees where it installs and can choose
    perMachine: false, // per-user: no administrator rights needed on a personal laptop
    allowToChangeInstallationDirectory: true,
    multiLanguageInstaller: true,
    installerLanguages: ['ru_RU', 'en_US'],
    deleteAppDataOnUninstall: false, // workspaces and settings are the user's data
  },

  mac: {
    target: ['dmg'],
    icon: 'icon.icns', // rendered by `npm run icon`
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: {
    title: '${productName} ${version}',
  },
};
