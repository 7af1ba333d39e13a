import { explainExcelError } from '../../messages/host-da';

/**
 * What the adapter needs of Excel: a way to run a batch and a way to ask which requirement sets the
 * host has. In Excel it is Office.js (loaded from Microsoft's CDN); in tests it is a fake of the same shape.
 */
export interface ExcelHost {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host has an ExcelApi requirement set, e.g. "1.20". */
  supports(version: string): boolean;
}

/**
 * The oldest ExcelApi the add-in runs on, as manifest.xml requires it: Excel 2021 and 2024, Microsoft 365
 * from version 2102, Excel on the web and on Mac. Hidden rows (1.9), Excel's own separators (1.11) and
 * merged areas (1.13) are always read; only mergeUndoGroup (1.20) is detected at run time.
 */
export const EXCEL_API_FLOOR = '1.13';

/** An error Excel raised, told in Danish; `code` is Excel's, `cause` the original. */
export class ExcelHostError extends Error {
  override readonly name = 'ExcelHostError';
  constructor(
    readonly code: string,
    cause: unknown,
  ) {
    super(explainExcelError(cause), { cause });
  }
}

/** The running Excel, through the Office and Excel globals that office.js defines; its errors come out in Danish. */
export function officeHost(): ExcelHost {
  return {
    run: async (options, batch) => {
      try {
        return await Excel.run(options, batch);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        throw typeof code === 'string' ? new ExcelHostError(code, error) : error;
      }
    },
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/**
 * Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded).
 * We aim below it, leaving room for the JSON Excel wraps around our data.
 */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** A rough size of one queued call beside its data, in request bytes. */
export const CALL_BYTES = 100;

export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Excel on the web sometimes answers an oversized request with GeneralException instead (office-js #1314). */
export function isGeneralException(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'GeneralException';
}
