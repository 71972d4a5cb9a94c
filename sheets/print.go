package sheets

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// printSetup sets a sheet up to print on A4: landscape for a list, fitted
// to the page's width, the header rows (1 to header) repeated on every
// page.
func printSetup(x *excelize.File, sheet string, header int, landscape bool) error {
	fit, wide, tall := true, 1, 0
	size, orient := 9, "portrait" // 9: A4
	if landscape {
		orient = "landscape"
	}
	if err := x.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := x.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	margin, edge := 0.5, 0.3
	if err := x.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &margin, Bottom: &margin, Header: &edge, Footer: &edge}); err != nil {
		return err
	}
	if header < 1 {
		return nil
	}
	return x.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$%d", sheet, header), Scope: sheet,
	})
}

// rowHeight is the height, in points, a row needs for its text to show
// whole when wrapped in its columns: Excel and WPS grow a row to fit, but
// LibreOffice keeps a written row one line high.
func rowHeight(texts []string, widths []float64) float64 {
	lines := 1
	for i, t := range texts {
		if i >= len(widths) || t == "" {
			continue
		}
		// A column width is about as many Latin characters; a Chinese
		// character takes two.
		perLine := max(1, int(widths[i]))
		if len(t) <= perLine && strings.IndexByte(t, '\n') < 0 {
			continue // one line: no character is wider than its bytes
		}
		n, col := 1, 0
		for i := 0; i < len(t); {
			w := 1
			switch c := t[i]; {
			case c == '\n':
				n, col = n+1, 0
				i++
				continue
			case c < utf8.RuneSelf:
				i++
			case c >= 0xE3 && c <= 0xEC && i+2 < len(t) && t[i+1]&0xC0 == 0x80 && t[i+2]&0xC0 == 0x80:
				w, i = 2, i+3 // U+3000 to U+CFFF: Chinese
			default:
				r, size := utf8.DecodeRuneInString(t[i:])
				if r > 0x2e7f {
					w = 2
				}
				i += size
			}
			if col+w > perLine {
				n, col = n+1, 0
			}
			col += w
		}
		lines = max(lines, n)
	}
	return float64(min(lines, 20))*14.5 + 3
}
