import type React from 'react';
import { Button, Divider, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Finding, Fix } from '../core/findings';
import { countBySeverity, hasErrors } from '../core/findings';
import type { RunOutcome } from '../core/run';
import { AddinSettings, withColumnChoice } from '../core/settings';
import { bilagForClipboard } from './clipboard';
import { bilagAddress, copyBilag1, copyOutcomeText } from './copy';
import { ColumnMap } from './ColumnMap';
import { FindingsList } from './FindingsList';
import { GapChart } from './GapChart';
import { BilagPreview, GapTable } from './PlanTables';
import type { SchemeFile } from './scheme-file';
import type { PlanSession } from './session';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalL, maxWidth: '960px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
  // Fluent's title text is inline; the step headings must stand on their own line.
  heading: { display: 'block', marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/** How the pane gets its workbook; each entry point passes one, so Excel's pane never loads the .xlsx library. */
type Props =
  /** In Excel: the workbook that is open (with a scheme file when it has no scheme sheet). */
  | { openWorkbook: (schemeFile?: SchemeFile) => Promise<PlanSession>; openFile?: undefined }
  /** In the browser: an .xlsx file the user picks or drops. */
  | { openWorkbook?: undefined; openFile: (file: { name: string; data: ArrayBuffer }, schemeFile?: SchemeFile) => Promise<PlanSession> };

interface Loaded {
  session: PlanSession;
  sheets: readonly string[];
  settings: AddinSettings;
  outcome: RunOutcome;
  written: boolean;
}

/** The four steps in one flow: Kilde, Validering, Beregn, Bilag 1; in Excel on the open workbook, in the browser on an .xlsx file. */
export function App({ openWorkbook, openFile: openFileSession }: Props): React.JSX.Element {
  const styles = useStyles();
  const inExcel = openWorkbook !== undefined;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [schemeFile, setSchemeFile] = useState<SchemeFile | undefined>();
  const [needsScheme, setNeedsScheme] = useState(false);

  /** Runs one piece of work with progress shown, and any failure shown in the pane as a message. */
  const guarded = useCallback(async (what: string, work: () => Promise<void>) => {
    setProblem(undefined);
    setNotice(undefined);
    setBusy(what);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(undefined);
    }
  }, []);

  const start = useCallback(
    async (open: () => Promise<PlanSession>) => {
      const session = await open();
      const sheets = await session.sheets();
      const settings = await session.settings();
      setLoaded({ session, sheets, settings, outcome: await session.validate(), written: false });
      setNeedsScheme(false);
    },
    [],
  );

  const openInExcel = useCallback(
    (scheme?: SchemeFile) =>
      void guarded('Læser og validerer projektmappen …', async () => {
        if (openWorkbook === undefined) return;
        try {
          await start(() => openWorkbook(scheme));
        } catch (error) {
          setNeedsScheme(scheme === undefined);
          throw error;
        }
      }),
    [guarded, openWorkbook, start],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the open workbook once is the effect's job
    if (inExcel) openInExcel();
  }, [inExcel, openInExcel]);

  const openFile = (workbook: File): void =>
    void guarded('Læser og validerer …', () =>
      start(async () => {
        if (openFileSession === undefined) throw new Error('This pane has no file to open');
        return openFileSession({ name: workbook.name, data: await workbook.arrayBuffer() }, schemeFile);
      }),
    );

  const chooseScheme = async (file: File | undefined): Promise<void> => {
    const chosen = file === undefined ? undefined : { name: file.name, text: await file.text() };
    setSchemeFile(chosen);
    if (inExcel && chosen !== undefined) openInExcel(chosen);
  };

  const update = (work: (current: Loaded) => Promise<Partial<Loaded>>, what: string): void => {
    if (loaded === undefined) return;
    void guarded(what, async () => {
      const changes = await work(loaded);
      setLoaded({ ...loaded, ...changes });
    });
  };

  const sheet = loaded?.outcome.sheet;
  /** The user's choices are kept in the workbook first, then the sheet is read again with them. */
  const choose = (change: (settings: AddinSettings) => AddinSettings, chosenSheet = sheet): void =>
    update(async ({ session }) => {
      await session.saveSettings(change);
      return { settings: await session.settings(), outcome: await session.validate(chosenSheet), written: false };
    }, 'Læser og validerer …');
  const fix = (fixes: readonly Fix[]): void =>
    update(async ({ session }) => {
      const outcome = await session.applyFixes(fixes, sheet);
      setNotice(fixes.length === 1 ? 'Rettelsen er skrevet i cellen.' : `${fixes.length} rettelser er skrevet i cellerne.`);
      return { outcome, written: false };
    }, 'Retter …');
  const compute = (): void =>
    update(async ({ session }) => {
      const outcome = await session.run(sheet);
      if (outcome.written) setNotice('Effekt og gab er skrevet, og Bilag 1 er lavet.');
      return { outcome, written: outcome.written };
    }, 'Beregner og laver Bilag 1 …');
  const undo = (): void =>
    update(async ({ session }) => {
      await session.undo?.();
      setNotice('Seneste skrivning er fortrudt.');
      return { outcome: await session.validate(sheet), written: false };
    }, 'Fortryder …');
  const select = (finding: Finding): void => {
    if (loaded?.session.select === undefined) return;
    void loaded.session.select(finding).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };
  const download = (): void =>
    update(async ({ session }) => {
      const file = await session.download?.();
      if (file === undefined) return {};
      const link = document.createElement('a');
      link.href = file.url;
      link.download = file.name;
      document.body.append(link);
      link.click();
      link.remove();
      return {};
    }, 'Gemmer …');

  const outcome = loaded?.outcome;
  const result = outcome?.result;
  const counts = result === undefined ? undefined : countBySeverity(result.findings);

  return (
    <main className={styles.page} aria-busy={busy !== undefined}>
      <Title2 as="h1">Handleplan</Title2>

      <section aria-labelledby="kilde">
        <Title3 as="h2" className={styles.heading} id="kilde">
          1. Kilde
        </Title3>
        <div
          className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
          onDragOver={(e) => {
            if (inExcel) return;
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            if (inExcel) return;
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file !== undefined) openFile(file);
          }}
        >
          {!inExcel || needsScheme ? (
            <Field label={`Planens skema (JSON), hvis projektmappen ikke har arket »Handleplan-skema«`}>
              <input type="file" accept=".json,application/json" data-testid="scheme-input" onChange={(e) => void chooseScheme(e.target.files?.[0])} />
            </Field>
          ) : null}
          {inExcel ? null : (
            <Field label="Projektmappe (.xlsx) – vælg den, eller træk den hertil">
              <input
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="workbook-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file !== undefined) openFile(file);
                }}
              />
            </Field>
          )}
          {loaded === undefined ? null : (
            <>
              <Text>
                {loaded.session.title} · {loaded.session.scheme.plan.name}
              </Text>
              <Field label="Ark med indsatserne">
                <Select value={sheet ?? ''} onChange={(_, data) => choose((settings) => ({ ...settings, sheet: data.value }), data.value)} disabled={busy !== undefined}>
                  {loaded.sheets.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
              {result?.table === undefined ? null : (
                <ColumnMap
                  table={result.table}
                  scheme={loaded.session.scheme}
                  findings={result.findings}
                  settings={loaded.settings}
                  disabled={busy !== undefined}
                  onChoose={(header, choice) => choose((settings) => withColumnChoice(settings, header, choice))}
                />
              )}
            </>
          )}
        </div>
      </section>

      {problem === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {busy === undefined ? null : <Spinner label={busy} />}
        {notice === undefined || busy !== undefined ? null : <Text>{notice}</Text>}
      </div>

      {loaded === undefined || result === undefined || counts === undefined ? null : (
        <>
          <section aria-labelledby="validering">
            <Divider />
            <Title3 as="h2" className={styles.heading} id="validering">
              2. Validering
            </Title3>
            <Text as="p" data-testid="counts">
              {counts.error} fejl, {counts.warning} advarsler, {counts.info} til orientering.
            </Text>
            <FindingsList findings={result.findings} onSelect={loaded.session.select === undefined ? undefined : select} onFix={fix} busy={busy !== undefined} />
          </section>

          <section aria-labelledby="beregn">
            <Divider />
            <Title3 as="h2" className={styles.heading} id="beregn">
              3. Beregn
            </Title3>
            {hasErrors(result.findings) ? (
              <Text as="p">Ret fejlene, og valider igen. Intet er skrevet.</Text>
            ) : (
              <div className={styles.actions}>
                <Button appearance="primary" onClick={compute} disabled={busy !== undefined}>
                  {loaded.written ? 'Beregn igen og lav Bilag 1 på ny' : 'Beregn effekt og gab, og lav Bilag 1'}
                </Button>
                {loaded.session.undo !== undefined && loaded.session.canUndo?.() === true ? (
                  <Button onClick={undo} disabled={busy !== undefined}>
                    Fortryd seneste skrivning
                  </Button>
                ) : null}
              </div>
            )}
            {loaded.written && result.computation !== undefined ? (
              <>
                <Text as="p">Gab pr. år ({loaded.session.scheme.plan.unit}; positivt = besparelse mangler):</Text>
                <GapChart computation={result.computation} scheme={loaded.session.scheme} />
                <GapTable computation={result.computation} scheme={loaded.session.scheme} />
              </>
            ) : null}
          </section>

          {loaded.written && result.bilag1 !== undefined ? (
            <section aria-labelledby="bilag">
              <Divider />
              <Title3 as="h2" className={styles.heading} id="bilag">
                4. Bilag 1
              </Title3>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  onClick={() => {
                    const bilag = result.bilag1;
                    if (bilag === undefined) return;
                    const { selectRange } = loaded.session;
                    const selectInWorkbook = selectRange === undefined ? undefined : () => selectRange(bilag.sheetName, bilagAddress(bilag));
                    void copyBilag1(bilagForClipboard(bilag, loaded.session.scheme.bilag1.title), selectInWorkbook).then((outcome) => setNotice(copyOutcomeText(outcome).text));
                  }}
                >
                  Kopiér Bilag 1
                </Button>
                {loaded.session.download === undefined ? null : (
                  <Button onClick={download} disabled={busy !== undefined}>
                    Hent projektmappen med Bilag 1
                  </Button>
                )}
              </div>
              <BilagPreview layout={result.bilag1} />
            </section>
          ) : null}
        </>
      )}
    </main>
  );
}
