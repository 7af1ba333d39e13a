/** Danish texts of the pane's Opfølgning step: what moved since the last round, and closing a round. */
export const SINCE_PANE_DA = {
  step: '5. Opfølgning',
  lastRound: (round: string, closed: string) => `Sidste opfølgning: ${round}, lukket ${closed}.`,
  noRound: 'Der er ingen lukket opfølgning endnu. Luk den første nedenfor, så viser ruden næste gang, hvad der har flyttet sig siden.',
  converted: (from: number, to: number, fromIndex: string, toIndex: string) =>
    `Sidste opfølgning er omregnet fra ${from}-priser til ${to}-priser efter skemaets prisindeks (${fromIndex} → ${toIndex}).`,
  year: 'År',
  chartTitle: (round: string, year: string, unit: string, priceLevel: string) => `Fra afvigelsen ved ${round} til i dag, ${year} (${unit}, ${priceLevel})`,
  noBridge: 'Intet år har effekt ved både sidste opfølgning og nu, så der er ingen afvigelse at følge fra den ene til den anden.',
  bridgeTable: 'Afvigelsen fra sidste opfølgning til i dag pr. år',
  initiatives: (year: string) => `Indsatser, effekt og afvigelse før og nu, ${year}`,
  initiativeTable: (name: string, year: string) => `${name}, ${year}`,
  initiativeColumns: ['Før', 'Nu', 'Ændring'],
  initiativeRows: { effect: 'Effekt', gap: 'Afvigelse' },
  showAll: (count: number) => `Vis alle ${count} indsatser`,
  more: (next: number, left: number) => `Vis ${next} flere (af ${left})`,
  noneMoved: (year: string) => `Ingen indsats har ændret effekt eller afvigelse i ${year}.`,
  close: {
    heading: 'Luk opfølgning',
    intro: 'Gemmer planen, som den står nu, i et låst ark, så næste opfølgning kan vise, hvad der har flyttet sig.',
    name: 'Navn på opfølgningen',
    hint: (date: string, longest: number) => `Dato: ${date} (i dag). Højst ${longest} tegn.`,
    button: 'Luk opfølgning',
    closing: (name: string) => `Lukker opfølgningen »${name}« …`,
    closed: (name: string, sheet: string) => `Opfølgningen »${name}« er lukket og gemt i arket »${sheet}«.`,
    closedInFile: (name: string, sheet: string) => `Opfølgningen »${name}« er lukket og gemt i arket »${sheet}«. Hent projektmappen for at gemme den i filen.`,
    nameMissing: 'Skriv et navn på opfølgningen.',
    kept: (name: string) => `Intet er lukket: opfølgningen »${name}« er, som den var.`,
    notClosed: 'Opfølgningen er ikke lukket, og intet er skrevet: ret fejlene under Validering.',
    taken: {
      title: (name: string) => `»${name}« findes allerede`,
      body: (name: string, closed: string) =>
        `Opfølgningen »${name}« blev lukket ${closed}. Vil du erstatte den med planen, som den står nu? Den gamle opfølgning kan ikke hentes tilbage bagefter.`,
      replace: 'Erstat',
      cancel: 'Annuller',
    },
  },
} as const;
