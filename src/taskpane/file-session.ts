import type { XlsxWorkbook } from '../adapters/xlsx/xlsx-workbook';
import { Scheme } from '../core/scheme';
import { schemeFromWorkbook } from '../core/scheme-sheet';
import { NO_SCHEME_SHEET, SchemeFile, schemeFromFile, schemeOrProblem } from './scheme-file';
import { WorkbookSession } from './session';

/**
 * The browser page's session: an .xlsx file opened from disk, the plan's scheme from the workbook's
 * scheme sheet or from a JSON file, and the four steps run on the file in memory.
 */
export class FileSession extends WorkbookSession {
  private constructor(
    readonly title: string,
    private readonly file: XlsxWorkbook,
    scheme: Scheme,
    schemeFromJsonFile: boolean,
  ) {
    super(file, scheme, schemeFromJsonFile);
  }

  static async open(file: { name: string; data: ArrayBuffer }, schemeFile?: SchemeFile): Promise<FileSession> {
    // Only the browser page reads files: the .xlsx adapter loads as its own chunk when a file is opened.
    const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx/xlsx-workbook');
    const workbook = await XlsxWorkbook.fromBuffer(file.data);
    if (schemeFile !== undefined) return new FileSession(file.name, workbook, schemeFromFile(schemeFile), true);
    const read = await schemeFromWorkbook(workbook);
    if (read === undefined) throw NO_SCHEME_SHEET();
    return new FileSession(file.name, workbook, schemeOrProblem(read), false);
  }

  /** The workbook as it is now, as the bytes of an .xlsx file. */
  bytes(): Promise<Uint8Array> {
    return this.file.toBuffer();
  }

  readonly download = async (): Promise<{ url: string; name: string }> => downloadOf(await this.bytes(), this.title);
}

/** The workbook's bytes as a file to save, named after the file it was opened from. */
export function downloadOf(bytes: Uint8Array, title: string): { url: string; name: string } {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  // "plan.xlsx" → "plan med Bilag 1.xlsx".
  return { url: URL.createObjectURL(blob), name: `${title.replace(/\.xlsx$/i, '')} med Bilag 1.xlsx` };
}
