import type React from 'react';
import {
  Button,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { countBySeverity, hasErrors } from '../core/findings';
import type { RunOutcome } from '../core/run';
import { FileSession } from './file-session';
import { FindingsList } from './FindingsList';
import { BilagPreview, GapTable } from './PlanTables';

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
});

type Stage =
  | { kind: 'choose' }
  | { kind: 'busy'; what: string }
  | { kind: 'validated'; session: FileSession; outcome: RunOutcome }
  | { kind: 'written'; session: FileSession; outcome: RunOutcome; download: string };

/** The four steps on an .xlsx file in the browser: Kilde, Validering, Beregn, Bilag 1. */
export function App(): React.JSX.Element {
  const styles = useStyles();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [schemeFile, setSchemeFile] = useState<File | undefined>();

  const guarded = useCallback(async (what: string, work: () => Promise<Stage>) => {
    setProblem(undefined);
    setStage({ kind: 'busy', what });
    try {
      setStage(await work());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setStage({ kind: 'choose' });
    }
  }, []);

  const open = (workbook: File): void =>
    void guarded('Læser og validerer …', async () => {
      const scheme = schemeFile === undefined ? undefined : { name: schemeFile.name, text: await schemeFile.text() };
      const session = await FileSession.open({ name: workbook.name, data: await workbook.arrayBuffer() }, scheme);
      return { kind: 'validated', session, outcome: await session.validate() };
    });

  const compute = (session: FileSession): void =>
    void guarded('Beregner og laver Bilag 1 …', async () => {
      const outcome = await session.run();
      return { kind: 'written', session, outcome, download: URL.createObjectURL(await session.result()) };
    });

  const outcome = stage.kind === 'validated' || stage.kind === 'written' ? stage.outcome : undefined;
  const counts = outcome === undefined ? undefined : countBySeverity(outcome.result.findings);

  return (
    <main className={styles.page}>
      <Title2 as="h1">Handleplan</Title2>

      <section aria-labelledby="kilde">
        <Title3 as="h2" className={styles.heading} id="kilde">
          1. Kilde
        </Title3>
        <div
          className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file !== undefined) open(file);
          }}
        >
          <Field label="Planens skema (JSON), hvis projektmappen ikke har arket »Handleplan-skema«">
            <input type="file" accept=".json,application/json" data-testid="scheme-input" onChange={(e) => setSchemeFile(e.target.files?.[0])} />
          </Field>
          <Field label="Projektmappe (.xlsx) – vælg den, eller træk den hertil">
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="workbook-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file !== undefined) open(file);
              }}
            />
          </Field>
          {stage.kind === 'validated' || stage.kind === 'written' ? (
            <Text>
              {stage.session.fileName} · ark »{stage.outcome.sheet ?? '–'}« · {stage.session.scheme.plan.name}
            </Text>
          ) : null}
        </div>
      </section>

      {problem === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {stage.kind === 'busy' ? <Spinner label={stage.what} /> : null}

      {outcome === undefined || counts === undefined ? null : (
        <section aria-labelledby="validering">
          <Divider />
          <Title3 as="h2" className={styles.heading} id="validering">
            2. Validering
          </Title3>
          <Text as="p" data-testid="counts">
            {counts.error} fejl, {counts.warning} advarsler, {counts.info} til orientering.
          </Text>
          <FindingsList findings={outcome.result.findings} />
        </section>
      )}

      {stage.kind === 'validated' ? (
        <section aria-labelledby="beregn">
          <Divider />
          <Title3 as="h2" className={styles.heading} id="beregn">
            3. Beregn
          </Title3>
          {hasErrors(stage.outcome.result.findings) ? (
            <Text as="p">Ret fejlene i projektmappen, og vælg den igen. Intet er skrevet.</Text>
          ) : (
            <Button appearance="primary" onClick={() => compute(stage.session)}>
              Beregn effekt og gab, og lav Bilag 1
            </Button>
          )}
        </section>
      ) : null}

      {stage.kind === 'written' && stage.outcome.result.computation !== undefined && stage.outcome.result.bilag1 !== undefined ? (
        <>
          <section aria-labelledby="beregn">
            <Divider />
            <Title3 as="h2" className={styles.heading} id="beregn">
              3. Beregn
            </Title3>
            <Text as="p">Gab pr. år ({stage.session.scheme.plan.unit}; positivt = besparelse mangler):</Text>
            <GapTable computation={stage.outcome.result.computation} scheme={stage.session.scheme} />
          </section>
          <section aria-labelledby="bilag">
            <Divider />
            <Title3 as="h2" className={styles.heading} id="bilag">
              4. Bilag 1
            </Title3>
            <Button as="a" appearance="primary" href={stage.download} download={stage.session.resultName}>
              Hent projektmappen med Bilag 1
            </Button>
            <BilagPreview layout={stage.outcome.result.bilag1} />
          </section>
        </>
      ) : null}
    </main>
  );
}
