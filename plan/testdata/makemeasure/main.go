// Command makemeasure writes the table plans of testdata/measure that are
// not plain text, from the tab-separated rows in measure/src:
//
//   - m11_table_wps.docx, a task table as WPS writes one: text cut into
//     many runs, line breaks (w:br) inside a cell where the source has "|",
//     a group row merged over its first two cells only, equal deadlines of
//     consecutive rows merged down with vMerge "continue", a bookmark in a
//     cell;
//
//   - m12_table_two_header.xlsx, a task table kept in Excel with a
//     two-row header: 责任科室 over 牵头科室 and 配合科室, the other
//     header cells merged down over both rows, group rows merged across
//     and equal unit cells of consecutive rows merged down.
//
//   - m15_xlsx_dates.xlsx, a task table kept in Excel with a title row
//     under an "附件1" row, a 类别 column whose cells are merged down over
//     each group's rows, 序号 like "1-1", 牵头单位 and 责任单位 side by
//     side, and 完成时限 written as dates (date cells with a date format)
//     where the source has yyyy-mm-dd; the last line is a note merged across;
//
//   - m16_docx_bold.docx, a plan written in Word: "**…**" in the source is
//     bold, cut into runs of two characters as Word leaves a heading typed
//     in pieces; the numbers are typed; tab-separated lines are a table.
//
//   - m17_docx_indicators.docx and m18_docx_merged.docx, plans written in
//     Word as tables between paragraphs (see tableDocx): a table of the
//     main indicators with a 单位 column before the task table, group
//     rows across the table, a 类别 cell merged down over its group, a
//     header row typed again, a 序号 column Word numbers itself and unit
//     cells of two paragraphs;
//
//   - m19_xlsx_prose.xlsx, a plan kept in one Excel sheet: its title and
//     paragraphs merged across the sheet, the task table in their midst,
//     group rows merged across and equal 责任单位 cells merged down.
//
//   - m23_docx_prose_table.docx, a plan written in Word whose prose
//     items are interrupted by a task table between two paragraphs (see
//     tableDocx);
//
//   - m24_wps_appendix.docx, a plan written in WPS whose units are given
//     only in the task table appended after its text (see appendixDocx):
//     a header of two rows, 责任单位 spanning 牵头 and 配合 (w:gridSpan) and
//     the other header cells merged down (w:vMerge), group rows across the
//     table, unit cells merged down, line breaks (w:br) inside a cell;
//
//   - m25_xlsx_sheets.xlsx, a workbook of one sheet of notes (说明) and
//     one sheet per section named after it (see sheetsXlsx), titles
//     merged across, a 类别 column merged down and a blank row between
//     groups.
//
//   - m27_hospital_prose.docx, a hospital's plan in Word opening with a
//     table of its main indicators (指标, 单位, 目标值) before the prose
//     items, and m28_street_table.docx, a task table followed by a table
//     of the main indicators (see tableDocx);
//
//   - m29_county_water_sheets.xlsx, a workbook of one sheet per section
//     whose 序号 starts again at 1 on every sheet, and a last sheet of
//     the main indicators (see sheetsXlsx).
//
//   - m31_traffic_safety_docx.docx, a plan written in Word whose items
//     are typed paragraphs "1." with their units in brackets at the end,
//     headings bold and cut into runs (see boldDocx), and
//     m32_town_revitalization.xlsx, a township's task table in one sheet
//     (see sheetsXlsx) whose 牵头单位 is empty on some rows, which name
//     their units under 责任单位 only.
//
//   - m33_district_health_table.docx, a task table in Word whose 板块
//     are rows across the table and whose one 责任科室（单位） cell says
//     "A牵头，B、C配合" (see tableDocx), and m35_county_emergency_list.xlsx,
//     a 重点任务清单 whose 序号 and 重点任务 are merged down over the
//     measures "（1）" "（2）" of one task (see sheetsXlsx).
//
//   - m37_city_transport_table.docx, a task table in Word whose one 责任分工
//     cell says "牵头：A；配合：B、C" (see tableDocx), and
//     m39_city_education_oa.xlsx, a table exported from an OA system: a
//     title and an export row across the sheet, a header of two rows whose
//     责任主体 spans 牵头处室 and 配合单位 ("<" in the source merges a cell
//     into the one on its left), notes across the sheet after it (see
//     sheetsXlsx).
//
//   - m41_city_market_docx.docx, a task table in Word whose first column
//     类别 is merged down over its rows and whose 序号 starts again at 1
//     in every 类别 (see tableDocx).
//
//   - m43_city_cdc_span_docx.docx, a task table in Word with a header of
//     two rows whose 责任分工 spans 牵头科所 and 协同科所 (w:gridSpan) and
//     whose 完成时限 comes before the units (see tableDocx), and
//     m44_county_medinsurance_xlsx.xlsx, a 任务分解表 with a title row, a
//     填报说明 row across the sheet, a 类别 column merged down and a
//     分管领导 column of names (see sheetsXlsx).
//
//   - m47_county_culture_autonum.docx, a plan written in Word whose every
//     number is Word's automatic numbering (see autonumDocx), and
//     m48_city_urban_multirow.docx, a task table whose 序号 and 重点任务
//     are merged down over the rows of a task's measures (see tableDocx);
//     m49_county_drc_ledger.xlsx, a 填报说明 sheet before the task sheet,
//     whose header is its third row and whose 序号 reads "1.1" under group
//     rows "1" (see sheetsXlsx).
//
//   - m51_city_police_table.docx, a task table in Word whose 责任单位 cell
//     gives the two roles in paragraphs of their own ("牵头：A", "配合：B")
//     or the units one a paragraph (see tableDocx), and
//     m53_city_stats_indicators.xlsx, a sheet of the main indicators
//     before the task sheet (see sheetsXlsx).
//
//   - m55_province_forestry_pagebreak.docx, a task table in Word whose
//     header row is typed again mid-table where a page breaks, under it a
//     row carrying on the task above with its 序号 and units empty (see
//     tableDocx), and m57_city_meteorology_star.xlsx, a sheet with an
//     empty spacer column and a hidden 备注 column whose one 责任单位
//     column marks the lead with ★ or （主责） (see sheetsXlsx).
//
//   - m59_city_health_wps.xlsx, a task table whose one 责任处室 cell marks
//     the lead with （牵头） or holds two lines, the lead's and the
//     partners' (a line break in the cell where the source has "|", see
//     sheetsXlsx), and m60_district_health_duty.docx, a plan of Word
//     paragraphs whose items end "责任科室：A；配合科室：B" (see tableDocx).
//
//   - m63_city_sci_tech_partner_first.docx, a task table in Word whose
//     配合单位 column comes before its 牵头单位 column (see tableDocx), and
//     m65_city_miit_quarters.xlsx, a 填报说明 sheet and one sheet per
//     quarter, 序号 running on across the sheets and a 时间节点 column
//     (see sheetsXlsx).
//
//   - m67_province_health_headings.docx, a 任务分解 whose every task is a
//     paragraph of style heading 2, numbered by Word from styles.xml
//     ("%2." running on across the sections, w:lvlRestart 0, under the
//     heading 1 sections "%1、"), followed by a paragraph and a table of
//     two columns, a label and its value on each row (see headingDocx), and
//     m68_city_health_levels.xlsx, a task list whose one 序号 column reads
//     "一、", "1." and "(1)" at three levels (see sheetsXlsx).
//
//   - m78_county_grain_appendix.docx, a plan of Word paragraphs whose
//     year's indicators are appended as a table typed with spaces, not a
//     Word table (see tableDocx).
//
//   - m80_district_oa_duban.xlsx, a 督办事项台账 exported from an OA
//     system: a 督办编号 column beside 序号, three numbered measures in one
//     办理要求 cell (line breaks), a 责任人 column of names between 承办单位
//     and 协办单位, and 督办级别, 事项来源 and 状态 columns (see sheetsXlsx).
//
//   - m85_province_health_docx.docx, a 工作要点 of Word paragraphs whose
//     numbers are typed, each item ending "（牵头单位：A，配合单位：B、C）"
//     (see tableDocx), and m87_city_transport_list.xlsx, a 重点工作任务清单
//     in one sheet under an "附件1" row and a title, sections merged across
//     and a 备注 column (see sheetsXlsx).
//
//     cd plan/testdata && go run ./makemeasure
package main

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	if err := wpsDocx(filepath.Join("measure", "src", "m11_table_wps.tabs"), filepath.Join("measure", "m11_table_wps.docx")); err != nil {
		return err
	}
	if err := twoHeaderXlsx(filepath.Join("measure", "src", "m12_table_two_header.tabs"), filepath.Join("measure", "m12_table_two_header.xlsx")); err != nil {
		return err
	}
	if err := datesXlsx(filepath.Join("measure", "src", "m15_xlsx_dates.tabs"), filepath.Join("measure", "m15_xlsx_dates.xlsx")); err != nil {
		return err
	}
	for _, name := range []string{"m16_docx_bold", "m31_traffic_safety_docx"} {
		if err := boldDocx(filepath.Join("measure", "src", name+".txt"), filepath.Join("measure", name+".docx")); err != nil {
			return err
		}
	}
	for _, name := range []string{"m17_docx_indicators", "m18_docx_merged", "m23_docx_prose_table", "m27_hospital_prose", "m28_street_table", "m33_district_health_table", "m37_city_transport_table", "m41_city_market_docx", "m43_city_cdc_span_docx", "m48_city_urban_multirow", "m51_city_police_table", "m55_province_forestry_pagebreak", "m60_district_health_duty", "m63_city_sci_tech_partner_first", "m76_city_medinsurance_persons", "m78_county_grain_appendix", "m82_county_hrss_table", "m85_province_health_docx"} {
		if err := tableDocx(filepath.Join("measure", "src", name+".txt"), filepath.Join("measure", name+".docx")); err != nil {
			return err
		}
	}
	if err := autonumDocx(filepath.Join("measure", "src", "m47_county_culture_autonum.txt"), filepath.Join("measure", "m47_county_culture_autonum.docx")); err != nil {
		return err
	}
	if err := headingDocx(filepath.Join("measure", "src", "m67_province_health_headings.txt"), filepath.Join("measure", "m67_province_health_headings.docx")); err != nil {
		return err
	}
	if err := appendixDocx(filepath.Join("measure", "src", "m24_wps_appendix.txt"), filepath.Join("measure", "m24_wps_appendix.docx")); err != nil {
		return err
	}
	for _, name := range []string{"m25_xlsx_sheets", "m29_county_water_sheets", "m32_town_revitalization", "m35_county_emergency_list", "m39_city_education_oa", "m44_county_medinsurance_xlsx", "m49_county_drc_ledger", "m53_city_stats_indicators", "m57_city_meteorology_star", "m59_city_health_wps", "m65_city_miit_quarters", "m68_city_health_levels", "m75_city_culture_matrix", "m80_district_oa_duban", "m84_city_ecology_list", "m87_city_transport_list"} {
		if err := sheetsXlsx(filepath.Join("measure", "src", name+".tabs"), filepath.Join("measure", name+".xlsx")); err != nil {
			return err
		}
	}
	return proseXlsx(filepath.Join("measure", "src", "m19_xlsx_prose.tabs"), filepath.Join("measure", "m19_xlsx_prose.xlsx"))
}

