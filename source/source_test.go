package source

import "testing"

func TestColumnName(t *testing.T) {
	for col, want := range map[int]string{0: "", 1: "A", 26: "Z", 27: "AA", 28: "AB", 702: "ZZ", 703: "AAA", 16384: "XFD"} {
		if got := ColumnName(col); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", col, got, want)
		}
	}
}

func TestParseCell(t *testing.T) {
	tests := []struct {
		ref      string
		col, row int
		ok       bool
	}{
		{"A1", 1, 1, true},
		{"e12", 5, 12, true},
		{"$AB$7", 28, 7, true},
		{"XFD1048576", 16384, 1048576, true},
		{"XFE1", 0, 0, false},
		{"A1048577", 0, 0, false},
		{"A0", 0, 0, false},
		{"1", 0, 0, false},
		{"A", 0, 0, false},
		{"", 0, 0, false},
		{"A1B", 0, 0, false},
	}
	for _, tt := range tests {
		col, row, ok := ParseCell(tt.ref)
		if ok != tt.ok || ok && (col != tt.col || row != tt.row) {
			t.Errorf("ParseCell(%q) = %d, %d, %v; want %d, %d, %v", tt.ref, col, row, ok, tt.col, tt.row, tt.ok)
		}
	}
}

func TestPos(t *testing.T) {
	tests := []struct {
		p          Pos
		cell, full string
	}{
		{Pos{File: "a.xlsx", Sheet: "成果清单", Row: 12, Col: 5}, "E12", "成果清单!E12"},
		{Pos{File: "a.xlsx", Sheet: "成果清单", Row: 12}, "A12", "成果清单!A12"},
		{Pos{File: "a.xlsx", Sheet: "成果清单"}, "", "成果清单"},
		{Pos{File: "a.xlsx"}, "", ""},
		{Pos{File: "工作要点.txt", Row: 40}, "第40行", "第40行"},
	}
	for _, tt := range tests {
		if got := tt.p.Cell(); got != tt.cell {
			t.Errorf("%+v.Cell() = %q, want %q", tt.p, got, tt.cell)
		}
		if got := tt.p.String(); got != tt.full {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.full)
		}
	}
}

func FuzzParseCell(f *testing.F) {
	for _, s := range []string{"A1", "XFD1048576", "$B$2", "", "ZZZZ9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		col, row, ok := ParseCell(ref)
		if !ok {
			return
		}
		if col < 1 || col > MaxCol || row < 1 || row > MaxRow {
			t.Fatalf("ParseCell(%q) = %d, %d out of range", ref, col, row)
		}
		back := Pos{Row: row, Col: col}.Cell()
		if c2, r2, ok2 := ParseCell(back); !ok2 || c2 != col || r2 != row {
			t.Fatalf("%q → %d,%d → %q does not read back", ref, col, row, back)
		}
	})
}
