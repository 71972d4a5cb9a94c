package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// width counts a Chinese character as 2 and anything else as 1.
func testWidth(s string) float64 {
	n := 0.0
	for _, r := range s {
		if r < utf8.RuneSelf {
			n++
		} else {
			n += 2
		}
	}
	return n
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width float64
		want  []string
	}{
		{"完成值31.2%达到目标", 12, []string{"完成值31.2%", "达到目标"}},
		{"完成值31.2%达到目标", 10, []string{"完成值", "31.2%达到", "目标"}},
		{"一二三四五，六七", 10, []string{"一二三四", "五，六七"}}, // "，" never starts a line
		{"一二三（四五六", 8, []string{"一二三", "（四五六"}},    // "（" never ends a line
		{"第一行\n第二行", 20, []string{"第一行", "第二行"}},
		{"", 10, []string{""}},
		{"abcdefghijklmnop", 5, []string{"abcde", "fghij", "klmno", "p"}},
	}
	for _, tt := range tests {
		got := wrap(tt.in, tt.width, testWidth)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %v) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

// FuzzWrap checks that wrapping loses no character but spaces at breaks,
// keeps lines within the width, and starts no line with closing punctuation.
func FuzzWrap(f *testing.F) {
	f.Add("截至2026年9月30日，纳入督查的重点工作任务共46项（含附件）。", 9.0)
	f.Add("a b  c", 1.0)
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width < 4 || width > 200 || !utf8.ValidString(s) {
			return
		}
		lines := wrap(s, width, testWidth)
		strip := func(x string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(x) }
		if strip(strings.Join(lines, "")) != strip(s) {
			t.Fatalf("wrap(%q) = %q lost characters", s, lines)
		}
		for _, l := range lines {
			if testWidth(l) > width+2 {
				t.Errorf("line %q wider than %v", l, width)
			}
		}
	})
}
