import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunOutcome } from '../core/run';
import { normaliseLabel } from '../core/scheme';
import { SCHEME_SHEET } from '../core/scheme-sheet';
import { AddinSettings, ColumnChoice, withColumnChoice } from '../core/settings';
import { PANE_DA } from '../messages/pane-da';
import { bilagForClipboard } from './clipboard';
import { bilagAddress, copyBilag1, copyOutcomeText } from './copy';
import { saveAs } from './save-file';
import { PaneProblem, SchemeFile } from './scheme-file';
import { bilagOutdated, canUpdateBilag, type Loaded, type PaneSource, type PlanSessionState, type Said, type StepNotice, type WorkbookFile } from './pane-state';
import type { PlanSession } from './session';
import { useLiveRefresh } from './useLiveRefresh';
import { useRoundClosing } from './useRoundClosing';

/** How an action runs: where focus goes after it, whether it waits its turn, whether it runs unasked (a reading after an edit). */
interface ActOptions {
  readonly focusId?: string;
  /** Asked for while other work runs: it runs next instead of being dropped. */
  readonly waits?: boolean;
  /** Unasked: the step's last result stays on screen unless this one has something to say. */
  readonly background?: boolean;
}

/**
 * The pane's session logic: opening the workbook (and re-opening it when the scheme comes later), the
 * steps' actions, one action at a time, each action's result or error kept for the step that made it,
 * and focus moved to that result when the control the user was on is gone.
 */
