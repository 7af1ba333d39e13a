/**
 * What the adapter needs of Excel: a way to run a batch and a way to ask which requirement sets the
 * host has. In Excel it is Office.js (loaded from Microsoft's CDN); in tests it is a fake of the same shape.
 */
export interface ExcelHost {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host has an ExcelApi requirement set, e.g. "1.13". */
  supports(version: string): boolean;
}

/** The running Excel, through the Office and Excel globals that office.js defines. */
export function officeHost(): ExcelHost {
  return {
    run: (options, batch) => Excel.run(options, batch),
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
