import { MISUSE_DA, MisuseReason } from '../messages/misuse-da';

/**
 * The one kind of error the program throws: a call it will not carry out (a file that is not a workbook, a
 * protected sheet, a sheet it did not make, an argument out of range, a command typed wrong). Problems in the
 * data are findings and never thrown. The message is Danish, for the user, from src/messages/misuse-da.ts.
 */
export class MisuseError extends Error {
  override readonly name = 'MisuseError';

  constructor(
    readonly reason: MisuseReason,
    message: string,
  ) {
    super(message);
  }
}

/** The refusal for a reason, with its Danish message: `throw misuse('sheet-missing', name)`. */
export function misuse<R extends MisuseReason>(reason: R, ...args: Parameters<(typeof MISUSE_DA)[R]>): MisuseError {
  const describe = MISUSE_DA[reason] as (...given: Parameters<(typeof MISUSE_DA)[R]>) => string;
  return new MisuseError(reason, describe(...args));
}
