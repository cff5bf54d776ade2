import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/**
 * The first tab stop: jumps past the navigation. A plain "#main" href would be read as a route
 * by the hash router, so the link moves focus itself.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('shell.skipLink')}
    </a>
  );
}
