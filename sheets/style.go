package sheets

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Colours used in written workbooks.
const (
	headerFill = "DCE6F1"
	lockedFill = "F2F2F2"
	borderRGB  = "A6A6A6" // every border has a colour: openpyxl rejects a file whose border has none
	greenFill  = "C6EFCE"
	yellowFill = "FFEB9C"
	redFill    = "FFC7CE"
)

// styles are the cell styles of one workbook being written.
type styles struct {
	title, label, header, body, input, percent, wrap int
	light                                            map[string]int // by fill colour
}

func newStyles(x *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: borderRGB, Style: 1},
		{Type: "right", Color: borderRGB, Style: 1},
		{Type: "top", Color: borderRGB, Style: 1},
		{Type: "bottom", Color: borderRGB, Style: 1},
	}
	font := &excelize.Font{Family: "宋体", Size: 11}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	var s styles
	var err error
	mk := func(dst *int, st *excelize.Style) {
		if err != nil {
			return
		}
		*dst, err = x.NewStyle(st)
	}
	mk(&s.title, &excelize.Style{Font: &excelize.Font{Family: "黑体", Size: 16, Bold: true}})
	mk(&s.label, &excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 11, Bold: true}})
	mk(&s.header, &excelize.Style{
		Font:       &excelize.Font{Family: "黑体", Size: 11, Bold: true},
		Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
		Border:     border,
		Alignment:  &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Protection: &excelize.Protection{Locked: true},
	})
	mk(&s.body, &excelize.Style{Font: font, Border: border, Alignment: top})
	mk(&s.wrap, &excelize.Style{Font: font, Alignment: top})
	mk(&s.input, &excelize.Style{Font: font, Alignment: top, Protection: &excelize.Protection{Locked: false}})
	mk(&s.percent, &excelize.Style{Font: font, Border: border, Alignment: top, NumFmt: 10})
	s.light = map[string]int{}
	for _, c := range []string{greenFill, yellowFill, redFill} {
		var id int
		mk(&id, &excelize.Style{
			Font: font, Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}},
		})
		s.light[c] = id
	}
	if err != nil {
		return nil, fmt.Errorf("创建单元格样式: %w", err)
	}
	return &s, nil
}

// cellValue returns v as a number when it is a plain whole number, so that
// Excel shows no "number stored as text" mark, and as text otherwise.
// Only forms that read back identically are turned into numbers.
func cellValue(v string) any {
	if n, ok := wholeNumber(v); ok {
		return n
	}
	return v
}

// wholeNumber reads v as cellValue writes it as a number: digits alone,
// no leading zero, at most 15 of them.
func wholeNumber(v string) (int64, bool) {
	if len(v) == 0 || len(v) > 15 || v[0] == '0' && len(v) > 1 {
		return 0, false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return n, err == nil
}
