import { useEffect, useRef, useState } from 'react';
import { SCHEME_SHEET } from '../core/scheme-sheet';
import { LiveRefresh } from './live-refresh';
import type { PlanSession } from './session';

/** What the pane knows of the workbook changing under it. */
export interface LiveWorkbook {
  /** Edits in the workbook are heard, and read by themselves. */
  readonly following: boolean;
  /** Whether the pane holds the workbook as it is now. A file in the browser changes only through the pane. */
  isCurrent(): boolean;
  /** The sheets changed and not yet read; reading them is then the caller's. */
  takeChanged(): readonly string[];
}

/**
 * Follows the workbook while the pane is open: listens on the plan's sheets (one, or each sheet of proposal forms)
 * and the scheme sheet (again after `renew` changes, as a Beregn may add the scheme sheet), and stops when the
 * session or the sheets change or the pane closes. `sheets` are the plan's sheets joined by line breaks.
 */
export function useLiveRefresh(session: PlanSession | undefined, sheets: string | undefined, renew: number, refresh: (changed: readonly string[]) => Promise<void>): LiveWorkbook {
  const [live, setLive] = useState<LiveRefresh | undefined>();
  const [following, setFollowing] = useState(false);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);

  useEffect(() => {
    if (session?.watch === undefined) return undefined;
    const created = new LiveRefresh(session, (changed) => latest.current(changed));
    setLive(created);
    // Closing the pane ends its runtime, and Excel drops its handlers; they are removed first where there is time.
    const close = (): void => void created.close();
    window.addEventListener('pagehide', close);
    return () => {
      window.removeEventListener('pagehide', close);
      setLive(undefined);
      setFollowing(false);
      close();
    };
  }, [session]);

  useEffect(() => {
    if (live === undefined || sheets === undefined) return;
    let gone = false;
    void live.follow([...sheets.split('\n'), SCHEME_SHEET], String(renew)).then((heard) => {
      if (!gone) setFollowing(heard);
    });
    return () => {
      gone = true;
    };
  }, [live, sheets, renew]);

  return {
    following,
    isCurrent: () => (session?.watch === undefined ? true : live?.current === true),
    takeChanged: () => live?.take() ?? [],
  };
}
