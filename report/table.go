package report

// column is one column of a drawn table.
type column struct {
	title string
	width float64 // mm
	align string  // "L", "C" or "R"
}

// cell is one cell of a drawn table, with an optional background.
type cell struct {
	text string
	fill *rgb
}

var (
	headerFill = rgb{220, 230, 241}
	gridGrey   = rgb{140, 140, 140}
)

const cellPad = 1.2 // mm of space inside a cell's border

// tableLine is the height of a line of text in a table.
var tableLine = lineHeight(sizeTable) * 0.9

// rowHeight is the height of a row of n lines.
func rowHeight(n int) float64 { return float64(n)*tableLine + 2*cellPad }

// headerRow is a table's header: its columns' titles, shaded.
func headerRow(cols []column) []cell {
	header := make([]cell, len(cols))
	for i, c := range cols {
		header[i] = cell{text: c.title, fill: &headerFill}
	}
	return header
}

// wrapRow wraps each cell of a row to its column, and returns the lines
// and the number of lines of the tallest cell.
func (d *doc) wrapRow(cols []column, cells []cell) ([][]string, int) {
	d.setStyle(Body, sizeTable)
	out := make([][]string, len(cols))
	n := 1
	for i, c := range cols {
		if i < len(cells) {
			out[i] = d.lines(cells[i].text, c.width-2*cellPad)
		}
		n = max(n, len(out[i]))
	}
	return out, n
}

// fit returns how many of rows, below the header, fit between the
// current position and below millimetres above the bottom margin.
func (d *doc) fit(cols []column, rows [][]cell, below float64) int {
	role, size := d.role, d.size
	defer d.setStyle(role, size)
	_, hn := d.wrapRow(cols, headerRow(cols))
	room := bottomLimit - below - d.pdf.GetY() - rowHeight(hn) - 2
	for i, r := range rows {
		_, n := d.wrapRow(cols, r)
		if room -= rowHeight(n); room < 0 {
			return i
		}
	}
	return len(rows)
}

// table draws a table across pages: the header row is repeated at the top
// of each page, a row moves whole to the next page when it does not fit,
// and only a row taller than a page is split, between lines.
func (d *doc) table(cols []column, rows [][]cell) {
	d.setStyle(Body, sizeTable)
	lh := tableLine
	wrapped := func(cells []cell) ([][]string, int) { return d.wrapRow(cols, cells) }
	height := rowHeight
	header := headerRow(cols)
	headerLines, headerN := wrapped(header)
	headerH := height(headerN)
	drawHeader := func() {
		d.drawRow(cols, header, headerLines, 0, headerN, headerH, lh, true)
	}
	// The header starts a page only with the first row below it.
	firstH := height(1)
	if len(rows) > 0 {
		_, n := wrapped(rows[0])
		firstH = height(n)
	}
	if headerH+firstH <= bottomLimit-marginTop {
		d.need(headerH + firstH)
	} else {
		d.need(headerH + height(1))
	}
	drawHeader()
	for _, r := range rows {
		lines, total := wrapped(r)
		h := height(total)
		if d.pdf.GetY()+h > bottomLimit {
			room := bottomLimit - marginTop - headerH
			if h <= room {
				d.newPage()
				drawHeader()
			}
		}
		// Draw the row, splitting it between lines only when it is taller
		// than a whole page.
		from := 0
		for from < total {
			fit := int((bottomLimit - d.pdf.GetY() - 2*cellPad) / lh)
			if fit <= 0 {
				d.newPage()
				drawHeader()
				continue
			}
			to := min(total, from+fit)
			d.drawRow(cols, r, lines, from, to, height(to-from), lh, false)
			from = to
		}
	}
	d.pdf.SetY(d.pdf.GetY() + 2)
}

// drawRow draws lines [from, to) of each cell of a row at the current
// position, and moves below it.
func (d *doc) drawRow(cols []column, cells []cell, lines [][]string, from, to int, h, lh float64, bold bool) {
	y := d.pdf.GetY()
	x := marginLeft
	d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	d.pdf.SetLineWidth(0.2)
	for i, c := range cols {
		style := "D"
		if i < len(cells) && cells[i].fill != nil {
			d.fill(*cells[i].fill)
			style = "FD"
		}
		d.pdf.Rect(x, y, c.width, h, style)
		align := c.align
		if bold {
			align = "C"
		}
		for j := from; j < to && j < len(lines[i]); j++ {
			d.text(x+cellPad, y+cellPad+float64(j-from)*lh, c.width-2*cellPad, lh, lines[i][j], align)
		}
		x += c.width
	}
	d.pdf.SetXY(marginLeft, y+h)
}
