import { exact, Figure } from '../figures';
import { ChangeKind, Since } from './since';

/** One year of an initiative then and now, as exact decimal strings. */
export interface InitiativeYearJson {
  readonly effectThen: Figure;
  readonly effectNow: Figure;
  readonly gapThen: Figure;
  readonly gapNow: Figure;
}

/** One year's bridge from the gap at the round to today's; its parts add up exactly. */
export interface BridgeYearJson {
  readonly gapThen: string;
  readonly priceLevel: string;
  readonly targets: string;
  readonly changedEffects: string;
  readonly newInitiatives: string;
  readonly droppedInitiatives: string;
  readonly gapNow: string;
}

/** What moved since the last closed round, for validate --json and run --json. */
export interface SinceJson {
  readonly round: string;
  readonly closed: string;
  readonly initiatives: readonly {
    readonly name: string;
    readonly kind: ChangeKind;
    /** By year as users name it: "2023", or "B2023" for a group of its own. */
    readonly years: Readonly<Record<string, InitiativeYearJson>>;
  }[];
  /** By year; null where there is no gap to bridge (no effect yet for the year, then or now). */
  readonly bridge: Readonly<Record<string, BridgeYearJson | null>>;
}

/** What moved since, in exact decimal strings with a point, as the plan's figures are given (figures.ts). */
export function sinceJson(since: Since): SinceJson {
  return {
    round: since.round,
    closed: since.closed,
    initiatives: since.initiatives.map((initiative) => ({
      name: initiative.name,
      kind: initiative.kind,
      years: Object.fromEntries(
        initiative.years.map((y) => [y.label, { effectThen: exact(y.effectThen), effectNow: exact(y.effectNow), gapThen: exact(y.gapThen), gapNow: exact(y.gapNow) }]),
      ),
    })),
    bridge: Object.fromEntries(
      since.bridge.map((year, k) => [
        since.years[k] ?? '',
        year === null
          ? null
          : {
              gapThen: year.gapThen.toFixed(),
              priceLevel: year.priceLevel.toFixed(),
              targets: year.targets.toFixed(),
              changedEffects: year.changedEffects.toFixed(),
              newInitiatives: year.newInitiatives.toFixed(),
              droppedInitiatives: year.droppedInitiatives.toFixed(),
              gapNow: year.gapNow.toFixed(),
            },
      ]),
    ),
  };
}
