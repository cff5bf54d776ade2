import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

interface PageProps {
  title: string;
  /** Shown under the heading: what this screen is for, in a sentence. */
  intro?: ReactNode;
  /** Buttons or links beside the heading (e.g. "Add a deputy"). */
  actions?: ReactNode;
  /** A link back to the list, shown above the heading. */
  back?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One screen: its h1, window title, and focus moved to the heading after navigation. */
export function Page({ title, intro, actions, back, className, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    document.title = `${title} — ${t('common.appName')}`;
  }, [title, t]);

  useEffect(() => {
    // After a navigation, screen reader and keyboard users start at the new screen's heading;
    // on the first load focus stays where the browser puts it.
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);

  return (
    <div className={`page ${className ?? ''}`}>
      {back ? <div className="page-back">{back}</div> : null}
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {intro ? <p className="page-intro">{intro}</p> : null}
      {children}
    </div>
  );
}
