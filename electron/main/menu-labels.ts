import type { Language } from '../../shared/schema/common';

/** Texts of the native menu and dialogs, in the UI language; terms match the renderer's i18n ("пространство"). */
export interface MenuLabels {
  file: string;
  closeWorkspace: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  closeWindow: string;
  front: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  chooseFolderCreate: string;
  chooseFolderOpen: string;
  exportSummary: string;
  exportBundle: string;
  importBundle: string;
  saveExportTitle: string;
  saveBundleTitle: string;
  openBundleTitle: string;
  /** Names of the file types in the save and open dialogs, by extension. */
  fileTypes: Record<'pdf' | 'docx' | 'md' | 'csv' | 'json' | 'adbundle', string>;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  ru: {
    file: 'Файл',
    closeWorkspace: 'Закрыть пространство',
    quit: 'Выйти',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    reload: 'Перезагрузить',
    toggleDevTools: 'Инструменты разработчика',
    resetZoom: 'Обычный масштаб',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    toggleFullScreen: 'Во весь экран',
    window: 'Окно',
    minimize: 'Свернуть',
    zoom: 'Изменить масштаб окна',
    closeWindow: 'Закрыть окно',
    front: 'Все окна — на передний план',
    help: 'Справка',
    about: 'О программе',
    services: 'Службы',
    hide: 'Скрыть',
    hideOthers: 'Скрыть остальные',
    unhide: 'Показать все',
    chooseFolderCreate: 'Новое пространство: выберите пустую папку',
    chooseFolderOpen: 'Открыть пространство: выберите его папку',
    exportSummary: 'Экспорт сводки…',
    exportBundle: 'Сохранить пакет обмена…',
    importBundle: 'Загрузить пакет обмена…',
    saveExportTitle: 'Сохранить сводку',
    saveBundleTitle: 'Сохранить пакет обмена',
    openBundleTitle: 'Загрузить пакет обмена',
    fileTypes: {
      pdf: 'Документ PDF',
      docx: 'Документ Word',
      md: 'Текст Markdown',
      csv: 'Таблица CSV',
      json: 'Данные JSON',
      adbundle: 'Пакет обмена Alliance Desk',
    },
  },
  en: {
    file: 'File',
    closeWorkspace: 'Close Workspace',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    closeWindow: 'Close Window',
    front: 'Bring All to Front',
    help: 'Help',
    about: 'About Alliance Desk',
    services: 'Services',
    hide: 'Hide Alliance Desk',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    chooseFolderCreate: 'New workspace: choose an empty folder',
    chooseFolderOpen: 'Open a workspace folder',
    exportSummary: 'Export a Summary…',
    exportBundle: 'Save an Exchange Bundle…',
    importBundle: 'Import an Exchange Bundle…',
    saveExportTitle: 'Save the summary',
    saveBundleTitle: 'Save an exchange bundle',
    openBundleTitle: 'Import an exchange bundle',
    fileTypes: {
      pdf: 'PDF document',
      docx: 'Word document',
      md: 'Markdown text',
      csv: 'CSV table',
      json: 'JSON data',
      adbundle: 'Alliance Desk exchange bundle',
    },
  },
};
