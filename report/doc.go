package report

import (
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry in millimetres: A4 with the margins of GB/T 9704 (党政机关
// 公文格式): 37 mm above, 35 below, 28 left, 26 right, a text block 156 mm
// wide.
const (
	pageW, pageH = 210.0, 297.0
	marginLeft   = 28.0
	marginRight  = 26.0
	marginTop    = 37.0
	marginBottom = 35.0
	textWidth    = pageW - marginLeft - marginRight
	bottomLimit  = pageH - marginBottom
	footerY      = bottomLimit + 7 // the page number's line, 7 mm below the text block
)

// Font sizes in points: 二号 title, 三号 text and headings, 四号 page
// numbers, tables smaller to hold their columns.
const (
	sizeTitle   = 22.0
	sizeHeading = 16.0
	sizeBody    = 16.0
	sizeTable   = 9.0
	sizeFooter  = 14.0
)

// lineHeight returns the height in mm of a line of text of the given size.
func lineHeight(size float64) float64 {
	return size * 25.4 / 72 * 1.5
}

type rgb struct{ r, g, b int }

// doc is a PDF being drawn: the fpdf document with qingdan's font, page
// layout and the helpers the report is written with.
type doc struct {
	pdf      *fpdf.Fpdf
	fallback *face          // the embedded 黑体, for characters no other font has
	embedded map[Role]*face // the embedded fonts, by role
	faces    map[Role]*face // the user's fonts, by role
	outline  *coverage      // the Extra font, drawn as outlines
	role     Role
	size     float64
	widths   map[widthKey]float64
	missing  map[rune]bool // characters no font has, drawn as □
	notes    []string      // which fonts were used, and which could not be
	noFooter bool          // pages without numbers: notices of a page each
}

type widthKey struct {
	family string
	size   float64
	r      rune
}

func newDoc(date time.Time, title, author string, fonts Fonts) (*doc, error) {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(marginLeft, marginTop, marginRight)
	p.SetAutoPageBreak(false, marginBottom)
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetCatalogSort(true)
	d := &doc{pdf: p, embedded: map[Role]*face{}, faces: map[Role]*face{},
		widths: map[widthKey]float64{}, missing: map[rune]bool{}}
	byBuiltin := map[*builtin]*face{}
	for _, role := range []Role{Body, Title, Heading, Subheading} {
		b := builtins[role]
		if byBuiltin[b] == nil {
			f, err := b.newFace()
			if err != nil {
				return nil, err
			}
			byBuiltin[b] = f
		}
		d.embedded[role] = byBuiltin[b]
	}
	if byBuiltin[builtinHei] == nil {
		f, err := builtinHei.newFace()
		if err != nil {
			return nil, err
		}
		byBuiltin[builtinHei] = f
	}
	d.fallback = byBuiltin[builtinHei]
	if f, ok := fonts[Extra]; ok {
		if fc, err := checkTrueType(f.Data); err != nil {
			d.notes = append(d.notes, fmt.Sprintf("%s：%s %v", Extra, f.Name, err))
		} else {
			d.outline = fc
			d.notes = append(d.notes, Extra.String()+"："+f.Name+"（U+FFFF 以外的字按字形绘出）")
		}
	}
	for _, role := range []Role{Body, Title, Heading, Subheading} {
		own := d.embedded[role].name
		f, ok := fonts[role]
		if !ok {
			d.notes = append(d.notes, role.String()+"："+own)
			continue
		}
		fc, err := checkTrueType(f.Data)
		if err != nil {
			d.notes = append(d.notes, fmt.Sprintf("%s：%s %v，改用%s", role, f.Name, err, own))
			continue
		}
		d.faces[role] = &face{family: fmt.Sprintf("user%d", role), name: f.Name, data: f.Data, cov: fc}
		d.notes = append(d.notes, role.String()+"："+f.Name+"（缺字时用"+own+"）")
	}
	p.SetTitle(d.clean(title), true)
	p.SetAuthor(d.clean(author), true)
	p.SetCreator("qingdan", true)
	p.SetProducer("qingdan", true)
	p.SetLang("zh-CN")
	d.setStyle(Body, sizeBody)
	p.SetFooterFunc(d.footer)
	return d, p.Error()
}

// clean returns s with every character no font of the document has
// replaced by □, and control characters other than line breaks made spaces.
func (d *doc) clean(s string) string {
	out := []rune(s)
	changed := false
	for i, r := range out {
		switch {
		case r == '\n':
		case r < ' ':
			out[i], changed = ' ', true
		case !d.covered(r):
			d.missing[r] = true
			out[i], changed = missingGlyph, true
		}
	}
	if !changed {
		return s
	}
	return string(out)
}

func (d *doc) covered(r rune) bool {
	if d.fallback.cov.has(r) || d.outlined(r) {
		return true
	}
	for _, f := range d.faces {
		if f.cov.has(r) {
			return true
		}
	}
	for _, f := range d.embedded {
		if f.cov.has(r) {
			return true
		}
	}
	return false
}

// outlined reports whether r is drawn as an outline from the Extra font:
// a character beyond U+FFFF that the font has.
func (d *doc) outlined(r rune) bool {
	return r > 0xFFFF && d.outline != nil && d.outline.hasGlyph(r)
}

// faceFor returns the font a character is drawn in: the user's font of
// the current role when it has the character, else the embedded font of
// the role, else the embedded 黑体, which has every GBK character.
func (d *doc) faceFor(r rune) *face {
	if f := d.faces[d.role]; f != nil && f.cov.has(r) {
		return f
	}
	if f := d.embedded[d.role]; f.cov.has(r) {
		return f
	}
	return d.fallback
}

// setFont makes f the PDF's current font, adding it to the document the
// first time.
func (d *doc) setFont(f *face) {
	if !f.added {
		d.pdf.AddUTF8FontFromBytes(f.family, "", f.data)
		f.added = true
	}
	d.pdf.SetFont(f.family, "", d.size)
}

// footer writes the page number as GB/T 9704 has it: "— 1 —" on the
// line 7 mm below the text block, odd pages to the right and even pages to
// the left, a character in from the edge.
func (d *doc) footer() {
	if d.noFooter {
		return
	}
	role, size := d.role, d.size
	d.setStyle(Body, sizeFooter)
	n := d.pdf.PageNo()
	s := fmt.Sprintf("— %d —", n)
	indent := d.width("　")
	align := "R"
	x := marginLeft - indent
	if n%2 == 0 {
		align, x = "L", marginLeft+indent
	}
	d.text(x, footerY, textWidth, 6, s, align)
	d.setStyle(role, size)
}

// setStyle sets the role and size of the text that follows.
func (d *doc) setStyle(role Role, size float64) {
	d.role, d.size = role, size
}

// setSize sets the size of the text that follows, keeping its role.
func (d *doc) setSize(size float64) {
	d.setStyle(d.role, size)
}

// width measures s in the current role and size, a character at a time,
// each in the font it will be drawn in.
func (d *doc) width(s string) float64 {
	total := 0.0
	for _, r := range s {
		if d.outlined(r) {
			total += d.outlineAdvance(r)
			continue
		}
		f := d.faceFor(r)
		k := widthKey{f.family, d.size, r}
		w, ok := d.widths[k]
		if !ok {
			d.setFont(f)
			w = d.pdf.GetStringWidth(string(r))
			d.widths[k] = w
		}
		total += w
	}
	return total
}

// lines wraps s, cleaned of characters no font has, to width.
func (d *doc) lines(s string, width float64) []string {
	return wrap(d.clean(s), width, d.width)
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

// text draws one line in the box at (x, y) of width w, aligned "L", "C" or
// "R": in runs, each in the font that has its characters.
func (d *doc) text(x, y, w, h float64, s, align string) {
	s = d.clean(s)
	total := d.width(s)
	switch align {
	case "C":
		x += (w - total) / 2
	case "R":
		x += w - total
	}
	var run []rune
	var cur *face
	flush := func() {
		if len(run) == 0 {
			return
		}
		t := string(run)
		rw := d.width(t)
		d.setFont(cur)
		d.pdf.SetXY(x, y)
		d.pdf.CellFormat(rw, h, t, "", 0, "L", false, 0, "")
		x += rw
		run = run[:0]
	}
	for _, r := range s {
		if d.outlined(r) {
			flush()
			x += d.drawOutline(r, x, y, h)
			continue
		}
		f := d.faceFor(r)
		if f != cur {
			flush()
			cur = f
		}
		run = append(run, r)
	}
	flush()
}

// paragraph writes wrapped text across the text width, with a first-line
// indent of two characters, breaking pages between lines.
func (d *doc) paragraph(s string, size float64) {
	d.setStyle(Body, size)
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
	defer d.setStyle(Body, sizeBody)
	d.setStyle(Heading, sizeHeading)
	lh := lineHeight(sizeHeading)
	d.pdf.SetY(d.pdf.GetY() + 3)
	d.need(lh + keep)
	d.text(marginLeft, d.pdf.GetY(), textWidth, lh, s, "L")
	d.pdf.SetY(d.pdf.GetY() + lh + 1)
}

// subheading writes a (一) heading, kept with keep millimetres below.
func (d *doc) subheading(s string, keep float64) {
	defer d.setStyle(Body, sizeBody)
	d.setStyle(Subheading, sizeBody)
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
