import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding, Fix } from '../core/findings';
import type { RunOutcome } from '../core/run';
import { normaliseLabel } from '../core/scheme';
import { AddinSettings, ColumnChoice, withColumnChoice } from '../core/settings';
import { bilagForClipboard, copyToClipboard } from './clipboard';
import { PaneProblem, SchemeFile } from './scheme-file';
import type { PlanSession } from './session';

/** How the pane gets its workbook; each entry point passes one, so Excel's pane never loads the .xlsx library. */
export type PaneSource =
  /** In Excel: the workbook that is open (with a scheme file when it has no scheme sheet). */
  | { openWorkbook: (schemeFile?: SchemeFile) => Promise<PlanSession>; openFile?: undefined }
  /** In the browser: an .xlsx file the user picks or drops. */
  | { openWorkbook?: undefined; openFile: (file: WorkbookFile, schemeFile?: SchemeFile) => Promise<PlanSession> };

export interface WorkbookFile {
  readonly name: string;
  readonly data: ArrayBuffer;
}

/** The four steps, also the ids of their headings. */
export type StepId = 'kilde' | 'validering' | 'beregn' | 'bilag';

/** What an action led to, shown where the action was taken: a step, or a place in it such as one column. */
export interface StepNotice {
  readonly place: string;
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly text: string;
  /** Puts back what the action changed (a column choice). */
  readonly undo?: () => void;
}

type Said = Omit<StepNotice, 'place'>;

export interface Loaded {
  readonly session: PlanSession;
  readonly sheets: readonly string[];
  readonly settings: AddinSettings;
  readonly outcome: RunOutcome;
  readonly written: boolean;
}

export interface PlanSessionState {
  readonly inExcel: boolean;
  readonly loaded: Loaded | undefined;
  /** The work under way and where it was started. */
  readonly activity: { readonly place: string; readonly text: string } | undefined;
  readonly notice: StepNotice | undefined;
  /** Excel only: the workbook has no scheme sheet, so the pane asks for a scheme file. */
  readonly needsScheme: boolean;
  readonly schemeFile: SchemeFile | undefined;
  readonly workbookName: string | undefined;
  openWorkbookFile(file: File): void;
  chooseScheme(file: File | undefined): void;
  chooseSheet(sheet: string): void;
  /** `said` tells the user what changed, in a sentence; the notice offers to undo it. */
  chooseColumn(header: string, choice: ColumnChoice | undefined, said: string, place: string): void;
  fix(fixes: readonly Fix[]): void;
  compute(): void;
  undo(): void;
  select(finding: Finding): void;
  download(): void;
  copyBilag(): void;
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
  const [workbookFile, setWorkbookFile] = useState<WorkbookFile | undefined>();
  const [focusTarget, setFocusTarget] = useState<{ id: string } | undefined>();
  const busy = useRef(false);

  /** Runs one action at a time with its progress shown in its step; a failure is shown there as a message. */
  const act = useCallback(async (place: string, what: string, work: () => Promise<Said | undefined>, focusId: string = place) => {
    if (busy.current) return;
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
    setLoaded({ session, sheets, settings, outcome, written: false });
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
      ),
    [act, openWorkbook, start],
  );

  useEffect(() => {
    if (inExcel) openInExcel();
  }, [inExcel, openInExcel]);

  /** The browser page opens the workbook with whichever scheme is chosen; either may come first. */
  const openInBrowser = (workbook: WorkbookFile, scheme: SchemeFile | undefined): void =>
    void act(
      'kilde',
      `Læser og validerer ${workbook.name} …`,
      () => {
        if (source.openFile === undefined) throw new Error('This pane has no file to open');
        // The steps start over with the file: none of an earlier file's steps stays on screen.
        setLoaded(undefined);
        // A copy each time, so the same file can be opened again with another scheme.
        return start(() => source.openFile({ name: workbook.name, data: workbook.data.slice(0) }, scheme));
      },
      'validering',
    );

  const openWorkbookFile = (file: File): void => {
    void file.arrayBuffer().then((data) => {
      const workbook = { name: file.name, data };
      setWorkbookFile(workbook);
      openInBrowser(workbook, schemeFile);
    });
  };

  const chooseScheme = (file: File | undefined): void => {
    if (file === undefined) return;
    void file.text().then((text) => {
      const chosen = { name: file.name, text };
      setSchemeFile(chosen);
      if (inExcel) openInExcel(chosen);
      else if (workbookFile !== undefined) openInBrowser(workbookFile, chosen);
      else setNotice({ place: 'kilde', intent: 'info', text: `Skemaet »${file.name}« er valgt. Vælg nu projektmappen.` });
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
      return { changes: { settings: await session.settings(), outcome: await session.validate(chosenSheet), written: false }, ...(said === undefined ? {} : { said }) };
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
    workbookName: workbookFile?.name,
    openWorkbookFile,
    chooseScheme,
    chooseSheet: (chosen) => choose((settings) => ({ ...settings, sheet: chosen }), chosen, 'kilde'),
    chooseColumn,
    fix: (fixes) =>
      update('validering', 'Retter …', async ({ session }) => ({
        changes: { outcome: await session.applyFixes(fixes, sheet), written: false },
        said: { intent: 'success', text: fixes.length === 1 ? 'Rettelsen er skrevet i cellen.' : `${fixes.length} rettelser er skrevet i cellerne.` },
      })),
    compute: () =>
      update('beregn', 'Beregner og laver Bilag 1 …', async ({ session }) => {
        const outcome = await session.run(sheet);
        return {
          changes: { outcome, written: outcome.written },
          said: outcome.written ? { intent: 'success', text: 'Effekt og afvigelse er skrevet i arket, og Bilag 1 er lavet.' } : { intent: 'warning', text: 'Intet er skrevet: ret fejlene under Validering.' },
        };
      }),
    undo: () =>
      update('beregn', 'Fortryder …', async ({ session }) => {
        await session.undo?.();
        return { changes: { outcome: await session.validate(sheet), written: false }, said: { intent: 'info', text: 'Seneste skrivning er fortrudt.' } };
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
      // Synchronous: the browser allows copying only within the click itself.
      const copied = copyToClipboard(bilagForClipboard(bilag, loaded.session.scheme.bilag1.title));
      setNotice(
        copied
          ? { place: 'bilag', intent: 'success', text: 'Bilag 1 er kopieret. Indsæt det i Word med Ctrl+V.' }
          : { place: 'bilag', intent: 'warning', text: 'Kopiering blev afvist af browseren. Markér tabellen i arket »Bilag 1«, og kopiér den.' },
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
