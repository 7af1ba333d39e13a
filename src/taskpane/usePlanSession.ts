import { useCallback, useEffect, useRef, useState } from 'react';
import { normaliseLabel } from '../core/scheme';
import { AddinSettings, ColumnChoice, withColumnChoice } from '../core/settings';
import { bilagForClipboard } from './clipboard';
import { bilagAddress, copyBilag1, copyOutcomeText } from './copy';
import { PaneProblem, SchemeFile } from './scheme-file';
import type { Loaded, PaneSource, PlanSessionState, Said, StepNotice, WorkbookFile } from './pane-state';
import type { PlanSession } from './session';

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
  const busy = useRef(false);
  /** The files chosen so far, read when an opening runs rather than when it was asked for, so either may come first. */
  const chosen = useRef<{ workbook?: WorkbookFile; scheme?: SchemeFile }>({});
  /** An opening asked for while other work ran: it runs next (the latest one only). */
  const waiting = useRef<(() => void) | undefined>(undefined);

  /**
   * Runs one action at a time with its progress shown in its step; a failure is shown there as a
   * message. An action asked for meanwhile is dropped (a second click), an opening waits its turn.
   */
  const act = useCallback((place: string, what: string, work: () => Promise<Said | undefined>, focusId: string = place, waits = false): Promise<void> => {
    const run = async (): Promise<void> => {
      if (busy.current) {
        if (waits) waiting.current = () => void run();
        return;
      }
      busy.current = true;
      setNotice(undefined);
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
      setNotice(said);
      setFocusTarget({ id: said === undefined ? focusId : `status-${place}` });
      const next = waiting.current;
      waiting.current = undefined;
      next?.();
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
        'validering',
        true,
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
      'validering',
      true,
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
  const update = (place: string, what: string, work: (current: Loaded) => Promise<{ changes: Partial<Loaded>; said?: Said }>, focusId?: string): void => {
    if (loaded === undefined) return;
    void act(place, what, async () => {
      const { changes, said } = await work(loaded);
      setLoaded({ ...loaded, ...changes });
      return said;
    }, focusId);
  };

  const sheet = loaded?.outcome.sheet;
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
    compute: () =>
      update('beregn', 'Beregner og laver Bilag 1 …', async ({ session }) => {
        const outcome = await session.run(sheet);
        return {
          changes: { outcome },
          said: outcome.written ? { intent: 'success', text: 'Effekt og afvigelse er skrevet i arket, og Bilag 1 er lavet.' } : { intent: 'warning', text: 'Intet er skrevet: ret fejlene under Validering.' },
        };
      }),
    undo: () =>
      update('beregn', 'Fortryder …', async ({ session }) => {
        await session.undo?.();
        return { changes: { outcome: await session.validate(sheet) }, said: { intent: 'info', text: 'Seneste skrivning er fortrudt.' } };
      }),
    select: (finding) => {
      void loaded?.session.select?.(finding).catch((error: unknown) => setNotice({ place: 'validering', intent: 'error', text: explain(error) }));
    },
    download: () =>
      update('bilag', 'Gemmer …', async ({ session }) => {
        const file = await session.download?.();
        if (file === undefined) return { changes: {} };
        saveAs(file);
        return { changes: {}, said: { intent: 'success', text: `Projektmappen er hentet som »${file.name}«.` } };
      }),
    copyBilag: () => {
      const bilag = loaded?.outcome.result?.bilag1;
      if (loaded === undefined || bilag === undefined) return;
      const { selectRange } = loaded.session;
      const selectInWorkbook = selectRange === undefined ? undefined : () => selectRange(bilag.sheetName, bilagAddress(bilag));
      // Called within the click: copyBilag1 copies at once, as browsers allow copying only there.
      void copyBilag1(bilagForClipboard(bilag, loaded.session.scheme.bilag1.title), selectInWorkbook).then((outcome) =>
        setNotice({ place: 'bilag', ...copyOutcomeText(outcome) }),
      );
    },
  };
}

/** The user's message for a failed action. */
function explain(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function saveAs(file: { url: string; name: string }): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
}
