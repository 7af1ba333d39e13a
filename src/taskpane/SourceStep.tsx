import type React from 'react';
import { Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SCHEME_SHEET } from '../core/scheme-sheet';
import { ColumnMap } from './ColumnMap';
import { sheetChoices, sheetLabel } from './sheet-choices';
import { useFocusRing } from './focus-ring';
import { Status, Step } from './Step';
import type { PlanSessionState } from './pane-state';

const useStyles = makeStyles({
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
  // The file name a native file input shows is cut to the pane's width rather than widening it.
  file: { maxWidth: '100%', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
});

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: where the plan is. In the browser the workbook and (when needed) its scheme, in either order; then the sheet and how its columns are read. */
export function SourceStep({ state }: { state: PlanSessionState }): React.JSX.Element {
  const styles = useStyles();
  const focusRing = useFocusRing();
  const [dragging, setDragging] = useState(false);
  const { inExcel, loaded } = state;
  const schemeField = (
    <Field
      label="Planens skema"
      hint={
        state.schemeFile !== undefined
          ? `Valgt: ${state.schemeFile.name}`
          : inExcel
            ? 'Projektmappen har intet skema. Vælg planens skema (.json); første beregning gemmer det i projektmappen.'
            : `Kun hvis projektmappen ikke har arket »${SCHEME_SHEET}«.`
      }
    >
      {(props) => (
        <input
          {...props}
          type="file"
          className={styles.file}
          accept=".json,application/json"
          data-testid="scheme-input"
          onChange={(e) => {
            state.chooseScheme(e.target.files?.[0]);
            // Emptied, so picking the same file again is noticed.
            e.target.value = '';
          }}
        />
      )}
    </Field>
  );
  const sources = inExcel ? (
    state.needsScheme ? (
      schemeField
    ) : null
  ) : (
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
        if (file === undefined) return;
        if (/\.json$/i.test(file.name)) state.chooseScheme(file);
        else state.openWorkbookFile(file);
      }}
    >
      {loaded === undefined ? <Text>Start med projektmappen med handleplanen. Du kan også trække filerne hertil.</Text> : null}
      <Field label="Projektmappe (.xlsx)" hint={state.workbookName === undefined ? null : `Valgt: ${state.workbookName}`}>
        {(props) => (
          <input
            {...props}
            type="file"
            className={styles.file}
            accept={XLSX_TYPES}
            data-testid="workbook-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file !== undefined) state.openWorkbookFile(file);
              e.target.value = '';
            }}
          />
        )}
      </Field>
      {schemeField}
    </div>
  );
  const result = loaded?.outcome.result;
  return (
    <Step id="kilde" title="1. Kilde" divided={false}>
      {sources}
      {loaded === undefined ? <Status place="kilde" state={state} /> : null}
      {loaded === undefined ? null : (
        <>
          <Text>
            {loaded.session.title} · {loaded.session.scheme.plan.name}
          </Text>
          <Field label="Ark med indsatserne">
            <Dropdown
              className={focusRing.ring}
              value={sheetLabel(loaded.outcome.sheet ?? '', loaded.outcome.sheets)}
              selectedOptions={loaded.outcome.sheet === undefined ? [] : [loaded.outcome.sheet]}
              onOptionSelect={(_, data) => {
                if (data.optionValue !== undefined && data.optionValue !== loaded.outcome.sheet) state.chooseSheet(data.optionValue);
              }}
            >
              {sheetChoices(loaded.sheets, loaded.outcome.sheets).map((name) => (
                <Option key={name} value={name}>
                  {sheetLabel(name, loaded.outcome.sheets)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Status place="kilde" state={state} />
          {result?.table === undefined ? null : (
            <ColumnMap
              table={result.table}
              scheme={loaded.session.scheme}
              findings={result.findings}
              settings={loaded.settings}
              onChoose={state.chooseColumn}
              status={(place) => <Status place={place} state={state} />}
            />
          )}
        </>
      )}
    </Step>
  );
}

