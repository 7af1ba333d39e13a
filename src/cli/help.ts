/** Help texts for the command line, in Danish like the rest of the product. */
export const HELP = {
  main: `handleplan – opfølgning på handleplaner i Excel-projektmapper

Brug:
  handleplan validate <fil.xlsx> [--sheet ARK] [--scheme SKEMA.json] [--json]
  handleplan run <fil.xlsx> -o <ny fil.xlsx> [--sheet ARK] [--scheme SKEMA.json] [--in-place] [--close-round NAVN]
  handleplan init <fil.xlsx> [-o SKEMA.json]
  handleplan --version

Kommandoer:
  validate  læser indsatserne og viser alle fund (fejl, advarsler, info)
  run       validerer, skriver effekt- og gabkolonner og arket Bilag 1 i en kopi
  init      laver et udkast til planens skema ud fra projektmappen

Afslutningskoder: 0 ingen fejl, 1 fejl i data, 2 ubrugelige argumenter eller fil.
Skriv »handleplan <kommando> --help« for detaljer.`,
  validate: `handleplan validate <fil.xlsx> [--sheet ARK] [--scheme SKEMA.json] [--json]

Læser tabellen med indsatser og kontrollerer den mod planens skema. Intet skrives.
  --sheet ARK        arket med indsatserne (standard: det første ark med en tabel)
  --scheme FIL       planens skema som JSON (standard: arket »Handleplan-skema« i projektmappen)
  --json             som JSON: planens enhed, fortegn og prisniveau, hver indsats' og planens tal pr. år
                     (planlagt, mål, effekt, gab som decimaltal med punktum), ændringerne siden sidste
                     lukkede opfølgning (since) og alle fund
Med en lukket opfølgning i projektmappen vises også, hvad der har flyttet sig siden, pr. år.
Afslutningskode 0 uden fejl, 1 med fejl, 2 hvis filen eller argumenterne ikke kan bruges.`,
  run: `handleplan run <fil.xlsx> -o <ny fil.xlsx> [--sheet ARK] [--scheme SKEMA.json] [--in-place] [--close-round NAVN] [--json]

Validerer, og skriver så effekt- og gabkolonner ved siden af tabellen og arket Bilag 1.
Inputfilen ændres ikke; resultatet gemmes i -o. Med fejl i data skrives intet.
En lang plan vises kort på skærmen (de første 60 fund og rækker); det hele står i filen.
  -o, --output FIL   hvor resultatet gemmes
  --in-place         skriv i selve inputfilen i stedet
  --sheet ARK        arket med indsatserne
  --scheme FIL       planens skema som JSON (standard: arket »Handleplan-skema«)
  --close-round NAVN luk en opfølgning, fx "BO2 2026": planens tal i dag gemmes i et beskyttet ark
                     »Opfølgning NAVN«, som senere kørsler sammenligner med (arket »Ændringer siden NAVN«).
                     En opfølgning med samme navn lukkes ikke igen: så skrives intet (afslutningskode 1)
  --date ÅÅÅÅ-MM-DD  datoen opfølgningen lukkes med (standard: i dag)
  --json             rapporten som JSON, som validate --json, og hvor resultatet er gemt`,
  init: `handleplan init <fil.xlsx> [-o SKEMA.json] [--sheet ARK]

Laver et udkast til planens skema: kategorier og år fra data, enhed og prisniveau gættet ud fra
titelrækkerne. Hvert gæt vises, så du kan tjekke det. Standard-output er <fil>.skema.json.`,
} as const;