// source is a table plan's text: the lines before the table, its rows
// (a group row has one cell).
type source struct {
	before []string
	rows   [][]string
}

func readSource(path string) (source, error) {
	f, err := os.Open(path)
	if err != nil {
		return source{}, err
	}
	defer f.Close()
	var src source
	s := bufio.NewScanner(f)
	for s.Scan() {
		l := s.Text()
		switch {
		case strings.Contains(l, "\t"):
			src.rows = append(src.rows, strings.Split(l, "\t"))
		case len(src.rows) == 0:
			src.before = append(src.before, l)
		case l != "":
			src.rows = append(src.rows, []string{l})
		}
	}
	return src, s.Err()
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// runs cuts a text into runs of at most four characters, as WPS leaves a
// text edited in several sittings; "|" is a line break.
func runs(s string) string {
	var b strings.Builder
	for i, part := range strings.Split(s, "|") {
		if i > 0 {
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		rs := []rune(part)
		for j := 0; j < len(rs); j += 4 {
			k := min(j+4, len(rs))
			fmt.Fprintf(&b, `<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="21"/></w:rPr><w:t>%s</w:t></w:r>`, esc(string(rs[j:k])))
		}
	}
	return b.String()
}

func wpsPara(s string) string {
	return `<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>` + runs(s) + `</w:p>`
}

func wpsDocx(in, out string) error {
	src, err := readSource(in)
	if err != nil {
		return err
	}
	cols := len(src.rows[0])
	var body strings.Builder
	for _, l := range src.before {
		body.WriteString(wpsPara(l))
	}
	body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="7"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for range cols {
		body.WriteString(`<w:gridCol w:w="1700"/>`)
	}
	body.WriteString(`</w:tblGrid>`)
	var prev []string
	for i, r := range src.rows {
		body.WriteString(`<w:tr><w:tblPrEx><w:tblCellMar><w:left w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPrEx>`)
		if i == 0 {
			body.WriteString(`<w:trPr><w:tblHeader/><w:trHeight w:val="600" w:hRule="atLeast"/></w:trPr>`)
		}
		if len(r) == 1 {
			// the group's name over 序号 and 工作任务, the rest left empty
			fmt.Fprintf(&body, `<w:tc><w:tcPr><w:tcW w:w="3400" w:type="dxa"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc>`, wpsPara(r[0]))
			for range cols - 2 {
				body.WriteString(`<w:tc><w:tcPr><w:tcW w:w="1700" w:type="dxa"/></w:tcPr><w:p/></w:tc>`)
			}
			body.WriteString(`</w:tr>`)
			prev = nil
			continue
		}
		for j, c := range r {
			pr := `<w:tcW w:w="1700" w:type="dxa"/>`
			last := j == cols-1
			switch {
			case last && len(prev) == cols && prev[j] == c:
				pr += `<w:vMerge w:val="continue"/>`
				c = ""
			case last && i+1 < len(src.rows) && len(src.rows[i+1]) == cols && src.rows[i+1][j] == c:
				pr += `<w:vMerge w:val="restart"/>`
			}
			p := wpsPara(c)
			if i == 3 && j == 2 {
				p = `<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>` + strings.TrimPrefix(p, `<w:p>`)
			}
			body.WriteString(`<w:tc><w:tcPr>` + pr + `<w:vAlign w:val="center"/></w:tcPr>` + p + `</w:tc>`)
		}
		body.WriteString(`</w:tr>`)
		prev = r
	}
	body.WriteString(`</w:tbl><w:p/>`)

	return writeParts(out, []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`},
		{"docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>WPS Office_12.1.0.16120_F1E327BC-269C-435d-A152-05C5408002CA</Application></Properties>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`},
	})
}

