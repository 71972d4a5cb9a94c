package fullwidth

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/width"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"医政处", "医政处"},
		{"ＡＢＣ１２３", "ABC123"},
		{"31.2％", "31.2%"},
		{"保持在\u300029%以上", "保持在 29%以上"},
		{"（牵头）", "(牵头)"},
		{"ｶﾀｶﾅ", "カタカナ"},
		{"a\xffb", "a\xffb"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldChangesOnlyThose checks, rune by rune, that the runes Fold
// passes over are exactly those width.Fold leaves alone.
func TestFoldChangesOnlyThose(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "中" + string(r) + "文"
		if got, want := Fold(s), width.Fold.String(s); got != want {
			t.Fatalf("Fold(%q) = %q, width.Fold gives %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"医政处", "３１．２％", "\u3000", "a\xef\xbc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), width.Fold.String(s); got != want {
			t.Fatalf("Fold(%q) = %q, width.Fold gives %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	for b.Loop() {
		Fold("推进基层医疗卫生机构标准化建设，完成20家社区卫生服务中心改造")
	}
}
