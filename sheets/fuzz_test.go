package sheets_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/units"
)

// FuzzReadWorkbook opens any bytes as a returned workbook, reads it and
// writes its marked-up copy: an error is fine, a panic or a hang is not.
// Seeds are real workbooks (the samples, as Excel, WPS and LibreOffice
// wrote them in testdata/clients) for the fuzzer to mutate.
func FuzzReadWorkbook(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "clients", "*.xlsx"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	if b, err := fsRead(samples.ReturnsDir + "/办公室-工作清单.xlsx"); err == nil {
		f.Add(b)
	}
	f.Add(hostile.Workbook("办公室", 3))
	f.Fuzz(func(t *testing.T, data []byte) {
		wb, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
		if err != nil {
			return
		}
		defer wb.Close()
		ret, err := sheets.ReadReturn(wb, "x.xlsx", units.NewDirectory(nil))
		if err != nil {
			return
		}
		ps := ret.Problems
		ps.Add(problems.New(problems.Code("V01"), source.Pos{File: "x.xlsx", Sheet: "成果清单", Row: 2, Col: 5}, "无法识别的数值"))
		sheets.WriteAnnotated(io.Discard, wb, ps)
	})
}

func fsRead(name string) ([]byte, error) {
	rc, err := samples.FS().Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
