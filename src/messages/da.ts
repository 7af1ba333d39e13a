import type { FindingCode, ParamsOf } from '../core/codes';
import type { ColumnRole, PlainKind } from '../core/columns';
import type { NotLiveReason } from '../core/formulas/reasons';
import { Decimal } from '../core/decimal';
import { EXCEL_DIGITS, formatDanish } from '../core/money';
import { describeSchemeField } from './scheme-da';

/** The one-click fixes a finding can offer. */
export type FixKind = 'set-number' | 'set-text';

const q = (text: string): string => `»${text}«`;
/** A unit at the end of a sentence: "mio. kr." ends it already, so no second stop. */
/** A decimal string with a point ("104.3") as a Danish reader writes it ("104,3"). */
const danishNumber = (text: string): string => text.replace('.', ',');
const endsWith = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/**
 * Danish texts for every finding, in plain words a finance colleague understands: what is wrong,
 * where, and what to do. A test fails when a code lacks its text.
 */
export const MESSAGES_DA: { readonly [C in FindingCode]: (p: ParamsOf<C>) => string } = {
  'shape-recognised': (p) => `Arket læses som ${SHAPE_DA[p.shape as keyof typeof SHAPE_DA] ?? p.shape}.`,
  'sheet-empty': () => 'Arket er tomt. Vælg det ark, hvor handleplanens indsatser står.',
  'header-not-found': () =>
    'Der er ingen overskriftsrække med både en kolonne til indsatsens navn og kolonner med beløb pr. år. ' +
    'Tjek at tabellen har overskrifter som »Indsats«, »Tema« og årstal som »2023«.',
  'column-missing': (p) => `Tabellen mangler en kolonne til ${p.column}. Tilføj den, eller ret overskriften.`,
  'column-duplicate': (p) =>
    `Kolonnen ${q(p.header)} betyder det samme som kolonne ${p.first.replace(/\d+$/, '')}. Kun den første bruges.`,
  'column-ignored': (p) => `Kolonnen ${q(p.header)} bruges ikke i beregningen.`,
  'year-outside-period': (p) =>
    `Året ${p.year} ligger uden for planens periode ${p.period}. Beløbene i kolonnen tælles ikke med.`,
  'year-row-outside-period': (p) =>
    `Året ${p.year} ligger uden for planens periode ${p.period}. Beløbene i rækken tælles ikke med.`,
  'merged-cells-in-table': (p) =>
    `Cellerne ${p.range} er flettet inde i tabellen. Kun den øverste venstre celle læses; ophæv fletningen for at være sikker.`,
  'hidden-row-counted': () => 'Rækken er skjult, men tælles med. Vis rækken, hvis den skal kontrolleres.',
  'hidden-column-read': (p) => `Kolonnen ${q(p.header)} er skjult, men læses med. Vis kolonnen, hvis den skal kontrolleres.`,
  'another-table-below': (p) =>
    `Her begynder en tabel mere. Kun tabellen i række ${p.first}-${p.last} læses; ` +
    'flyt den næste tabel til sit eget ark, hvis den også skal med.',
  'row-read-as-note': (p) => `Rækken læses som en note og tælles ikke med: ${q(p.value)}.`,
  'workbook-without-table': (p) =>
    `Intet ark i projektmappen har en tabel med indsatser og beløb pr. år (arkene: ${p.sheets}). ` +
    'Tjek at tabellen har overskrifter som »Indsats«, »Tema« og årstal som »2023«.',
  'forms-on-several-sheets': (p) =>
    `Budgetforslagene på arkene ${p.sheets} læses som én plan (${p.count} forslag i alt). ` +
    'Hvert forslags fund og beregnede kolonner står på forslagets eget ark.',
  'table-unit-converted': (p) =>
    `Beløbene i kolonne ${p.columns} er angivet i ${p.from} (${q(p.value)}). De er omregnet til planens enhed, ${endsWith(p.to)}`,
  'table-price-converted': (p) =>
    `Beløbene i kolonne ${p.columns} er i ${p.from}-priser (${q(p.value)}). De er omregnet til planens prisniveau, ${p.to}-priser: ` +
    `ganget med ${danishNumber(p.toIndex)} og divideret med ${danishNumber(p.fromIndex)} (skemaets prisindeks${p.source === '' ? '' : `, ${p.source}`}).`,
  'price-index-missing': (p) =>
    `Tabellen er i ${p.from}-priser (${q(p.value)}), planen i ${p.to}-priser, men skemaets prisindeks mangler ${p.years}. ` +
    'Intet er omregnet; tilføj årene under »Prisindeks« i skemaet.',
  'price-level-plan-unknown': (p) =>
    `Tabellen er i ${p.from}-priser (${q(p.value)}), men planens prisniveau, ${q(p.level)}, nævner intet år. ` +
    'Intet er omregnet; skriv fx »2022-priser« som prisniveau i skemaet.',
  'price-level-unclear': (p) => `Arket angiver flere prisniveauer: ${p.statements}. Intet er omregnet; skriv prisniveauet i kolonneoverskrifterne.`,
  'unit-unclear': (p) =>
    `Arket angiver flere forskellige enheder: ${p.statements}. Beløbene læses i planens enhed, ${p.unit}; ` +
    'skriv enheden i kolonneoverskrifterne, hvis det er forkert.',
  'table-sign-converted': (p) =>
    `Tabellen angiver besparelser som ${p.sign === 'negative' ? 'negative' : 'positive'} tal (${q(p.value)}), planen som ${p.planSign === 'negative' ? 'negative' : 'positive'}. ` +
    `Fortegnet er vendt for beløbene i kolonne ${p.columns}.`,
  'sign-unclear': (p) =>
    `Arket angiver fortegnet på flere måder, der ikke stemmer overens: ${p.statements}. Beløbene læses, som de står; ret noten.`,
  'amount-text-number': (p) =>
    `Beløbet ${q(p.value)} er gemt som tekst. Det læses som tallet ${p.number}; gør det til et tal, så Excel kan regne med det.`,
  'amount-not-a-number': (p) => `${q(p.value)} er ikke et beløb. Skriv et tal, eller lad cellen være tom.`,
  'amount-not-stated': (p) =>
    `${q(p.value)} er ikke et beløb endnu; cellen tæller ikke med. Skriv beløbet, når det kendes (0, hvis det er nul).`,
  'amount-too-large': (p) =>
    `${q(p.value)} er for stort til at være et beløb; Excel regner kun præcist med ${EXCEL_DIGITS} cifre. Tjek cellen; beløbet tælles ikke med.`,
  'amount-with-comment': (p) =>
    `${q(p.value)} læses som ${p.number}; ${q(p.comment)} er en bemærkning. ` +
    'Flyt bemærkningen til en bemærkningskolonne, og skriv kun tallet i cellen.',
  'amount-foreign-separators': (p) =>
    `${q(p.value)} er skrevet med engelske skilletegn. Skriv beløbet med decimalkomma, fx »1.234,5«.`,
  'amount-bad-grouping': (p) =>
    `${q(p.value)} har punktummer de forkerte steder. Tusindtalspunktummer står for hver tredje ciffer, fx »1.234,5«.`,
  'amount-ambiguous': (p) =>
    `${q(p.value)} kan betyde både tusinder og decimaler. Skriv beløbet uden tusindtalspunktum eller med decimalkomma.`,
  'amount-formula-error': (p) => `Formlen i cellen giver fejlen ${p.value}. Ret formlen; beløbet tælles ikke med.`,
  'amount-formula-without-value': () =>
    'Cellen har en formel uden gemt resultat. Åbn og gem filen i Excel, så resultatet beregnes; beløbet tælles ikke med.',
  'amount-is-date': (p) => `Cellen indeholder datoen ${p.value}, ikke et beløb. Skriv beløbet som et tal.`,
  'amount-unit-converted': (p) =>
    `${q(p.value)} er angivet i ${p.from} og er omregnet til ${p.number} ${endsWith(p.to)}`,
  'amount-in-activity': (p) =>
    `Aktiviteten har beløbet ${q(p.value)}. Aktiviteter har ingen beløb; beløbet tælles ikke med. Flyt det til indsatsen.`,
  'amount-suspicious-magnitude': (p) =>
    `Beløbet ${q(p.value)} er usædvanligt i ${endsWith(p.unit)} Tjek om det er indtastet i en anden enhed.`,
  'amount-negative-not-allowed': (p) =>
    `Beløbet ${q(p.value)} er ${p.planSign === 'negative' ? 'positivt' : 'negativt'} og dermed en merudgift, men kategorien ${q(p.category)} tillader kun besparelser. Tjek fortegnet.`,
  'amounts-mostly-negative': (p) => {
    const planPositive = p.planSign !== 'negative';
    return (
      `${p.negative} af tabellens ${p.all} planlagte beløb har modsat fortegn af planens, der viser besparelser som ${planPositive ? 'positive' : 'negative'} tal. ` +
      `Viser tabellen besparelser ${planPositive ? 'med minus' : 'som positive tal'}, så skriv »${planPositive ? '(-)' : '(+)'} = mindreudgift/merindtægt« ` +
      'i en note over eller under tabellen; så vendes fortegnet.'
    );
  },
  'start-date-invalid': (p) => `${q(p.value)} er ikke en dato. Skriv ikrafttrædelsen som en dato, fx 01-05-2023.`,
  'name-missing': () => 'Rækken har beløb, men intet navn på indsatsen. Skriv navnet.',
  'category-missing': () => 'Indsatsen har ingen kategori. Vælg en af planens kategorier.',
  'category-unknown': (p) =>
    `Kategorien ${q(p.value)} findes ikke i planens skema.` +
    (p.suggestion === undefined ? ' Vælg en af skemaets kategorier.' : ` Mente du ${q(p.suggestion)}?`),
  'category-not-canonical': (p) => `Kategorien ${q(p.value)} skrives ${q(p.suggestion)} i skemaet.`,
  'number-similar': (p) => `Nummeret ${q(p.value)} ligner ${q(p.other)} i celle ${p.first}. Tjek om det er to forskellige indsatser.`,
  'initiative-dropped': (p) => `Indsatsen ${q(p.value)} er udgået. Den vises, men tælles ikke med i summerne.`,
  'number-duplicate': (p) => `Nummeret ${q(p.value)} bruges også i celle ${p.first}. Giv hver indsats sit eget nummer.`,
  'stated-total-agrees': (p) => `»I alt«-rækken stemmer med summen af rækkerne (${p.columns}).`,
  'stated-total-mismatch': (p) =>
    `»I alt« siger ${p.value}, men rækkerne giver ${p.expected} (forskel ${p.difference}). Tjek rækkerne eller totalen.`,
  'plan-total-misses-target': (p) =>
    `Indsatserne giver ${p.total} i ${p.year}, men planens mål er ${p.target} (${p.direction === 'over' ? 'overstiger målet med' : 'mangler'} ${p.difference}).`,
  'effect-missing': (p) =>
    `Indsatsen har et måltal i ${p.year}, men ingen realiseret eller forventet effekt. Gabet kan ikke beregnes for rækken.`,
  'follow-up-missing': () =>
    'Planen har endnu ingen opfølgning: ingen kolonner med realiseret eller forventet effekt, helårseffekt eller antal borgere. ' +
    'Gabet beregnes, når de er tilføjet.',
  'effect-partial': (p) =>
    `Den realiserede effekt for ${p.year} er kun delvis: ${q(p.part)} er ikke opgjort endnu. Effekten er summen af de opgjorte dele.`,
  'effect-not-available': (p) =>
    `Der er ingen effekt for ${p.year} endnu (ingen realiseret, forventet eller helårseffekt). Gabet vises tomt.`,
  'output-blocked': (p) =>
    `Cellen indeholder ${q(p.value)}, som tilføjelsesprogrammet ikke har skrevet. Intet er skrevet; flyt indholdet, og prøv igen.`,
  'output-edited': (p) =>
    `Kolonnen ${q(p.header)} er ændret i hånden siden sidste kørsel. Intet er skrevet, så dine tal ikke går tabt: ` +
    'flyt dem til en anden kolonne, og ryd kolonnen, før du kører igen.',
  'bilag-sheet-taken': (p) =>
    `Der findes allerede et ark ${q(p.value)}, som tilføjelsesprogrammet ikke har lavet. Omdøb arket, eller vælg et andet navn til Bilag 1 i skemaet.`,
  'gap-sheet-taken': (p) =>
    `Der findes allerede et ark ${q(p.value)}, som tilføjelsesprogrammet ikke har lavet. Planens afvigelse pr. år skrives derfor ikke; omdøb arket for at få den.`,
  'formula-not-live': (p) => {
    const reason = NOT_LIVE_DA[p.reason as NotLiveReason] ?? NOT_LIVE_DA['text-number'];
    return `Resultaterne, der bygger på ${p.value === '' ? 'cellen' : q(p.value)}, er skrevet som tal og følger ikke med, når cellen ændres: ${reason.why}. ${reason.remedy}`;
  },
  'results-as-values': () =>
    'Arket har ikke én række pr. indsats, så effekt og gab er skrevet som tal og følger ikke med, når tallene ændres. ' +
    'Beregn igen efter ændringer; Handleplan siger til, når resultaterne er forældede.',
  'results-stale': (p) => {
    const stretch = p.cells.includes(':');
    return (
      `Resultaterne er forældede: ${stretch ? `en celle i ${p.cells}` : p.cells} er ændret siden sidste Beregn, ` +
      `og det, der bygger på ${stretch ? 'cellerne' : 'cellen'}, er skrevet som tal. Beregn igen.`
    );
  },
  'round-name-invalid': (p) =>
    `${q(p.value)} kan ikke bruges som navn på en opfølgning: navnet skal have 1 til ${p.max} tegn og ingen af tegnene : \\ / ? * [ ]. Vælg fx »BO2 2026«.`,
  'round-exists': (p) =>
    `Opfølgningen ${q(p.value)} blev lukket ${p.closed} og ændres ikke. Vælg et andet navn til den nye opfølgning.`,
  'round-sheet-taken': (p) => `Der findes allerede et ark ${q(p.value)}, som tilføjelsesprogrammet ikke har lavet. Omdøb arket, eller vælg et andet navn til opfølgningen.`,
  'round-sheet-unreadable': (p) =>
    `Arket ${q(p.value)} kan ikke længere læses som en lukket opfølgning (det er ændret eller slettet), så der sammenlignes med opfølgningen før.`,
  'since-sheet-taken': (p) =>
    `Der findes allerede et ark ${q(p.value)}, som tilføjelsesprogrammet ikke har lavet. Ændringerne siden sidste opfølgning skrives derfor ikke som ark; omdøb arket for at få dem.`,
  'scheme-value-missing': (p) => `Skemaet mangler ${describeSchemeField(p.field)}.`,
  'scheme-value-invalid': (p) => `${q(p.value)} er ikke gyldig som ${describeSchemeField(p.field)}: ${p.reason}`,
  'scheme-guess': (p) => `${describeSchemeField(p.field)} er gættet som ${q(p.value)} ud fra ${p.source}. Tjek og ret det i skemaet.`,
};

