import type { XlsxWorkbook } from '../adapters/xlsx/xlsx-workbook';
import { runPlan, RunOutcome } from '../core/run';
import { Scheme } from '../core/scheme';
import { SchemeRead, schemeFromJson } from '../core/scheme-json';
import { SCHEME_SHEET, schemeFromWorkbook, schemeToLayout } from '../core/scheme-sheet';

/** Why the pane cannot go on, in one Danish sentence with what to do. */
export class PaneProblem extends Error {
  override readonly name = 'PaneProblem';
}

/**
 * The browser page's session: an .xlsx file opened from disk, the plan's scheme from the workbook's
 * scheme sheet or from a JSON file, and the four steps run on the file in memory.
 */
export class FileSession {
  private constructor(
    readonly fileName: string,
    private readonly workbook: XlsxWorkbook,
    readonly scheme: Scheme,
    private readonly schemeFromFile: boolean,
  ) {}

  static async open(file: { name: string; data: ArrayBuffer }, schemeFile?: { name: string; text: string }): Promise<FileSession> {
    // ExcelJS is large and only the browser page needs it: it loads as its own chunk when a file is opened.
    const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx/xlsx-workbook');
    const workbook = await XlsxWorkbook.fromBuffer(file.data);
    if (schemeFile !== undefined) {
      let data: unknown;
      try {
        data = JSON.parse(schemeFile.text);
      } catch {
        throw new PaneProblem(`Skemaet »${schemeFile.name}« er ikke gyldig JSON.`);
      }
      return new FileSession(file.name, workbook, schemeOrProblem(schemeFromJson(data, schemeFile.name)), true);
    }
    const read = await schemeFromWorkbook(workbook);
    if (read === undefined) {
      throw new PaneProblem(`Projektmappen har intet skema (arket »${SCHEME_SHEET}«). Vælg planens skema (JSON) sammen med projektmappen.`);
    }
    return new FileSession(file.name, workbook, schemeOrProblem(read), false);
  }

  /** Reads and validates; writes nothing. */
  async validate(): Promise<RunOutcome> {
    return runPlan(this.workbook, this.scheme, { write: false });
  }

  /** Computes and writes the columns and Bilag 1 into the workbook in memory. */
  async run(): Promise<RunOutcome> {
    return runPlan(this.workbook, this.scheme, { write: true, ...(this.schemeFromFile ? { schemeSheet: schemeToLayout(this.scheme) } : {}) });
  }

  async result(): Promise<Blob> {
    return new Blob([(await this.workbook.toBuffer()) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  /** "plan.xlsx" → "plan med Bilag 1.xlsx". */
  get resultName(): string {
    return `${this.fileName.replace(/\.xlsx$/i, '')} med Bilag 1.xlsx`;
  }
}

function schemeOrProblem(read: SchemeRead): Scheme {
  if (read.scheme === undefined) throw new PaneProblem(`Skemaet er ikke gyldigt: ${read.findings.map((f) => f.message).join(' ')}`);
  return read.scheme;
}
