package sheets_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

func encryptedWorkbook(t *testing.T, password string) []byte {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	x.SetSheetName("Sheet1", "成果清单")
	x.SetSheetRow("成果清单", "A1", &[]any{"任务编号", "完成值", "完成状态"})
	x.SetSheetRow("成果清单", "A2", &[]any{"7", "31.2%", "已完成"})
	var buf bytes.Buffer
	if err := x.Write(&buf, excelize.Options{Password: password}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHostileFiles opens files no department should send: each fails with
// a named error, or is read with a problem, and nothing panics.
func TestHostileFiles(t *testing.T) {
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	tests := []struct {
		name     string
		data     []byte
		password string
		want     error
	}{
		{"empty", nil, "", sheets.ErrNotXLSX},
		{"random bytes", random, "", sheets.ErrNotXLSX},
		{"truncated", hostile.Workbook("财务处", 50)[:900], "", sheets.ErrNotXLSX},
		{"legacy xls or et", hostile.OLE(false), "", sheets.ErrLegacyXLS},
		{"encrypted, no password", encryptedWorkbook(t, "qd2026"), "", sheets.ErrEncrypted},
		{"encrypted, wrong password", encryptedWorkbook(t, "qd2026"), "wrong", sheets.ErrWrongPass},
		{"lying zip", hostile.LyingZip(hostile.Workbook("财务处", 2000)), "", sheets.ErrCorrupt},
		{"zip bomb", hostile.ZipBomb(600<<20, true), "", sheets.ErrTooLarge},
		{"zip bomb that understates", hostile.ZipBomb(600<<20, false), "", sheets.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := sheets.OpenReader(bytes.NewReader(tt.data), sheets.OpenOptions{Password: tt.password})
			if err == nil {
				f.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if p := sheets.FileProblem("x.xlsx", err); p.Message == "" || p.Suggestion == "" {
				t.Errorf("problem %+v says nothing", p)
			}
			// The same from a file read where it lies, as a large one is.
			path := filepath.Join(t.TempDir(), "x.xlsx")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			defer sheets.SetReadWhole(0)()
			f, err = sheets.Open(path, sheets.OpenOptions{Password: tt.password, Large: true})
			if err == nil {
				f.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("from its file: error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEncryptedWithPassword(t *testing.T) {
	f, err := sheets.OpenReader(bytes.NewReader(encryptedWorkbook(t, "qd2026")), sheets.OpenOptions{Password: "qd2026"})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ret, err := sheets.ReadReturn(f, "加密.xlsx", units.NewDirectory(nil))
	if err != nil || len(ret.Outcomes) != 1 || ret.Outcomes[0].Actual.Text != "31.2%" {
		t.Errorf("read %+v, %v", ret.Outcomes, err)
	}
}

// TestHugeSheet reads a sheet of 200,000 rows: it is merged whole, and
// S04 warns that it does not look like a list.
func TestHugeSheet(t *testing.T) {
	if testing.Short() {
		t.Skip("a 200,000-row sheet")
	}
	f, err := sheets.OpenReader(bytes.NewReader(hostile.Workbook("财务处", 200000)), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ret, err := sheets.ReadReturn(f, "大表.xlsx", units.NewDirectory(nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(ret.Outcomes) != 200000 {
		t.Errorf("%d rows kept, want all 200,000", len(ret.Outcomes))
	}
	found := false
	for _, p := range ret.Problems {
		found = found || p.Code == problems.SheetNotAList && p.Level == problems.Warning
	}
	if !found {
		t.Errorf("problems %v, want S04", ret.Problems)
	}
}

// TestMergedWorkbookPastOneSheet merges more rows than a worksheet holds
// (made small for the test): the list goes on in a further sheet, S05
// says so, and the merged workbook reads back whole.
func TestMergedWorkbookPastOneSheet(t *testing.T) {
	defer sheets.SetMaxSheetRows(50)()
	f, err := sheets.OpenReader(bytes.NewReader(hostile.Workbook("财务处", 120)), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ret, err := sheets.ReadReturn(f, "大表.xlsx", units.NewDirectory(nil))
	f.Close()
	if err != nil || len(ret.Outcomes) != 120 {
		t.Fatalf("%d rows, %v", len(ret.Outcomes), err)
	}
	data := writeMerged(t, []lists.Return{ret})
	m, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if got := strings.Join(m.SheetNames(), ","); !strings.Contains(got, "成果清单（续2）") || !strings.Contains(got, "成果清单（续3）") {
		t.Errorf("sheets %s", got)
	}
	back, err := sheets.ReadMerged(m, "汇总.xlsx", units.NewDirectory(nil))
	if err != nil || len(back.Returns) != 1 || len(back.Returns[0].Outcomes) != 120 {
		t.Fatalf("read back %d returns (%v)", len(back.Returns), err)
	}
}

// BenchmarkReadReturn reads one return of 1,000 outcome rows.
func BenchmarkReadReturn(b *testing.B) {
	data := hostile.Workbook("财务处", 1000)
	dir := units.NewDirectory(nil)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sheets.ReadReturn(f, "财务处.xlsx", dir); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// TestLargeStillRefusesBombs: a workbook opened as Large (a merged
// workbook the user names) may be big, but not a zip bomb.
func TestLargeStillRefusesBombs(t *testing.T) {
	for _, honest := range []bool{true, false} {
		_, err := sheets.OpenReader(bytes.NewReader(hostile.ZipBomb(600<<20, honest)), sheets.OpenOptions{Large: true})
		if !errors.Is(err, sheets.ErrTooLarge) && !errors.Is(err, sheets.ErrCorrupt) {
			t.Errorf("a zip bomb (honest %v) opened as Large: %v", honest, err)
		}
	}
	f, err := sheets.OpenReader(bytes.NewReader(hostile.Workbook("财务处", 10)), sheets.OpenOptions{Large: true})
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// withPart returns the workbook data with one part's text changed by edit.
func withPart(t *testing.T, data []byte, name string, edit func(string) string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == name {
			b = []byte(edit(string(b)))
		}
		fw, err := w.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(b)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// A sheet whose XML breaks (a control character in a cell) is reported
// with its file, its sheet, the row after which it broke and what to do —
// whether it breaks in the header rows or far below them.
func TestBrokenSheetXML(t *testing.T) {
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", "成果清单")
	x.SetSheetRow("成果清单", "A1", &[]any{"任务编号", "完成值", "完成状态"})
	for r := 2; r <= 40; r++ {
		x.SetSheetRow("成果清单", fmt.Sprintf("A%d", r), &[]any{fmt.Sprint(r), "31.2%", "已完成"})
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	x.Close()
	for _, tt := range []struct {
		name string
		row  string // the row whose cell is broken
		want string
	}{
		{"in the header rows", "3", "工作表“成果清单”第2行之后"},
		{"below the header", "35", "工作表“成果清单”第34行之后"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := withPart(t, buf.Bytes(), "xl/worksheets/sheet1.xml", func(s string) string {
				at := strings.Index(s, `<row r="`+tt.row+`"`)
				end := at + strings.Index(s[at:], ">") + 1
				return s[:end] + `<c r="D` + tt.row + `" t="inlineStr"><is><t>坏` + "\x01" + `字</t></is></c>` + s[end:]
			})
			f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
			var msg, suggestion string
			if err == nil {
				var ret lists.Return
				ret, err = sheets.ReadReturn(f, "医政处.xlsx", units.NewDirectory(nil))
				f.Close()
				for _, p := range ret.Problems {
					if p.Code == problems.SheetUnreadable {
						msg, suggestion = p.Message, p.Suggestion
					}
				}
			}
			if err != nil {
				msg, suggestion = sheets.Explain(err)
			}
			for _, w := range []string{tt.want, "控制字符 U+0001", "字节处有误"} {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q does not say %q", msg, w)
				}
			}
			if !strings.Contains(suggestion, "重新保存") {
				t.Errorf("suggestion %q does not say what to do", suggestion)
			}
		})
	}
}