func twoHeaderXlsx(in, out string) error {
	src, err := readSource(in)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := "重点任务"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	cols := len(src.rows[0])
	name := func(c, r int) string { n, _ := excelize.CoordinatesToCellName(c, r); return n }
	f.SetCellValue(sheet, "A1", src.before[0])
	f.MergeCell(sheet, "A1", name(cols, 1))
	top, sub := src.rows[0], src.rows[1]
	for j := range cols {
		c := j + 1
		switch {
		case top[j] == sub[j]:
			f.SetCellValue(sheet, name(c, 2), top[j])
			f.MergeCell(sheet, name(c, 2), name(c, 3))
		case j > 0 && top[j] == top[j-1]:
			f.SetCellValue(sheet, name(c, 3), sub[j])
		default:
			f.SetCellValue(sheet, name(c, 2), top[j])
			end := c
			for end < cols && top[end] == top[j] {
				end++
			}
			f.MergeCell(sheet, name(c, 2), name(end, 2))
			f.SetCellValue(sheet, name(c, 3), sub[j])
		}
	}
	start := map[int]int{} // column → first row of a run of equal unit cells
	var prev []string
	for i, r := range src.rows[2:] {
		n := i + 4
		if len(r) == 1 {
			f.SetCellValue(sheet, name(1, n), r[0])
			f.MergeCell(sheet, name(1, n), name(cols, n))
			prev = nil
			continue
		}
		for j, c := range r {
			unit := j == 3 || j == 4
			if unit && c != "" && len(prev) == cols && prev[j] == c {
				f.MergeCell(sheet, name(j+1, start[j]), name(j+1, n))
				continue
			}
			start[j] = n
			if c != "" {
				f.SetCellValue(sheet, name(j+1, n), c)
			}
		}
		prev = r
	}
	return saveXlsx(f, out)
}

