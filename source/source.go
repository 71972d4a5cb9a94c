// Package source says where a value was read: the file as the user named
// it, the sheet, and the cell. Every record, problem and judged item
// carries one, so that a user can open the file and find the value.
package source

import (
	"cmp"
	"strconv"
	"strings"
)

// Pos is a place in a workbook or a document. Row and Col are 1-based;
// zero means the place has no row (a whole file or sheet) or no column (a
// whole row).
type Pos struct {
	File  string // as the user named it, or its path inside the folder or archive given
	Sheet string
	Row   int
	Col   int
}

// Cell returns the place as an A1 reference, such as "E12". A row without a
// column is given by its first cell, "A12", so that a reference is always
// one a spreadsheet can go to; a place with no row gives "". In a text
// document (no sheet, no column) Row is a line, given as "第12行".
func (p Pos) Cell() string {
	switch {
	case p.Row <= 0:
		return ""
	case p.Sheet == "" && p.Col == 0:
		return "第" + strconv.Itoa(p.Row) + "行"
	}
	return ColumnName(max(1, p.Col)) + strconv.Itoa(p.Row)
}

// String returns the sheet and cell as a spreadsheet writes a reference to
// them, such as "成果清单!E12", or the sheet alone.
func (p Pos) String() string {
	c := p.Cell()
	switch {
	case p.Sheet == "":
		return c
	case c == "":
		return p.Sheet
	}
	return p.Sheet + "!" + c
}

// At returns p in column col (1-based) of the same row.
func (p Pos) At(col int) Pos {
	p.Col = col
	return p
}

// Compare orders places by file, sheet, row and column.
func Compare(a, b Pos) int {
	return cmp.Or(
		strings.Compare(a.File, b.File),
		strings.Compare(a.Sheet, b.Sheet),
		cmp.Compare(a.Row, b.Row),
		cmp.Compare(a.Col, b.Col),
	)
}

// ColumnName returns the spreadsheet letters of a 1-based column: 1 is "A",
// 27 is "AA". It returns "" for a column below 1.
func ColumnName(col int) string {
	var b [8]byte
	i := len(b)
	for ; col > 0 && i > 0; col = (col - 1) / 26 {
		i--
		b[i] = byte('A' + (col-1)%26)
	}
	return string(b[i:])
}

// MaxCol and MaxRow are the largest column and row a worksheet can have.
const (
	MaxCol = 16384
	MaxRow = 1048576
)

// ParseCell reads an A1 reference such as "E12" or "$E$12" into its 1-based
// column and row. It reports false for anything else, and for a place
// beyond a worksheet's last column or row.
func ParseCell(ref string) (col, row int, ok bool) {
	i := 0
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	start := i
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > MaxCol {
			return 0, 0, false
		}
	}
	if i == start {
		return 0, 0, false
	}
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	if i == len(ref) {
		return 0, 0, false
	}
	for ; i < len(ref); i++ {
		c := ref[i]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		row = row*10 + int(c-'0')
		if row > MaxRow {
			return 0, 0, false
		}
	}
	return col, row, row > 0
}
