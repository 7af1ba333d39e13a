/**
 * Danish texts of the pane about following the workbook: reading it again after edits, and Bilag 1
 * when the plan's structure changed since the last Beregn.
 */
export const PANE_DA = {
  validateAgain: 'Valider igen',
  validatingAgain: 'Læser og validerer projektmappen igen …',
  validatedAgain: 'Projektmappen er læst og valideret igen.',
  readingChanges: 'Læser ændringerne i projektmappen …',
  readingBeforeCopy: 'Læser projektmappen, før Bilag 1 kopieres …',
  readingBeforeDownload: 'Læser projektmappen, før den hentes …',
  /** Under the findings in Excel: whether the pane follows edits by itself. */
  following: 'Ruden følger med, når du retter i regnearket.',
  notFollowing: 'Tryk Valider igen, når du har rettet i regnearket.',
  /** Beregn is refused while there are errors. */
  fixErrorsInExcel: 'Ret fejlene i regnearket eller med rettelserne under Validering, og valider igen. Intet er skrevet.',
  fixErrorsInFile: 'Ret fejlene med rettelserne under Validering, eller ret dem i filen og åbn den igen her. Intet er skrevet.',
  /** Why Bilag 1 and the computed columns must be made again, by what changed. */
  outdated: {
    structure:
      'Planens opbygning er ændret siden sidste beregning (en ny række, en anden kategori, en flyttet tabel eller et ændret skema). Bilag 1 og de beregnede kolonner skal laves på ny.',
    values: 'Nogle resultater står som tal, og de celler, de er regnet fra, er ændret siden sidste beregning. Bilag 1 og de beregnede kolonner skal laves på ny.',
  },
  updateBilag: 'Opdater Bilag 1',
  /** After Fortryd: a round the undone write closed stays closed, and the pane says where it is. */
  undone: (keptRound?: string) =>
    keptRound === undefined ? 'Seneste skrivning er fortrudt.' : `Seneste skrivning er fortrudt. En lukket opfølgning fortrydes ikke: arket »${keptRound}« er bevaret.`,
  notCopiedOutdated: {
    structure: 'Bilag 1 er ikke kopieret: planens opbygning er ændret siden sidste beregning. Opdater Bilag 1 først.',
    values: 'Bilag 1 er ikke kopieret: nogle af dets tal er regnet fra celler, der er ændret siden sidste beregning. Opdater Bilag 1 først.',
  },
  notDownloadedOutdated: {
    structure: 'Projektmappen er ikke hentet: planens opbygning er ændret siden sidste beregning, så Bilag 1 passer ikke længere. Opdater Bilag 1 først.',
    values: 'Projektmappen er ikke hentet: nogle resultater i den er regnet fra celler, der er ændret siden sidste beregning. Opdater Bilag 1 først.',
  },
} as const;
