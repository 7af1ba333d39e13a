/** Danish texts of the follow-up rounds: the snapshot sheet a closed round is kept in, and the sheet of what moved since. */
export const ROUND_DA = {
  sheetName: (round: string) => `Opfølgning ${round}`,
  title: (round: string) => `Opfølgning ${round} (lukket, ændres ikke)`,
  fields: { round: 'Runde', closed: 'Lukket', unit: 'Enhed', priceLevel: 'Prisniveau', sign: 'Fortegn' },
  plan: 'Planen',
  planColumns: ['År', 'Mål', 'Mål fra skemaet', 'Effekt', 'Afvigelse'],
  initiatives: 'Indsatser',
  initiativeColumns: ['Indsats', 'Kategori', 'Tælles med'],
  yearColumns: (year: string) => [`Planlagt ${year}`, `Mål ${year}`, `Effekt ${year}`, `Afvigelse ${year}`],
  yes: 'Ja',
  no: 'Nej',
} as const;

/** The sheet of what moved since a round, and its bridge. */
export const SINCE_DA = {
  sheetName: (round: string) => `Ændringer siden ${round}`,
  title: (round: string, closed: string) => `Ændringer siden ${round} (lukket ${closed})`,
  initiativeColumns: ['Indsats', 'Ændring'],
  yearColumns: (year: string) => [`Effekt ${year} før`, `Effekt ${year} nu`, `Ændring ${year}`, `Afvigelse ${year} før`, `Afvigelse ${year} nu`],
  kind: { both: '', new: 'Ny', dropped: 'Udgået', 'not-counted': 'Tælles ikke med' },
  bridge: 'Fra afvigelsen ved sidste opfølgning til i dag',
  bridgeRows: {
    gapThen: (round: string) => `Afvigelse ved ${round}`,
    priceLevel: 'Omregnet til dagens prisniveau',
    targets: 'Ændrede mål',
    changedEffects: 'Ændret effekt af indsatser',
    newInitiatives: 'Nye indsatser',
    droppedInitiatives: 'Udgåede indsatser',
    gapNow: 'Afvigelse i dag',
  },
  bridgeNote: 'Positive tal øger afvigelsen (flere besparelser mangler), negative mindsker den.',
  priceNotConverted: (from: string, to: string) => `Sidste opfølgning er i ${from}, planen nu i ${to}; skemaets prisindeks mangler, så intet er omregnet.`,
} as const;
