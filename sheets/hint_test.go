package sheets

import (
	"strings"
	"testing"
)

// The rows a sheet is made room for: its dimension, or its rows counted
// when the dimension says nothing — never more than its XML could hold.
func TestRowsHint(t *testing.T) {
	rows := func(n int) string {
		return strings.Repeat(`<row r="2"><c r="A2" t="inlineStr"><is><t>一项任务的名称，写得长一些</t></is></c></row>`, n)
	}
	for _, c := range []struct {
		name, xml string
		least     int // the rows, or -1 for what 64 bytes a row could hold
		most      int
	}{
		{"dimension", `<worksheet><dimension ref="A1:K301"/><sheetData>` + rows(300) + `</sheetData></worksheet>`, 301, 301},
		{"single cell", `<worksheet><dimension ref="A1"/><sheetData>` + rows(200) + `</sheetData></worksheet>`, 200, 200},
		{"none", `<worksheet><sheetData>` + rows(200) + `</sheetData></worksheet>`, 200, 200},
		// Past twice the sample, the rows are estimated from the first.
		{"none, large", `<worksheet><sheetData>` + rows(3000) + `</sheetData></worksheet>`, 3000, 3000 * 5 / 4},
		{"formatted to the last row", `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>` + rows(300) + `</sheetData></worksheet>`, -1, -1},
	} {
		s := &sheetData{mem: []byte(c.xml)}
		if c.least < 0 {
			c.least, c.most = len(c.xml)/64, len(c.xml)/64
		}
		if got := s.rowsHint(); got < c.least || got > c.most {
			t.Errorf("%s: %d rows, want %d to %d", c.name, got, c.least, c.most)
		}
	}
}
