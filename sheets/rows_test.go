package sheets

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Text written into a row reads back as the reader of any spreadsheet
// program would read it: the same text, cut at a cell's limit, with the
// characters XML cannot hold shown as U+FFFD.
func TestRowTextReadsBack(t *testing.T) {
	long := strings.Repeat("医", maxCellChars+5)
	tests := []struct {
		in, want string
	}{
		{"推进医联体建设", "推进医联体建设"},
		{"A&B <不少于> 24家", "A&B <不少于> 24家"},
		{" 前后有空格 ", " 前后有空格 "},
		{"第一行\n第二行", "第一行\n第二行"},
		{"回车\r\n换行", "回车\r\n换行"},
		{"\t缩进", "\t缩进"},
		{"控制\x01字符", "控制\uFFFD字符"},
		{"坏\xff字节", "坏\uFFFD字节"},
		{"非字符\uFFFE", "非字符\uFFFD"},
		{"非字符\uFFFF也是", "非字符\uFFFD也是"},
		{strings.Repeat("a", maxCellChars+1), strings.Repeat("a", maxCellChars)},
		{strings.Repeat("a", maxCellChars), strings.Repeat("a", maxCellChars)},
		{"𠮷龘", "𠮷龘"},
		{long, long[:maxCellChars*len("医")]},
	}
	for _, tc := range tests {
		var body []byte
		body = append(body, "<t"...)
		if preserve(tc.in) {
			body = append(body, ` xml:space="preserve"`...)
		}
		body = append(body, '>')
		body = appendEscaped(body, tc.in)
		body = append(body, "</t>"...)
		var got struct {
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal(body, &got); err != nil {
			t.Errorf("%.40q: written as %.80q, which is not XML: %v", tc.in, body, err)
			continue
		}
		if got.Text != tc.want {
			t.Errorf("%.40q reads back as %.40q, want %.40q", tc.in, got.Text, tc.want)
		}
	}
}

// A cell of each kind of value is written as SpreadsheetML a reader takes
// for that kind, one for every column from A, without references.
func TestRowCells(t *testing.T) {
	b := newSheetBody(6, 1)
	var cells []excelize.Cell
	for _, v := range []any{"文字", int64(12), 3, 0.315, true, ""} {
		cells = append(cells, excelize.Cell{StyleID: 2, Value: v})
	}
	if err := b.row(2, 24, cells); err != nil {
		t.Fatal(err)
	}
	want := `<row r="2" ht="24" customHeight="1">` +
		`<c s="2" t="inlineStr"><is><t>文字</t></is></c>` +
		`<c s="2"><v>12</v></c><c s="2"><v>3</v></c><c s="2"><v>0.315</v></c>` +
		`<c s="2" t="b"><v>1</v></c><c s="2"/></row>`
	if got := string(b.buf); got != want {
		t.Errorf("row written as\n%s\nwant\n%s", got, want)
	}
	if b.lastRow != 2 {
		t.Errorf("last row %d, want 2", b.lastRow)
	}
}
