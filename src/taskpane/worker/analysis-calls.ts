import type { Grid } from '../../core/grid';
import { analysePlan, PlanResult } from '../../core/plan';
import type { Scheme } from '../../core/scheme';
import type { WorkbookFacts } from '../../core/workbook';

/** What the Excel pane's worker does: the core's analysis of a sheet the pane has read through Office.js. */
export const analysisCalls = {
  analyse: async (grid: Grid, scheme: Scheme, facts: WorkbookFacts, further: readonly Grid[] = []): Promise<PlanResult> => analysePlan(grid, scheme, facts, further),
};

export type AnalysisCalls = typeof analysisCalls;
