// The floor the command line is measured against: ExcelJS reads the input workbook and writes the
// finished output (the same cells the command line writes, already computed), with no work between.
// Usage: node floor.js <input.xlsx> <cells.json> <output.xlsx>
const { readFile, writeFile } = require('node:fs/promises');
const ExcelJS = require('exceljs');

async function main([input, cellsFile, output]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(input));
  const finished = JSON.parse(await readFile(cellsFile, 'utf8'));
  for (const sheet of finished.sheets) {
    const target = workbook.getWorksheet(sheet.name) ?? workbook.addWorksheet(sheet.name, { state: sheet.state });
    // Each cell names its style by index into one shared list, as ExcelJS shares a style object per look.
    for (const [address, value, styleIndex] of sheet.cells) {
      const cell = target.getCell(address);
      cell.value = value;
      const style = finished.styles[styleIndex];
      if (style !== undefined && Object.keys(style).length > 0) cell.style = style;
    }
    for (const range of sheet.merges) target.mergeCells(range);
    for (const [col, width] of sheet.widths) target.getColumn(col).width = width;
  }
  await writeFile(output, await workbook.xlsx.writeBuffer());
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
