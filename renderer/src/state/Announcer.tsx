import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type NoticeKind = 'status' | 'error';
interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

type Announce = (text: string, kind?: NoticeKind) => void;
const AnnouncerContext = createContext<Announce>(() => undefined);

/** Shows a save confirmation or an error, visibly and to screen readers. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

const LIFETIME_MS: Record<NoticeKind, number> = { status: 5000, error: 12000 };

/**
 * Two live regions that stay in the document (a region inserted together with its text is often
 * not read): a polite one for confirmations and an assertive one for errors.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
  }, []);

  const announce = useCallback<Announce>(
    (text, kind = 'status') => {
      const id = nextId.current++;
      // One notice at a time: the newest is what the user needs; an older one is no longer news
      // (a save that succeeded makes the earlier "form has errors" moot).
      setNotices([{ id, kind, text }]);
      timers.current.set(id, setTimeout(() => dismiss(id), LIFETIME_MS[kind]));
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const render = (kind: NoticeKind) =>
    notices
      .filter((notice) => notice.kind === kind)
      .map((notice) => (
        <div key={notice.id} className={`notice notice-${kind}`}>
          <span>{notice.text}</span>
          <button type="button" className="notice-dismiss" aria-label={t('shell.dismiss')} onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ));

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <section className="notices" aria-label={t('shell.notices')}>
        <div role="status" aria-live="polite">
          {render('status')}
        </div>
        <div role="alert" aria-live="assertive">
          {render('error')}
        </div>
      </section>
    </AnnouncerContext.Provider>
  );
}
