package report

import (
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry in millimetres: A4 with margins in the spirit of GB/T 9704.
const (
	pageW, pageH = 210.0, 297.0
	marginLeft   = 28.0
	marginRight  = 26.0
	marginTop    = 30.0
	marginBottom = 28.0
	textWidth    = pageW - marginLeft - marginRight
	bottomLimit  = pageH - marginBottom
	footerY      = pageH - 18.0
)

// Font sizes in points.
const (
	sizeTitle   = 20.0
	sizeHeading = 15.0
	sizeBody    = 12.0
	sizeTable   = 9.0
	sizeFooter  = 9.0
)

// lineHeight returns the height in mm of a line of text of the given size.
func lineHeight(size float64) float64 {
	return size * 25.4 / 72 * 1.5
}

type rgb struct{ r, g, b int }

// doc is a PDF being drawn: the fpdf document with qingdan's font, page
// layout and the helpers the report is written with.
type doc struct {
	pdf    *fpdf.Fpdf
	cov    *coverage
	size   float64
	widths map[float64]map[rune]float64
	total  int // pages in the finished document, 0 while counting
}

func newDoc(date time.Time, title, author string, total int) (*doc, error) {
	cov, err := newCoverage()
	if err != nil {
		return nil, err
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(marginLeft, marginTop, marginRight)
	p.SetAutoPageBreak(false, marginBottom)
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetCatalogSort(true)
	p.SetTitle(cov.clean(title), true)
	p.SetAuthor(cov.clean(author), true)
	p.SetCreator("qingdan", true)
	p.SetProducer("qingdan", true)
	p.SetLang("zh-CN")
	p.AddUTF8FontFromBytes(fontFamily, "", fontData)
	d := &doc{pdf: p, cov: cov, widths: map[float64]map[rune]float64{}, total: total}
	d.setSize(sizeBody)
	p.SetFooterFunc(d.footer)
	return d, p.Error()
}

// footer writes "第 X 页 共 Y 页" at the foot of every page. Each word is
// drawn apart, with a visible gap, so that text extraction keeps the spaces.
func (d *doc) footer() {
	if d.total == 0 {
		return
	}
	size := d.size
	d.setSize(sizeFooter)
	d.pdf.SetTextColor(80, 80, 80)
	parts := []string{"第", fmt.Sprint(d.pdf.PageNo()), "页", "共", fmt.Sprint(d.total), "页"}
	gap := d.width("　") / 2
	total := gap * float64(len(parts)-1)
	for _, p := range parts {
		total += d.width(p)
	}
	x := marginLeft + (textWidth-total)/2
	for _, p := range parts {
		d.text(x, footerY, d.width(p), 6, p, "L")
		x += d.width(p) + gap
	}
	d.pdf.SetTextColor(0, 0, 0)
	d.setSize(size)
}

func (d *doc) setSize(size float64) {
	d.size = size
	d.pdf.SetFont(fontFamily, "", size)
}

// width measures s in the current size, a character at a time.
func (d *doc) width(s string) float64 {
	m := d.widths[d.size]
	if m == nil {
		m = map[rune]float64{}
		d.widths[d.size] = m
	}
	total := 0.0
	for _, r := range s {
		w, ok := m[r]
		if !ok {
			w = d.pdf.GetStringWidth(string(r))
			m[r] = w
		}
		total += w
	}
	return total
}

// lines wraps s, cleaned of characters the font lacks, to width.
func (d *doc) lines(s string, width float64) []string {
	return wrap(d.cov.clean(s), width, d.width)
}

func (d *doc) newPage() {
	d.pdf.AddPage()
	d.pdf.SetXY(marginLeft, marginTop)
}

// need starts a new page unless h millimetres fit above the bottom margin.
func (d *doc) need(h float64) {
	if d.pdf.GetY()+h > bottomLimit {
		d.newPage()
	}
}

// text draws one line at (x, y), cleaned of characters the font lacks.
func (d *doc) text(x, y, w, h float64, s, align string) {
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, h, d.cov.clean(s), "", 0, align, false, 0, "")
}

// paragraph writes wrapped text across the text width, with a first-line
// indent of two characters, breaking pages between lines.
func (d *doc) paragraph(s string, size float64) {
	d.setSize(size)
	lh := lineHeight(size)
	indent := d.width("　　")
	first := d.lines(s, textWidth-indent)
	if len(first) == 0 {
		return
	}
	// The first line is indented; the rest are wrapped to the full width.
	rest := ""
	if len(first) > 1 {
		rest = joinRest(s, first[0])
	}
	lines := []string{first[0]}
	if rest != "" {
		lines = append(lines, d.lines(rest, textWidth)...)
	}
	for i, l := range lines {
		d.need(lh)
		x := marginLeft
		if i == 0 {
			x += indent
		}
		d.text(x, d.pdf.GetY(), textWidth, lh, l, "L")
		d.pdf.SetY(d.pdf.GetY() + lh)
	}
}

// joinRest returns what is left of s after its first wrapped line.
func joinRest(s, firstLine string) string {
	rs := []rune(s)
	n := len([]rune(firstLine))
	for n < len(rs) && rs[n] == ' ' {
		n++
	}
	if n < len(rs) && rs[n] == '\n' {
		n++
	}
	if n >= len(rs) {
		return ""
	}
	return string(rs[n:])
}

// heading writes a section heading, kept on the page with at least keep
// millimetres of what follows.
func (d *doc) heading(s string, keep float64) {
	d.setSize(sizeHeading)
	lh := lineHeight(sizeHeading)
	d.pdf.SetY(d.pdf.GetY() + 3)
	d.need(lh + keep)
	d.text(marginLeft, d.pdf.GetY(), textWidth, lh, s, "L")
	d.pdf.SetY(d.pdf.GetY() + lh + 1)
}

// subheading writes a (一) heading, kept with keep millimetres below.
func (d *doc) subheading(s string, keep float64) {
	d.setSize(sizeBody)
	lh := lineHeight(sizeBody)
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.need(lh + keep)
	d.text(marginLeft, d.pdf.GetY(), textWidth, lh, s, "L")
	d.pdf.SetY(d.pdf.GetY() + lh)
}

func (d *doc) fill(c rgb) {
	d.pdf.SetFillColor(c.r, c.g, c.b)
}

// output writes the finished PDF.
func (d *doc) output(w io.Writer) error {
	if err := d.pdf.Error(); err != nil {
		return err
	}
	return d.pdf.Output(w)
}
