package lists

import (
	"strings"
	"testing"
)

// TrimSpace must trim exactly as strings.TrimSpace: every kind of space
// Unicode knows, at either end, and nothing else.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "　", "任务", " 任务 ", "　任务　", "任务\u00a0", "\u0085任务", "\u1680任务",
		"任务\u2003", "\u2028任务\u2029", "任务\u202f", "\u205f任务", "\ufeff任务\ufeff",
		"a", "a ", "\t31.2％\r\n", "医政处、药政处", "\xe4", "\xe4\xb8", "任务\xe4", "\xe3\x80",
		"ＡＢ", "é", "任务é", "é任务", "\U0001F600", "\U0001F600 ",
	} {
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzTrimSpace(f *testing.F) {
	for _, s := range []string{"", " 任务　", "\u3000", "任务\u2003", "\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