export function usePlanSession(source: PaneSource): PlanSessionState {
  const inExcel = source.openWorkbook !== undefined;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [activity, setActivity] = useState<PlanSessionState['activity']>();
  const [notice, setNotice] = useState<StepNotice | undefined>();
  const [schemeFile, setSchemeFile] = useState<SchemeFile | undefined>();
  const [needsScheme, setNeedsScheme] = useState(false);
  const [workbookName, setWorkbookName] = useState<string | undefined>();
  const [focusTarget, setFocusTarget] = useState<{ id: string } | undefined>();
  /** Beregns so far: each may add the scheme sheet, to be listened on too. */
  const [writes, setWrites] = useState(0);
  /** Sheets Excel told of edits in, not yet read (a reading waiting its turn reads them all). */
  const unread = useRef(new Set<string>());
  const busy = useRef(false);
  /** The files chosen so far, read when an opening runs rather than when it was asked for, so either may come first. */
  const chosen = useRef<{ workbook?: WorkbookFile; scheme?: SchemeFile }>({});
  /** Actions asked for while other work ran, by what they do: each runs next, the latest of its kind only. */
  const waiting = useRef(new Map<string, () => void>());

  /**
   * Runs one action at a time with its progress shown in its step; a failure is shown there as a
   * message. An action asked for meanwhile is dropped (a second click); one that waits runs next.
   */
  const act = useCallback((place: string, what: string, work: () => Promise<Said | undefined>, options: ActOptions = {}): Promise<void> => {
    const { focusId = place, waits = false, background = false } = options;
    const run = async (): Promise<void> => {
      if (busy.current) {
        if (waits) waiting.current.set(what, () => void run());
        return;
      }
      busy.current = true;
      if (!background) setNotice(undefined);
      setActivity({ place, text: what });
      let said: StepNotice | undefined;
      try {
        const result = await work();
        said = result === undefined ? undefined : { place, ...result };
      } catch (error) {
        said = { place, intent: 'error', text: explain(error) };
      } finally {
        busy.current = false;
        setActivity(undefined);
      }
      if (!background || said !== undefined) setNotice(said);
      // A reading after an edit in Excel never takes focus from the sheet the user types in.
      if (!background || document.hasFocus()) setFocusTarget({ id: said === undefined ? focusId : `status-${place}` });
      const [next] = waiting.current.entries();
      if (next === undefined) return;
      waiting.current.delete(next[0]);
      next[1]();
    };
    return run();
  }, []);

  // Focus follows the user's action only where the control they were on is gone (a fixed finding, a
  // chosen scheme's field); otherwise it stays where it is.
  useEffect(() => {
    if (focusTarget === undefined) return;
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const start = useCallback(async (open: () => Promise<PlanSession>): Promise<undefined> => {
    const session = await open();
    const [sheets, settings, outcome] = [await session.sheets(), await session.settings(), await session.validate()];
    setLoaded({ session, sheets, settings, outcome });
    setNeedsScheme(false);
    return undefined;
  }, []);

  const { openWorkbook } = source;
  const openInExcel = useCallback(
    (scheme?: SchemeFile) =>
      void act(
        'kilde',
        'Læser og validerer projektmappen …',
        async () => {
          if (openWorkbook === undefined) return undefined;
          try {
            return await start(() => openWorkbook(scheme));
          } catch (error) {
            // Without a scheme sheet, or with a scheme file that is not right, the pane asks for one.
            setNeedsScheme(scheme !== undefined || error instanceof PaneProblem);
            throw error;
          }
        },
        { focusId: 'validering', waits: true },
      ),
    [act, openWorkbook, start],
  );

  useEffect(() => {
    if (inExcel) openInExcel();
  }, [inExcel, openInExcel]);

  /** The browser page opens the chosen workbook with the chosen scheme, as they are when it runs. */
  const openInBrowser = (): void =>
    void act(
      'kilde',
      'Læser og validerer projektmappen …',
      async () => {
        const { workbook, scheme } = chosen.current;
        if (source.openFile === undefined) throw new Error('This pane has no file to open');
        if (workbook === undefined) return undefined;
        // The steps start over with the file: none of an earlier file's steps stays on screen.
        setLoaded(undefined);
        // A copy each time, so the same file can be opened again with another scheme.
        return start(() => source.openFile({ name: workbook.name, data: workbook.data.slice(0) }, scheme));
      },
      { focusId: 'validering', waits: true },
    );

  const openWorkbookFile = (file: File): void => {
    setWorkbookName(file.name);
    void file.arrayBuffer().then((data) => {
      chosen.current.workbook = { name: file.name, data };
      openInBrowser();
    });
  };

  const chooseScheme = (file: File | undefined): void => {
    if (file === undefined) return;
    void file.text().then((text) => {
      const scheme = { name: file.name, text };
      chosen.current.scheme = scheme;
      setSchemeFile(scheme);
      if (inExcel) openInExcel(scheme);
      else if (chosen.current.workbook !== undefined) openInBrowser();
      else if (workbookName === undefined) setNotice({ place: 'kilde', intent: 'info', text: `Skemaet »${file.name}« er valgt. Vælg nu projektmappen.` });
    });
  };

  /** Runs an action on the open workbook and keeps what it changed. */
  const update = (place: string, what: string, work: (current: Loaded) => Promise<{ changes: Partial<Loaded>; said?: Said }>, options?: ActOptions): void => {
    if (loaded === undefined) return;
    void act(place, what, async () => {
      const { changes, said } = await work(loaded);
      // The latest of the session: a reading after an edit may have landed while this action ran.
      setLoaded((now) => ({ ...(now?.session === loaded.session ? now : loaded), ...changes }));
      return said;
    }, options);
  };

  const sheet = loaded?.outcome.sheet;
  const session = loaded?.session;

  /** Reads again what changed in the workbook (edits Excel told of), after any action of the pane's own; nothing moves on screen but the results. */
  const refresh = useCallback(
    (changed: readonly string[]) => {
      for (const name of changed) unread.current.add(name);
      const work = async (): Promise<undefined> => {
        const sheets = [...unread.current];
        unread.current.clear();
        if (session === undefined || sheets.length === 0) return undefined;
        const outcome = await session.reread(sheet, sheets);
        setLoaded((now) => (now?.session === session ? { ...now, outcome } : now));
        return undefined;
      };
      return act('validering', PANE_DA.readingChanges, work, { waits: true, background: true });
    },
    [act, session, sheet],
  );
  const live = useLiveRefresh(session, (loaded?.outcome.sheets ?? (sheet === undefined ? undefined : [sheet]))?.join('\n'), writes, refresh);

  /** Reads the workbook first where it may have changed unheard, then does `then` with the workbook as it is now. */
  const withCurrent = (place: string, what: string, then: (current: Loaded, outcome: RunOutcome) => Promise<Said | undefined>): void =>
    update(place, what, async (current) => {
      const pending = live.takeChanged();
      const outcome = await current.session.reread(sheet, live.following ? pending : [SCHEME_SHEET]);
      const said = await then(current, outcome);
      return { changes: { outcome }, ...(said === undefined ? {} : { said }) };
    }, { waits: true });

  /** Says why the results cannot leave as they are, offering to make them again where Beregn can run; nothing where they may. */
  const refusal = (texts: Record<'structure' | 'values', string>, outcome: RunOutcome, why = bilagOutdated(outcome)): Said | undefined =>
    why && { intent: 'warning', text: texts[why], ...(canUpdateBilag(outcome) ? { action: { label: PANE_DA.updateBilag, run: () => compute() } } : {}) };

  /** Copies the Bilag 1 of this outcome, or says why not. */
  const copyFrom = async (current: Loaded, outcome: RunOutcome): Promise<Said | undefined> => {
    const bilag = outcome.result.bilag1;
    const refused = refusal(PANE_DA.notCopiedOutdated, outcome);
    if (refused !== undefined || bilag === undefined) return refused;
    const { selectRange } = current.session;
    const selectInWorkbook = selectRange === undefined ? undefined : () => selectRange(bilag.sheetName, bilagAddress(bilag));
    return copyOutcomeText(await copyBilag1(bilagForClipboard(bilag, current.session.scheme.bilag1.title), selectInWorkbook));
  };

  const compute = (): void =>
    update('beregn', 'Beregner og laver Bilag 1 …', async ({ session: open }) => {
      const outcome = await open.run(sheet);
      if (outcome.written) setWrites((n) => n + 1);
      return {
        changes: { outcome },
        said: outcome.written ? { intent: 'success', text: 'Effekt og afvigelse er skrevet i arket, og Bilag 1 er lavet.' } : { intent: 'warning', text: 'Intet er skrevet: ret fejlene under Validering.' },
      };
    });
  /** The user's choices are kept in the workbook first, then the sheet is read again with them. */
  const choose = (change: (settings: AddinSettings) => AddinSettings, chosenSheet: string | undefined, place: string, said?: Said): void =>
    update(place, 'Læser og validerer …', async ({ session }) => {
      await session.saveSettings(change);
      return { changes: { settings: await session.settings(), outcome: await session.validate(chosenSheet) }, ...(said === undefined ? {} : { said }) };
    });

  const chooseColumn = (header: string, choice: ColumnChoice | undefined, said: string, place: string): void => {
    const before = loaded?.settings.columns[normaliseLabel(header)];
    choose((settings) => withColumnChoice(settings, header, choice), sheet, place, {
      intent: 'success',
      text: said,
      undo: () => choose((settings) => withColumnChoice(settings, header, before), sheet, place, { intent: 'info', text: 'Kolonnen læses igen som før.' }),
    });
  };

  return {
    ...useRoundClosing({ inExcel, sheet, update, wrote: () => setWrites((n) => n + 1), setNotice, rounds: loaded?.outcome.rounds }),
    inExcel,
    loaded,
    activity,
    notice,
    needsScheme,
    schemeFile,
    workbookName,
    openWorkbookFile,
    chooseScheme,
    chooseSheet: (chosen) => choose((settings) => ({ ...settings, sheet: chosen }), chosen, 'kilde'),
    chooseColumn,
    fix: (fixes) =>
      update('validering', 'Retter …', async ({ session }) => ({
        changes: { outcome: await session.applyFixes(fixes, sheet) },
        said: { intent: 'success', text: fixes.length === 1 ? 'Rettelsen er skrevet i cellen.' : `${fixes.length} rettelser er skrevet i cellerne.` },
      })),
    following: live.following,
    compute,
    validateAgain: () =>
      update('validering', PANE_DA.validatingAgain, async ({ session: open }) => {
        live.takeChanged();
        return { changes: { outcome: await open.reread(sheet) }, said: { intent: 'success', text: PANE_DA.validatedAgain } };
      }),
    undo: () =>
      update('beregn', 'Fortryder …', async ({ session: open }) => {
        const undone = await open.undo?.();
        return { changes: { outcome: await open.validate(sheet) }, said: { intent: 'info', text: PANE_DA.undone(undone?.keptRound) } };
      }),
    select: (finding) => {
      void loaded?.session.select?.(finding).catch((error: unknown) => setNotice({ place: 'validering', intent: 'error', text: explain(error) }));
    },
    download: () =>
      // The file as it is now: what the pane's own fixes and choices since the last Beregn changed is read first.
      withCurrent('bilag', PANE_DA.readingBeforeDownload, async ({ session: open }, outcome) => {
        const refused = refusal(PANE_DA.notDownloadedOutdated, outcome);
        const file = refused === undefined ? await open.download?.() : undefined;
        if (file === undefined) return refused;
        saveAs(file);
        return { intent: 'success', text: `Projektmappen er hentet som »${file.name}«.` };
      }),
    copyBilag: () => {
      if (loaded === undefined) return;
      // Where the pane holds the workbook as it is now, it copies within the click, as browsers allow copying
      // only there; otherwise it reads first, and where the click has expired by then, Bilag 1 is selected to copy.
      if (!live.isCurrent() || busy.current) {
        withCurrent('bilag', PANE_DA.readingBeforeCopy, copyFrom);
        return;
      }
      void copyFrom(loaded, loaded.outcome).then((said) => setNotice(said === undefined ? undefined : { place: 'bilag', ...said }));
    },
  };
}

/** The user's message for a failed action. */
function explain(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
