package sheets

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func cellsOf(vs ...string) []excelize.Cell {
	cells := make([]excelize.Cell, len(vs))
	for i, v := range vs {
		cells[i] = excelize.Cell{Value: v}
	}
	return cells
}

func TestCRC32Combine(t *testing.T) {
	long := strings.Repeat("任务清单<row r=\"7\">", 5000)
	for _, c := range []struct{ a, b string }{
		{"", ""}, {"abc", ""}, {"", "abc"}, {"a", "b"},
		{"<sheetData>", long}, {long, "</sheetData></worksheet>"}, {long, long + "x"},
	} {
		want := crc32.ChecksumIEEE([]byte(c.a + c.b))
		got := crc32Combine(crc32.ChecksumIEEE([]byte(c.a)), crc32.ChecksumIEEE([]byte(c.b)), uint64(len(c.b)))
		if got != want {
			t.Errorf("crc32Combine(%d bytes, %d bytes) = %08x, want %08x", len(c.a), len(c.b), got, want)
		}
	}
}

// A sheet's rows, deflated as they are written, splice into the worksheet
// around them as one stream whose CRC and size are the part's.
func TestSpliceInflates(t *testing.T) {
	for _, rows := range []int{0, 1, 3000} {
		b := newSheetBody(2, 1)
		for n := 2; n < 2+rows; n++ {
			if err := b.row(n, 15, cellsOf("第一列", strings.Repeat("甲", n%50))); err != nil {
				t.Fatal(err)
			}
		}
		head := []byte(`<worksheet><dimension ref="A1:B1"/><sheetData><row r="1"/></sheetData><tableParts/></worksheet>`)
		var out bytes.Buffer
		crc, size, err := b.splice(&out, head)
		b.close()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(flate.NewReader(&out))
		if err != nil {
			t.Fatalf("%d rows: the spliced part does not inflate: %v", rows, err)
		}
		if crc != crc32.ChecksumIEEE(got) || size != uint64(len(got)) {
			t.Errorf("%d rows: CRC %08x and size %d, want %08x and %d", rows, crc, size, crc32.ChecksumIEEE(got), len(got))
		}
		if !bytes.HasPrefix(got, []byte(`<worksheet><dimension ref="A1:B`)) || !bytes.HasSuffix(got, []byte(`</sheetData><tableParts/></worksheet>`)) ||
			bytes.Count(got, []byte(`customHeight="1">`)) != rows {
			t.Errorf("%d rows: spliced part is %.200q…", rows, got)
		}
	}
}
