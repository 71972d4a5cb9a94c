package report

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
)

// A report as a Word document (.docx), for staff who must edit it before
// it is issued. It says what the PDF says, in the same order, with the
// same page size, margins and typefaces by name; Word, WPS or LibreOffice
// lays it out.

// RenderDocx writes the bulletin for ev as a Word document.
func RenderDocx(w io.Writer, ev figures.Evaluation, opts Options) error {
	if opts.Title == "" {
		opts.Title = BulletinTitle(ev.Year, ev.AsOf)
	}
	x := &docx{}
	bulletin(x, ev, opts)
	return x.write(w, opts.Title, opts.Org, ev.AsOf)
}

// RenderAssessmentDocx writes the year-end assessment as a Word document.
func RenderAssessmentDocx(w io.Writer, ev figures.Evaluation, scores []figures.Score, opts AssessmentOptions) error {
	if opts.Title == "" {
		opts.Title = AssessmentTitle(ev.Year, ev.AsOf)
	}
	x := &docx{}
	assessment(x, ev, scores, opts)
	return x.write(w, opts.Title, opts.Org, ev.AsOf)
}

// docx collects a document's body as WordprocessingML.
type docx struct {
	body strings.Builder
}

// Typefaces by name, as Chinese offices have them; Word substitutes when
// a computer lacks one.
const (
	faceTitle   = "方正小标宋简体"
	faceHeading = "黑体"
	faceSub     = "楷体_GB2312"
	faceBody    = "仿宋_GB2312"
)

// twips converts millimetres to twentieths of a point.
func twips(mm float64) int { return int(mm*56.6929 + 0.5) }

func xmlText(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		b.WriteString(escape(line))
		b.WriteString(`</w:t>`)
	}
	return b.String()
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func escape(s string) string {
	// Characters XML 1.0 forbids (controls other than tab) are dropped.
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
	return escaper.Replace(s)
}

// run writes text in a typeface and size (points).
func run(text, face string, size float64, color string) string {
	c := ""
	if color != "" {
		c = `<w:color w:val="` + color + `"/>`
	}
	return fmt.Sprintf(`<w:r><w:rPr><w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[1]s"/>%[2]s<w:sz w:val="%[3]d"/><w:szCs w:val="%[3]d"/></w:rPr>%[4]s</w:r>`,
		face, c, int(size*2), xmlText(text))
}

func (x *docx) para(props, runs string) {
	x.body.WriteString("<w:p><w:pPr>" + props + "</w:pPr>" + runs + "</w:p>")
}

// redHex is the red of the 版头.
const redHex = "E60012"

// masthead writes the 版头: the issuing office's mark in red 小标宋, the
// issue number, and the red rule under them as the bottom border of the
// last; then the title and the 主送机关.
func (x *docx) masthead(h letterhead) {
	rule := `<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="8" w:color="` + redHex + `"/></w:pBdr>`
	if h.mark != "" {
		props := `<w:jc w:val="center"/><w:spacing w:after="120"/>`
		if h.issue == "" {
			props += rule
		}
		size := sizeMark
		if w := charWidth(h.mark) * size * ptToMM; w > textWidth {
			size = sizeMark * textWidth / w
		}
		x.para(props, run(h.mark, faceTitle, size, redHex))
	}
	if h.issue != "" {
		x.para(`<w:jc w:val="center"/>`+rule, run(h.issue, faceBody, sizeBody, ""))
	}
	x.para(`<w:jc w:val="center"/><w:spacing w:before="640" w:after="320"/>`, run(h.title, faceTitle, sizeTitle, ""))
	if h.to != "" {
		x.para(``, run(h.to, faceBody, sizeBody, ""))
	}
}

// charWidth is the width of s in ems: a Chinese character one, a Latin
// letter or digit a half.
func charWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x2000 {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

// closing writes the 落款: the 成文日期 four characters in from the right,
// the issuing office centred over it.
func (x *docx) closing(org string, date time.Time) {
	when := chineseDate(date)
	em := int(sizeBody * 20) // an em in twips
	x.para(``, "")
	if org != "" {
		ind := 4*em + int((charWidth(when)-charWidth(org))/2*float64(em))
		ind = max(ind, 2*em)
		x.para(fmt.Sprintf(`<w:jc w:val="right"/><w:ind w:right="%d"/>`, ind), run(org, faceBody, sizeBody, ""))
	}
	x.para(fmt.Sprintf(`<w:jc w:val="right"/><w:ind w:right="%d"/>`, 4*em), run(when, faceBody, sizeBody, ""))
}

// attachment starts the attachment on a new page.
func (x *docx) attachment(title string) {
	x.pageBreak()
	x.para(`<w:keepNext/>`, run("附件", faceHeading, sizeHeading, ""))
	x.para(`<w:jc w:val="center"/><w:keepNext/><w:spacing w:before="320" w:after="320"/>`, run(title, faceTitle, sizeTitle, ""))
}

// recordNote writes the 版记: 抄送 and 印发 between thick rules, a thin one
// between them, in 四号仿宋 a character in from each side. It is a table
// floating at the foot of the text block, so that it sits at the bottom
// of the last page wherever the text above ends.
func (x *docx) recordNote(r record) {
	em := int(sizeRecord * 20)
	b := &x.body
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/>`+
		`<w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>`+
		`<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>`+
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>`+
		`<w:tblCellMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="%[1]d"/></w:tblGrid>`,
		twips(textWidth), em, em)
	cellRow := func(content string) {
		fmt.Fprintf(b, `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>`, twips(textWidth), content)
	}
	if r.cc != "" {
		cellRow(`<w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr>` + run("抄送："+r.cc, faceBody, sizeRecord, "") + `</w:p>`)
	}
	tab := twips(textWidth) - 2*em
	cellRow(fmt.Sprintf(`<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs><w:spacing w:before="60" w:after="60"/></w:pPr>`, tab) +
		run(r.printer, faceBody, sizeRecord, "") + `<w:r><w:tab/></w:r>` + run(chineseDate(r.date)+"印发", faceBody, sizeRecord, "") + `</w:p>`)
	b.WriteString(`</w:tbl>`)
	x.para(`<w:spacing w:after="0"/>`, "")
}

