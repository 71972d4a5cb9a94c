package sheets_test

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/internal/sampledata"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// TestReadReturnParts: a workbook read in parts of a few rows gives, put
// together, the rows, unit and problems of the workbook read whole, and
// each part but the first goes on from the one before.
func TestReadReturnParts(t *testing.T) {
	entries, err := fs.ReadDir(samples.FS(), samples.ReturnsDir)
	if err != nil {
		t.Fatal(err)
	}
	above, rows := sheets.PartAbove, sheets.PartRows
	defer func() { sheets.PartAbove, sheets.PartRows = above, rows }()
	for _, e := range entries {
		name := path.Join(samples.ReturnsDir, e.Name())
		data, err := fs.ReadFile(samples.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		whole := readWith(t, data, name, 1<<40, nil)
		var parts []lists.Return
		last := readWith(t, data, name, -1, &parts)
		parts = append(parts, last)
		if whole.Rows() > 4 && len(parts) < 2 {
			t.Errorf("%s: %d rows came in %d part", name, whole.Rows(), len(parts))
		}
		var joined lists.Return
		for i, p := range parts {
			if p.Continued != (i > 0) {
				t.Errorf("%s: part %d Continued %v", name, i, p.Continued)
			}
			if p.Rows() > 4 {
				t.Errorf("%s: part %d has %d rows, more than the 4 asked", name, i, p.Rows())
			}
			if p.From != whole.From {
				t.Errorf("%s: part %d is from %v, the workbook from %v", name, i, p.From, whole.From)
			}
			joined.Tasks = append(joined.Tasks, p.Tasks...)
			joined.Resps = append(joined.Resps, p.Resps...)
			joined.Outcomes = append(joined.Outcomes, p.Outcomes...)
			joined.Problems = append(joined.Problems, p.Problems...)
		}
		if !reflect.DeepEqual(joined.Tasks, whole.Tasks) || !reflect.DeepEqual(joined.Resps, whole.Resps) || !reflect.DeepEqual(joined.Outcomes, whole.Outcomes) {
			t.Errorf("%s: the parts' rows differ from the whole's", name)
		}
		joined.Problems.Sort(lists.SheetRank)
		whole.Problems.Sort(lists.SheetRank)
		if !slices.Equal(joined.Problems, whole.Problems) {
			t.Errorf("%s: the parts' problems %v, the whole's %v", name, joined.Problems, whole.Problems)
		}
	}
}

func readWith(t *testing.T, data []byte, name string, above int64, parts *[]lists.Return) lists.Return {
	t.Helper()
	sheets.PartAbove, sheets.PartRows = above, 4
	f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ret, err := sheets.ReadReturnParts(f, name, units.NewDirectory(nil), func(p lists.Return) error {
		if parts == nil {
			t.Fatalf("%s: read in parts, though under PartAbove", name)
		}
		*parts = append(*parts, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ret
}

// TestEachReturn: the returns of a merged workbook read one at a time are
// those ReadMerged reads whole — in the order qingdan wrote the rows, and
// after a user sorted 成果清单 by hand, when they cannot come file by file.
func TestEachReturn(t *testing.T) {
	data, _, err := sampledata.Merged()
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := x.GetRows(templates.Outcomes.Name)
	if err != nil || len(rows) < 3 {
		t.Fatalf("成果清单 has %d rows: %v", len(rows), err)
	}
	// The first row given to the last row's file, as a sort by hand might
	// leave the rows: no longer file by file.
	col := slices.Index(rows[0], "来源文件")
	if col < 0 {
		t.Fatal("成果清单 has no 来源文件")
	}
	cell, _ := excelize.CoordinatesToCellName(col+1, 2)
	if err := x.SetCellStr(templates.Outcomes.Name, cell, rows[len(rows)-1][col]); err != nil {
		t.Fatal(err)
	}
	var sorted bytes.Buffer
	if err := x.Write(&sorted); err != nil {
		t.Fatal(err)
	}
	x.Close()

	above := sheets.PartAbove
	defer func() { sheets.PartAbove = above }()
	for name, book := range map[string][]byte{"as written": data, "sorted by hand": sorted.Bytes()} {
		sheets.PartAbove = 1 << 40
		want := readMerged(t, book, func(f *sheets.File, m *sheets.Merged) []lists.Return { return m.Returns })
		sheets.PartAbove = -1
		restore := sheets.SetReadWhole(0) // and from its file, read where it lies
		got := readMerged(t, book, func(f *sheets.File, m *sheets.Merged) []lists.Return {
			var out []lists.Return
			if err := m.EachReturn(f, func(r lists.Return) error { out = append(out, r); return nil }); err != nil {
				t.Fatal(err)
			}
			return out
		})
		restore()
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d returns one at a time, %d whole, or they differ", name, len(got), len(want))
		}
	}
}

func readMerged(t *testing.T, data []byte, returns func(*sheets.File, *sheets.Merged) []lists.Return) []lists.Return {
	t.Helper()
	path := filepath.Join(t.TempDir(), "汇总.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := sheets.Open(path, sheets.OpenOptions{Large: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := sheets.ReadMerged(f, "汇总.xlsx", units.NewDirectory(nil))
	if err != nil {
		t.Fatal(err)
	}
	return returns(f, &m)
}