/** Why a result was written as a value, and what makes it a formula again (formula-not-live). */
const NOT_LIVE_DA: Record<NotLiveReason, { why: string; remedy: string }> = {
  'text-number': {
    why: 'beløbet er gemt som tekst, så Excel kan ikke regne med det',
    remedy: 'Gør det til et tal (rettelsen under »Tal skrevet som tekst«), og beregn igen, så bliver de formler.',
  },
  comment: { why: 'cellen har ord efter tallet', remedy: 'Flyt bemærkningen til en bemærkningskolonne, skriv kun tallet, og beregn igen.' },
  'text-date': { why: 'datoen er gemt som tekst', remedy: 'Skriv den som en dato, og beregn igen.' },
  date: { why: 'cellen indeholder en dato, hvor der skal stå et tal', remedy: 'Skriv beløbet som et tal, og beregn igen.' },
  'not-a-date': { why: 'ikrafttrædelsen er et tal, ikke en dato', remedy: 'Skriv den som en dato, fx 01-05-2023, og beregn igen.' },
  'formula-without-value': { why: 'formlen i cellen har intet gemt resultat', remedy: 'Åbn og gem filen i Excel, og beregn igen.' },
  'too-large': { why: 'tallet er for stort til at regne præcist med', remedy: 'Ret tallet, og beregn igen.' },
  'several-columns': { why: 'tabellen har flere kolonner, der læses som det samme', remedy: 'Lad kun én kolonne have den betydning, og beregn igen.' },
  'too-long': {
    why: 'summen ville blive længere, end Excel tillader i en formel',
    remedy: 'Saml de udgåede indsatser, fx nederst i tabellen, og beregn igen.',
  },
};

