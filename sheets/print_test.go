package sheets

import (
	"strings"
	"testing"
)

// TestRowHeight: a row is as high as the most lines its texts wrap to in
// their columns, a Chinese character taking two places of a column.
func TestRowHeight(t *testing.T) {
	line := func(n int) float64 { return float64(n)*14.5 + 3 }
	for _, tc := range []struct {
		name  string
		texts []string
		width float64
		want  float64
	}{
		{"empty", []string{""}, 10, line(1)},
		{"ASCII that fills the width", []string{"0123456789"}, 10, line(1)},
		{"ASCII one past it", []string{"0123456789a"}, 10, line(2)},
		{"five Chinese characters in ten places", []string{"卫生健康委"}, 10, line(1)},
		{"six Chinese characters in ten places", []string{"卫生健康委员"}, 10, line(2)},
		{"a short text of two lines", []string{"甲\n乙"}, 10, line(2)},
		{"the tallest cell decides", []string{"短", strings.Repeat("长", 12)}, 10, line(3)},
		{"at most twenty lines", []string{strings.Repeat("长", 500)}, 10, line(20)},
	} {
		widths := make([]float64, len(tc.texts))
		for i := range widths {
			widths[i] = tc.width
		}
		if got := rowHeight(tc.texts, widths); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestPlainText: text is copied as it is only when XML can hold it so.
func TestPlainText(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"已完成", true},
		{"31.2%\t备注\n第二行", true},
		{"\uFFFD 替换字符本身", true},
		{"A&B", false},
		{"<b>", false},
		{"a\rb", false},
		{"\x01", false},
		{"\xff\xfe", false},
		{"\uFFFE", false},
		{"\uFFFF", false},
		{"\xed\xa0\x80", false}, // a surrogate
		{strings.Repeat("字", maxCellChars), false},
	} {
		if got := plainText(tc.s); got != tc.want {
			t.Errorf("plainText(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestRowHeightReadsRunes: rowHeight counts each character of any text
// as a loop over its runes does, a character above U+2E7F taking two
// places, whatever bytes the text holds.
func TestRowHeightReadsRunes(t *testing.T) {
	byRunes := func(s string, perLine int) int {
		n, col := 1, 0
		for _, r := range s {
			w := 1
			if r > 0x2e7f {
				w = 2
			}
			if r == '\n' {
				n, col = n+1, 0
				continue
			}
			if col+w > perLine {
				n, col = n+1, 0
			}
			col += w
		}
		return n
	}
	parts := []string{"a", "中", "ⅱ", "⺀", "\u2e7f", "\n", "\xe4\xb8", "\xe3", "\xff", "😀", "ü", "\ue000", "\uffff"}
	for i := range 5000 {
		var b strings.Builder
		for j, k := 0, i; j < 12; j, k = j+1, k*7+3 {
			b.WriteString(parts[k%len(parts)])
		}
		s := b.String()
		for _, width := range []float64{3, 8, 13} {
			want := float64(min(byRunes(s, int(width)), 20))*14.5 + 3
			if got := rowHeight([]string{s}, []float64{width}); got != want {
				t.Fatalf("rowHeight(%q, %v) = %v, the rune loop %v", s, width, got, want)
			}
		}
	}
}