func datesXlsx(in, out string) error {
	src, err := readSource(in)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := "任务分工"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	cols := len(src.rows[0])
	name := func(c, r int) string { n, _ := excelize.CoordinatesToCellName(c, r); return n }
	f.SetCellValue(sheet, "A1", src.before[0])
	f.SetCellValue(sheet, "A2", src.before[1])
	f.MergeCell(sheet, "A2", name(cols, 2))
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy年m月d日")})
	if err != nil {
		return err
	}
	row := 3
	groupStart := 0
	for i, r := range src.rows {
		if len(r) == 1 {
			f.SetCellValue(sheet, name(1, row), r[0])
			f.MergeCell(sheet, name(1, row), name(cols, row))
			row++
			continue
		}
		for j, c := range r {
			cell := name(j+1, row)
			if j == 0 && i > 0 {
				if i > 1 && src.rows[i-1][0] == c {
					f.MergeCell(sheet, name(1, groupStart), cell)
					continue
				}
				groupStart = row
			}
			if t, err := time.Parse("2006-01-02", c); err == nil {
				f.SetCellValue(sheet, cell, t)
				f.SetCellStyle(sheet, cell, cell, date)
				continue
			}
			if c != "" {
				f.SetCellValue(sheet, cell, c)
			}
		}
		row++
	}
	return saveXlsx(f, out)
}