/** The shapes of table the reader knows, as the shape-recognised finding names them. */
export const SHAPE_DA = {
  'row-table': 'en tabel med en række pr. indsats',
  'years-down': 'en opfølgning med årene ned ad rækkerne (én indsats)',
  'years-down-groups': 'en opfølgning med årene ned ad rækkerne (én indsats pr. gruppe af kolonner)',
  'proposal-form': 'et budgetforslag (én indsats: nettoændringen)',
  'proposal-forms': 'flere budgetforslag på samme ark (én indsats pr. forslag)',
} as const;

/** Button text for a one-click fix. */
export function describeFix(kind: FixKind, value: string): string {
  switch (kind) {
    case 'set-number': {
      // The value keeps the decimals the user typed ("10.0"), so the button shows 10,0.
      return `Gør til tallet ${formatDanish(new Decimal(value), value.split('.')[1]?.length ?? 0)}`;
    }
    case 'set-text':
      return `Skriv ${q(value)}`;
  }
}

export function describeFinding<C extends FindingCode>(code: C, params: ParamsOf<C>): string {
  const message: (p: ParamsOf<C>) => string = MESSAGES_DA[code];
  return message(params);
}

/** Names of the columns the reader looks for, as messages mention them. */
export const COLUMN_NAMES_DA = {
  name: 'indsatsens navn (»Indsats«, »Initiativ« eller »Tiltag«)',
  category: 'kategori (»Tema«, »Kategori« eller »Område«)',
  amounts: 'beløb pr. år (overskrifter som »2023«)',
} as const;

/** Each plain kind of column's Danish name: in the pane's column overview, and as its heading where Bilag 1 shows it. */
export const COLUMN_ROLE_DA: Record<PlainKind | 'name' | 'full-year' | 'unit-saving' | 'owned', string> = {
  number: 'Nummer',
  category: 'Kategori',
  name: 'Indsatsens navn',
  'row-type': 'Rækketype',
  status: 'Status',
  note: 'Bemærkning',
  start: 'Ikrafttræden',
  citizens: 'Antal borgere',
  'full-year': 'Helårseffekt',
  'unit-saving': 'Besparelse pr. borger',
  owned: 'Beregnet af Handleplan',
};

/** What a column was read as, for the pane's column overview. */
export function describeColumnRole(role: ColumnRole, yearLabel: (group: string, year: number) => string): string {
  return role.kind === 'amount' ? `${MEASURE_DA[role.measure]} ${yearLabel(role.group, role.year)}` : COLUMN_ROLE_DA[role.kind];
}

// The plan's own words: the amount the plan sets out is planned (planlagt); "Forventet 2024" is a forecast.
const MEASURE_DA = { target: 'Planlagt besparelse', adjusted: 'Justeret forventning', realised: 'Realiseret', forecast: 'Forventet' } as const;
