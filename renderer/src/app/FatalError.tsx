// Shown when the app cannot start at all, before i18n exists: both languages, plainly.
const TEXT = {
  ru: {
    title: 'Alliance Desk не запустился',
    bridge: 'Страница открыта без основной части приложения. Запустите Alliance Desk как приложение.',
    startup: 'Не удалось прочитать настройки приложения. Перезапустите Alliance Desk.',
  },
  en: {
    title: 'Alliance Desk could not start',
    bridge: 'This page was opened without the main part of the app. Start Alliance Desk as an application.',
    startup: 'Could not read the app settings. Restart Alliance Desk.',
  },
};

export function FatalError({ reason, detail }: { reason: 'bridge' | 'startup'; detail?: string }) {
  const text = navigator.language.toLowerCase().startsWith('ru') ? TEXT.ru : TEXT.en;
  return (
    <main className="fatal" role="alert">
      <h1>{text.title}</h1>
      <p>{text[reason]}</p>
      {detail ? <pre className="fatal-detail">{detail}</pre> : null}
    </main>
  );
}
