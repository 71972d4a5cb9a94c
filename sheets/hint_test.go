package sheets

import (
	"strings"
	"testing"
)

// The rows a sheet is made room for: its dimension, or its rows counted
// when the dimension says nothing — never more than its XML could hold.
func TestRowsHint(t *testing.T) {
	rows := strings.Repeat(`<row r="2"><c r="A2" t="inlineStr"><is><t>一项任务的名称，写得长一些</t></is></c></row>`, 300)
	for _, c := range []struct {
		name, xml string
		want      int
	}{
		{"dimension", `<worksheet><dimension ref="A1:K301"/><sheetData>` + rows + `</sheetData></worksheet>`, 301},
		{"single cell", `<worksheet><dimension ref="A1"/><sheetData>` + rows + `</sheetData></worksheet>`, 300},
		{"none", `<worksheet><sheetData>` + rows + `</sheetData></worksheet>`, 300},
		{"formatted to the last row", `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>` + rows + `</sheetData></worksheet>`, -1}, // what 64 bytes a row could hold

	} {
		s := &sheetData{mem: []byte(c.xml)}
		if c.want < 0 {
			c.want = len(c.xml) / 64
		}
		if got := s.rowsHint(); got != c.want {
			t.Errorf("%s: %d rows, want %d", c.name, got, c.want)
		}
	}
}
