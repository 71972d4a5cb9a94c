package sheets_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
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
