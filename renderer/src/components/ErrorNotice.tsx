import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { errorText } from '../api/errorText';

/** A failed call, said in the user's language; the technical message is kept for support. */
export function ErrorNotice({ error, className }: { error: ApiError | undefined; className?: string }) {
  const { t } = useTranslation();
  return (
    // The alert container stays mounted so that a new error is announced when it appears.
    <div role="alert" className={className}>
      {error ? (
        <div className="error-notice">
          <strong>{t('errors.title')}.</strong> {errorText(t, error)}
        </div>
      ) : null}
    </div>
  );
}
