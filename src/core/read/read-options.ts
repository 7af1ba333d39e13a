import { CellRange } from '../a1';
import { Finding } from '../findings';
import { Separators } from '../money';
import { PlanTable } from '../plan-table';
import { AddinSettings } from '../settings';

export interface ReadOptions {
  /** Cells the program wrote on an earlier run: never read as input. */
  readonly ignore?: CellRange;
  /** The separators the workbook's locale uses, for numbers typed as text; Danish when not known. */
  readonly separators?: Separators;
  /** The user's choices of what columns hold, where the header alone says it wrongly. */
  readonly settings?: AddinSettings;
}

export interface TableRead {
  readonly table?: PlanTable;
  readonly findings: readonly Finding[];
}