func (x *docx) heading(s string, _ float64) {
	x.para(`<w:keepNext/><w:spacing w:before="120"/><w:outlineLvl w:val="0"/>`, run(s, faceHeading, sizeHeading, ""))
}

func (x *docx) subheading(s string, _ float64) {
	x.para(`<w:keepNext/><w:outlineLvl w:val="1"/>`, run(s, faceSub, sizeBody, ""))
}

func (x *docx) paragraph(s string, size float64) {
	x.para(`<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>`, run(s, faceBody, size, ""))
}

func (x *docx) space(mm float64) {
	x.para(fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, twips(mm)), "")
}

func (x *docx) pageBreak() {
	x.body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
}

func hexColour(c *rgb) string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("%02X%02X%02X", c.r, c.g, c.b)
}

// table writes a table whose header row repeats on each page and whose
// rows are not split across pages.
func (x *docx) table(cols []column, rows [][]cell) {
	b := &x.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, c := range cols {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, twips(c.width))
	}
	b.WriteString(`</w:tblGrid>`)
	header := make([]cell, len(cols))
	for i, c := range cols {
		header[i] = cell{text: c.title, fill: &headerFill}
	}
	x.row(cols, header, true)
	for _, r := range rows {
		x.row(cols, r, false)
	}
	b.WriteString(`</w:tbl>`)
	x.para(`<w:spacing w:after="0"/>`, "")
}

func (x *docx) row(cols []column, cells []cell, header bool) {
	b := &x.body
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
	if header {
		b.WriteString(`<w:tblHeader/>`)
	}
	b.WriteString(`</w:trPr>`)
	for i, c := range cols {
		var cl cell
		if i < len(cells) {
			cl = cells[i]
		}
		fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, twips(c.width))
		if f := hexColour(cl.fill); f != "" {
			fmt.Fprintf(b, `<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, f)
		}
		align := map[string]string{"L": "left", "C": "center", "R": "right"}[c.align]
		if header {
			align = "center"
		}
		fmt.Fprintf(b, `</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="%s"/></w:pPr>%s</w:p></w:tc>`,
			align, run(cl.text, faceBody, sizeTable, ""))
	}
	b.WriteString(`</w:tr>`)
}

// bars writes the chart's figures as a table: a Word document the office
// edits has no use for a drawing it cannot change.
func (x *docx) bars(depts []figures.UnitFigures) {
	x.para(`<w:jc w:val="center"/><w:keepNext/>`, run("表：各牵头单位成果完成情况（按成果数）", faceBody, sizeTable, ""))
	cols := []column{{title: "牵头单位", width: 38, align: "L"}}
	for _, s := range check.Statuses {
		cols = append(cols, column{title: s.String(), width: 14, align: "R"})
	}
	cols = append(cols, column{title: "完成率", width: 34, align: "R"})
	var rows [][]cell
	for _, d := range depts {
		r := []cell{{text: string(d.Unit)}}
		for _, s := range check.Statuses {
			r = append(r, cell{text: fmt.Sprint(d.Counts.Of(s))})
		}
		rows = append(rows, append(r, cell{text: percent(d.CompletionRate())}))
	}
	x.table(cols, rows)
}

// write packages the document: its body, page setup, footer with the page
// number, and properties dated date so the same report gives the same file.
func (x *docx) write(w io.Writer, title, author string, date time.Time) error {
	z := zip.NewWriter(w)
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	sect := fmt.Sprintf(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/>`+
		`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="%d" w:gutter="0"/>`+
		`</w:sectPr>`,
		twips(marginTop), twips(marginRight), twips(marginBottom), twips(marginLeft), twips(marginBottom-7-4))
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`},
		{"word/footer1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
			run("— ", faceBody, sizeFooter, "") +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
			run("1", faceBody, sizeFooter, "") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			run(" —", faceBody, sizeFooter, "") + `</w:p></w:ftr>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
			x.body.String() + sect + `</w:body></w:document>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` +
			escape(title) + `</dc:title><dc:creator>` + escape(author) + `</dc:creator><cp:lastModifiedBy>qingdan</cp:lastModifiedBy>` +
			`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified></cp:coreProperties>`},
	}
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: date})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}

// fit says how many rows of a table to keep a page to: Word lays the page
// out, so a fixed number that fits a page of one-line rows.
func (x *docx) fit(_ []column, rows [][]cell, _ float64) int {
	return min(len(rows), 12)
}

// trendChart writes only the intro: the rates are in the table that
// follows, and the document has no drawing.
func (x *docx) trendChart(intro string, _ []figures.Period) {
	x.paragraph(strings.Replace(intro, "如下图、表", "如下表", 1), sizeBody)
}
