"""
Writes the package fixtures (test/fixtures/package.*.xlsx|xlsm): workbooks made by openpyxl and by
LibreOffice with the Hedensted plan sheet beside a chart, notes, pivot tables and a VBA project.
Run through `npm run fixtures` (test/helpers/package-fixture-maker.ts); usage: make-package-fixtures.py <corpus dir> <out dir>.
"""
import copy
import datetime
import os
import sys

from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.pivot.cache import CacheDefinition
from openpyxl.pivot.record import RecordList
from openpyxl.pivot.table import TableDefinition
from openpyxl.xml.functions import fromstring

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
EXAMPLE = os.path.join(ROOT, 'examples', 'hedensted', 'hedensted-handleplan-2023-2026.xlsx')
PLAN_SHEET = 'Handleplan 2023-2026'
FIXED_TIME = datetime.datetime(2024, 1, 1, 12, 0, 0)


def copy_plan_sheet(target_book):
    """The example's plan sheet, cell by cell (values, number formats, fonts, column widths), as the last sheet."""
    source = load_workbook(EXAMPLE)[PLAN_SHEET]
    sheet = target_book.create_sheet(PLAN_SHEET)
    for row in source.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            copied = sheet.cell(row=cell.row, column=cell.column, value=cell.value)
            copied.number_format = cell.number_format
            copied.font = copy.copy(cell.font)
    for key, dimension in source.column_dimensions.items():
        sheet.column_dimensions[key].width = dimension.width
    sheet.freeze_panes = source.freeze_panes
    return sheet


def add_notes(sheet, notes):
    for address, text in notes:
        sheet[address].comment = Comment(text, 'Økonomi')


def add_gap_chart(book):
    """A sheet with targets per year and a bar chart of them, as a finance team would keep beside the plan."""
    sheet = book.create_sheet('Diagram')
    sheet.append(['År', 'Mål (mio. kr.)'])
    for year, target in [(2023, 5.0), (2024, 8.0), (2025, 15.0), (2026, 30.3)]:
        sheet.append([year, target])
    chart = BarChart()
    chart.title = 'Mål pr. år'
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=5), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=5))
    sheet.add_chart(chart, 'D2')
    add_notes(sheet, [('B1', 'Mål fra budgetaftalen')])


def save(book, path):
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.properties.creator = 'Handleplan fixtures'
    book.properties.lastModifiedBy = None
    book.save(path)


def chart_and_notes(out_dir):
    book = load_workbook(EXAMPLE)
    add_notes(book[PLAN_SHEET], [('C5', 'Aftalt i direktionen'), ('I10', 'Skøn, opdateres i juni')])
    add_gap_chart(book)
    path = os.path.join(out_dir, 'package.openpyxl-chart-notes.xlsx')
    save(book, path)
    return path


MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
PIVOT_DATA = [('Dagtilbud', 3.0), ('Socialpædagogisk støtte', 10.0), ('Dagtilbud', 2.0), ('Kontraktforhandling', 10.0)]

PIVOT_CACHE = f"""<pivotCacheDefinition xmlns="{MAIN}" refreshOnLoad="1" recordCount="4">
<cacheSource type="worksheet"><worksheetSource ref="A1:B5" sheet="Pivot"/></cacheSource>
<cacheFields count="2">
<cacheField name="Tema" numFmtId="0"><sharedItems count="3"><s v="Dagtilbud"/><s v="Socialpædagogisk støtte"/><s v="Kontraktforhandling"/></sharedItems></cacheField>
<cacheField name="Beløb" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="2" maxValue="10"/></cacheField>
</cacheFields></pivotCacheDefinition>"""

PIVOT_RECORDS = f"""<pivotCacheRecords xmlns="{MAIN}" count="4">
<r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="10"/></r><r><x v="0"/><n v="2"/></r><r><x v="2"/><n v="10"/></r></pivotCacheRecords>"""

PIVOT_TABLE = f"""<pivotTableDefinition xmlns="{MAIN}" name="Pivot1" cacheId="1" dataCaption="Værdier" applyNumberFormats="0" applyBorderFormats="0"
 applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3"
 createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">
<location ref="D1:E5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>
<pivotFields count="2">
<pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="2"/><item x="1"/><item t="default"/></items></pivotField>
<pivotField dataField="1" showAll="0"/>
</pivotFields>
<rowFields count="1"><field x="0"/></rowFields>
<rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>
<colItems count="1"><i/></colItems>
<dataFields count="1"><dataField name="Sum af Beløb" fld="1" baseField="0" baseItem="0"/></dataFields>
</pivotTableDefinition>"""


def add_pivot_table(book):
    """A sheet with amounts per theme and a pivot table summing them, written by openpyxl's own pivot writer."""
    sheet = book.create_sheet('Pivot')
    sheet.append(['Tema', 'Beløb'])
    for row in PIVOT_DATA:
        sheet.append(list(row))
    # The pivot table's cells as Excel last showed them; the table is refreshed when the file is opened.
    for r, row in enumerate([('Rækkenavne', 'Sum af Beløb'), ('Dagtilbud', 5), ('Kontraktforhandling', 10), ('Socialpædagogisk støtte', 10), ('Hovedtotal', 25)], 1):
        sheet.cell(row=r, column=4, value=row[0])
        sheet.cell(row=r, column=5, value=row[1])
    cache = CacheDefinition.from_tree(fromstring(PIVOT_CACHE))
    cache.records = RecordList.from_tree(fromstring(PIVOT_RECORDS))
    table = TableDefinition.from_tree(fromstring(PIVOT_TABLE))
    table.cache = cache
    sheet.add_pivot(table)


def pivot(out_dir):
    book = load_workbook(EXAMPLE)
    add_pivot_table(book)
    save(book, os.path.join(out_dir, 'package.openpyxl-pivot.xlsx'))


def macro(corpus, out_dir):
    book = load_workbook(os.path.join(corpus, 'numfmt_1_russian.xlsm'), keep_vba=True)
    copy_plan_sheet(book)
    add_gap_chart(book)
    save(book, os.path.join(out_dir, 'package.openpyxl-macro.xlsm'))


if __name__ == '__main__':
    corpus_dir, out = sys.argv[1], sys.argv[2]
    chart_and_notes(out)
    pivot(out)
    macro(corpus_dir, out)