func ptr[T any](v T) *T { return &v }

// boldRuns writes a paragraph's text as Word runs: "**…**" is bold and
// cut into runs of two characters.
func boldRuns(s string) string {
	var b strings.Builder
	for i, part := range strings.Split(s, "**") {
		if part == "" {
			continue
		}
		if i%2 == 0 {
			fmt.Fprintf(&b, `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, esc(part))
			continue
		}
		rs := []rune(part)
		for j := 0; j < len(rs); j += 2 {
			k := min(j+2, len(rs))
			fmt.Fprintf(&b, `<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:eastAsia="黑体"/><w:b/><w:bCs/></w:rPr><w:t>%s</w:t></w:r>`, esc(string(rs[j:k])))
		}
	}
	return b.String()
}

func boldDocx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var body strings.Builder
	inTable := false
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.Contains(l, "\t") {
			if !inTable {
				body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="4500"/><w:gridCol w:w="2900"/></w:tblGrid>`)
				inTable = true
			}
			body.WriteString(`<w:tr>`)
			for _, c := range strings.Split(l, "\t") {
				body.WriteString(`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + boldRuns(c) + `</w:p></w:tc>`)
			}
			body.WriteString(`</w:tr>`)
			continue
		}
		if inTable {
			body.WriteString(`</w:tbl>`)
			inTable = false
		}
		body.WriteString(`<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>` + boldRuns(l) + `</w:p>`)
	}
	if inTable {
		body.WriteString(`</w:tbl>`)
	}
	return writeDocx(out, body.String())
}

func writeDocx(out, body string) error {
	return writeParts(out, []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
	})
}

// tableDocx writes a plan of paragraphs and tables as Word does. A line
// with tabs is a row of a table (the first row of each table its header,
// w:tblHeader); a line starting with "=" inside a table is a group row, one
// cell spanning the table (w:gridSpan); any other line is a paragraph and
// ends the table before it. In a cell, "#" is a paragraph Word numbers
// itself ("%1."), "^" continues the cell above (w:vMerge), "<" is merged
// into the cell on its left (w:gridSpan) and "|" starts a new paragraph.
func tableDocx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var body strings.Builder
	plain := func(s string) string {
		return `<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r></w:p>`
	}
	cellParas := func(c string) string {
		if c == "#" {
			return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:jc w:val="center"/></w:pPr></w:p>`
		}
		var b strings.Builder
		for _, p := range strings.Split(c, "|") {
			b.WriteString(plain(p))
		}
		return b.String()
	}
	var rows [][]string // the current table's rows
	flush := func() {
		if len(rows) == 0 {
			return
		}
		cols := len(rows[0])
		body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>`)
		for range cols {
			body.WriteString(`<w:gridCol w:w="1800"/>`)
		}
		body.WriteString(`</w:tblGrid>`)
		for i, r := range rows {
			body.WriteString(`<w:tr>`)
			if i == 0 {
				body.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
			}
			if len(r) == 1 {
				fmt.Fprintf(&body, `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/><w:gridSpan w:val="%d"/></w:tcPr>%s</w:tc></w:tr>`, cols, plain(r[0]))
				continue
			}
			for j, c := range r {
				if c == "<" {
					continue // merged into the cell on its left
				}
				pr := `<w:tcW w:w="0" w:type="auto"/>`
				if span := spanOf(r, j); span > 1 {
					pr += fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, span)
				}
				switch {
				case c == "^":
					pr += `<w:vMerge/>`
					c = ""
				case i+1 < len(rows) && len(rows[i+1]) > j && rows[i+1][j] == "^":
					pr += `<w:vMerge w:val="restart"/>`
				}
				body.WriteString(`<w:tc><w:tcPr>` + pr + `<w:vAlign w:val="center"/></w:tcPr>` + cellParas(c) + `</w:tc>`)
			}
			body.WriteString(`</w:tr>`)
		}
		body.WriteString(`</w:tbl>`)
		rows = nil
	}
	for _, l := range lines {
		switch {
		case strings.Contains(l, "\t"):
			rows = append(rows, strings.Split(l, "\t"))
		case strings.HasPrefix(l, "=") && len(rows) > 0:
			rows = append(rows, []string{strings.TrimPrefix(l, "=")})
		default:
			flush()
			body.WriteString(plain(l))
		}
	}
	flush()
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="center"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	return writeDocxParts(out, body.String(), numbering)
}

// spanOf returns how many grid columns the cell j of a row spans: itself
// and the "<" cells after it.
func spanOf(r []string, j int) int {
	n := 1
	for k := j + 1; k < len(r) && r[k] == "<"; k++ {
		n++
	}
	return n
}

// proseXlsx writes a plan kept in one sheet: lines without tabs are
// paragraphs merged across the sheet, lines with tabs the task table's
// rows; equal 责任单位 cells (the fourth column) of consecutive rows are
// merged down.
func proseXlsx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	cols := 0
	for _, l := range lines {
		if strings.Contains(l, "\t") {
			cols = len(strings.Split(l, "\t"))
			break
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := "工作要点"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	name := func(c, r int) string { n, _ := excelize.CoordinatesToCellName(c, r); return n }
	start := 0
	var prev []string
	for i, l := range lines {
		row := i + 1
		if !strings.Contains(l, "\t") {
			f.SetCellValue(sheet, name(1, row), l)
			f.MergeCell(sheet, name(1, row), name(cols, row))
			prev = nil
			continue
		}
		r := strings.Split(l, "\t")
		for j, c := range r {
			if j == 3 && c != "" && len(prev) == cols && prev[j] == c {
				f.MergeCell(sheet, name(j+1, start), name(j+1, row))
				continue
			}
			if j == 3 {
				start = row
			}
			if c != "" {
				f.SetCellValue(sheet, name(j+1, row), c)
			}
		}
		prev = r
	}
	return saveXlsx(f, out)
}

// part is one file of a .docx: its name in the zip and its text.
type part struct{ name, text string }

// writeParts writes the parts of a .docx, in order, as a zip.
func writeParts(out string, parts []part) error {
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	for _, p := range parts {
		fw, err := z.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := fw.Write([]byte(p.text)); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	return w.Close()
}

// writeDocxParts writes a .docx of a body and a numbering part.
func writeDocxParts(out, body, numbering string) error {
	return writeParts(out, []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`},
		{"word/numbering.xml", numbering},
	})
}

