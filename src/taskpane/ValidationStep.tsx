import type React from 'react';
import { Text } from '@fluentui/react-components';
import { countBySeverity } from '../core/findings';
import { FindingsList } from './FindingsList';
import { Status, Step } from './Step';
import type { Loaded, PlanSessionState } from './pane-state';

/** Step 2: what the reading found, by severity and kind, with the fixes on offer. */
export function ValidationStep({ state, loaded }: { state: PlanSessionState; loaded: Loaded }): React.JSX.Element | null {
  const result = loaded.outcome.result;
  if (result === undefined) return null;
  const counts = countBySeverity(result.findings);
  return (
    <Step id="validering" title="2. Validering">
      <Text as="p" data-testid="counts">
        {counts.error} fejl, {counts.warning} advarsler, {counts.info} til orientering.
      </Text>
      <Status place="validering" state={state} />
      <FindingsList findings={result.findings} onSelect={loaded.session.select === undefined ? undefined : state.select} onFix={state.fix} busy={state.activity !== undefined} />
    </Step>
  );
}