// appendixDocx writes a plan as WPS does (see runs): lines without tabs
// are paragraphs, lines with tabs the rows of one table. In a row, a line
// starting with "=" is a group row spanning the table; a cell "<" is
// merged into the cell on its left (w:gridSpan), a cell "^" continues the
// cell above (w:vMerge), and "|" in a cell is a line break (w:br).
func appendixDocx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var rows [][]string
	var body strings.Builder
	cols := 0
	tableAt := -1
	for i, l := range lines {
		switch {
		case strings.Contains(l, "\t"):
			if tableAt < 0 {
				tableAt = i
				cols = len(strings.Split(l, "\t"))
			}
			rows = append(rows, strings.Split(l, "\t"))
		case strings.HasPrefix(l, "=") && tableAt >= 0:
			rows = append(rows, []string{strings.TrimPrefix(l, "=")})
		case tableAt < 0:
			body.WriteString(`<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>` + runs(l) + `</w:p>`)
		}
	}
	body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="7"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for range cols {
		body.WriteString(`<w:gridCol w:w="1700"/>`)
	}
	body.WriteString(`</w:tblGrid>`)
	for i, r := range rows {
		body.WriteString(`<w:tr>`)
		if i < 2 {
			body.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		if len(r) == 1 {
			fmt.Fprintf(&body, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:gridSpan w:val="%d"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc></w:tr>`, 1700*cols, cols, wpsPara(r[0]))
			continue
		}
		for j := 0; j < len(r); j++ {
			c := r[j]
			if c == "<" {
				continue
			}
			span := 1
			for j+span < len(r) && r[j+span] == "<" {
				span++
			}
			pr := fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, 1700*span)
			if span > 1 {
				pr += fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, span)
			}
			switch {
			case c == "^":
				pr += `<w:vMerge/>`
				c = ""
			case i+1 < len(rows) && len(rows[i+1]) > j && rows[i+1][j] == "^":
				pr += `<w:vMerge w:val="restart"/>`
			}
			body.WriteString(`<w:tc><w:tcPr>` + pr + `<w:vAlign w:val="center"/></w:tcPr>` + wpsPara(c) + `</w:tc>`)
		}
		body.WriteString(`</w:tr>`)
	}
	body.WriteString(`</w:tbl><w:p/>`)
	return writeDocx(out, body.String())
}

// sheetsXlsx writes a workbook of several sheets: a line "@name" starts
// the sheet of that name. In a sheet, a line without tabs is a title or a
// paragraph merged across the sheet, an empty line a blank row, a line
// with tabs a table row whose cell "^" is merged into the cell above and
// whose "|" is a line break in the cell (Alt+Enter, the cell set to wrap
// its text); a line "!hide G" hides the column G of the sheet, and a line
// "!cols 14" makes the lines merged across the sheet 14 columns wide (7
// unless told).
func sheetsXlsx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	name := func(c, r int) string { n, _ := excelize.CoordinatesToCellName(c, r); return n }
	sheet, row, first := "", 0, true
	cols := 7
	start := map[int]int{} // column → the row a merge down starts
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.HasPrefix(l, "@") {
			sheet, row = strings.TrimPrefix(l, "@"), 0
			if first {
				if err := f.SetSheetName("Sheet1", sheet); err != nil {
					return err
				}
				first = false
			} else if _, err := f.NewSheet(sheet); err != nil {
				return err
			}
			continue
		}
		if n, ok := strings.CutPrefix(l, "!cols "); ok {
			if _, err := fmt.Sscan(n, &cols); err != nil {
				return fmt.Errorf("%s: %q: %w", in, l, err)
			}
			continue
		}
		if col, ok := strings.CutPrefix(l, "!hide "); ok {
			if err := f.SetColVisible(sheet, col, false); err != nil {
				return err
			}
			continue
		}
		row++
		switch {
		case l == "":
		case !strings.Contains(l, "\t"):
			f.SetCellValue(sheet, name(1, row), l)
			f.MergeCell(sheet, name(1, row), name(cols, row))
		default:
			left := 0 // the column a merge across starts
			for j, c := range strings.Split(l, "\t") {
				if c == "^" {
					f.MergeCell(sheet, name(j+1, start[j]), name(j+1, row))
					continue
				}
				if c == "<" {
					f.MergeCell(sheet, name(left+1, row), name(j+1, row))
					continue
				}
				start[j], left = row, j
				if strings.Contains(c, "|") {
					wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
					if err != nil {
						return err
					}
					f.SetCellStyle(sheet, name(j+1, row), name(j+1, row), wrap)
				}
				if c != "" {
					f.SetCellValue(sheet, name(j+1, row), strings.ReplaceAll(c, "|", "\n"))
				}
			}
		}
	}
	return saveXlsx(f, out)
}

// autonumDocx writes a plan whose numbers are all Word's automatic
// numbering, none typed: a line "#0 …" is a heading of style 2 whose
// numbering (level 0, "%1、" in chineseCounting) comes from styles.xml, a
// line "#1 …" or "#2 …" a paragraph numbered by its own w:numPr at level 1
// ("（%2）", restarting under each heading) or level 2 ("%3."), a line
// "* …" an item of a bulleted list, any other line a plain paragraph.
func autonumDocx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	run := func(s string) string {
		return `<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`
	}
	var body strings.Builder
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "#0 "):
			body.WriteString(`<w:p><w:pPr><w:pStyle w:val="2"/><w:ind w:firstLine="640"/></w:pPr>` + run(strings.TrimPrefix(l, "#0 ")) + `</w:p>`)
		case strings.HasPrefix(l, "#1 "), strings.HasPrefix(l, "#2 "):
			fmt.Fprintf(&body, `<w:p><w:pPr><w:numPr><w:ilvl w:val="%c"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="640"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>%s</w:p>`, l[1], run(l[3:]))
		case strings.HasPrefix(l, "* "):
			body.WriteString(`<w:p><w:pPr><w:pStyle w:val="a5"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>` + run(strings.TrimPrefix(l, "* ")) + `</w:p>`)
		default:
			body.WriteString(`<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr>` + run(l) + `</w:p>`)
		}
	}
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	level := func(i int, format, text, style string) string {
		s := fmt.Sprintf(`<w:lvl w:ilvl="%d" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="%s"/>`, i, format)
		if style != "" {
			s += `<w:pStyle w:val="` + style + `"/>`
		}
		return s + `<w:suff w:val="nothing"/><w:lvlText w:val="` + text + `"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`
	}
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:numbering ` + w + `>` +
		`<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A2B1C4D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="6E1F2A30"/>` +
		level(0, "chineseCounting", "%1、", "2") + level(1, "chineseCounting", "（%2）", "") + level(2, "decimal", "%3.", "") +
		`</w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5C6D7E8F"/><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uF06C" + `"/><w:lvlJc w:val="left"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:styles ` + w + `>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>` +
		`</w:styles>`
	return writeParts(out, []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document ` + w + `><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
	})
}

// headingDocx writes a plan whose sections and tasks are Word headings
// numbered from styles.xml: a line "#0 …" is a paragraph of style heading 1
// ("%1、" in chineseCounting), a line "#1 …" one of style heading 2 ("%2.",
// not restarted by the heading 1 above it), consecutive lines with a tab
// the rows of a table of two columns, any other line a plain paragraph.
func headingDocx(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	run := func(s string) string {
		return `<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`
	}
	var body strings.Builder
	inTable := false
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.Contains(l, "\t") {
			if !inTable {
				body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="a6"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="7000"/></w:tblGrid>`)
				inTable = true
			}
			body.WriteString(`<w:tr>`)
			for i, c := range strings.SplitN(l, "\t", 2) {
				w := 1800
				if i == 1 {
					w = 7000
				}
				fmt.Fprintf(&body, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr>%s</w:p></w:tc>`, w, run(c))
			}
			body.WriteString(`</w:tr>`)
			continue
		}
		if inTable {
			body.WriteString(`</w:tbl>`)
			inTable = false
		}
		switch {
		case strings.HasPrefix(l, "#0 "):
			body.WriteString(`<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>` + run(strings.TrimPrefix(l, "#0 ")) + `</w:p>`)
		case strings.HasPrefix(l, "#1 "):
			body.WriteString(`<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr>` + run(strings.TrimPrefix(l, "#1 ")) + `</w:p>`)
		default:
			body.WriteString(`<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr>` + run(l) + `</w:p>`)
		}
	}
	if inTable {
		body.WriteString(`</w:tbl>`)
	}
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:numbering ` + w + `>` +
		`<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1F2E3D4C"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:pStyle w:val="2"/><w:suff w:val="nothing"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:styles ` + w + `>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:style>` +
		`<w:style w:type="table" w:styleId="a6"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>` +
		`</w:styles>`
	return writeParts(out, []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document ` + w + `><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
	})
}

// saveXlsx saves a workbook as a fixture: not executable, as excelize
// leaves a file it creates.
func saveXlsx(f *excelize.File, out string) error {
	if err := f.SaveAs(out); err != nil {
		return err
	}
	return os.Chmod(out, 0o644)
}
