package check

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"保持在29%以上", "控制在8/10万以内", "5‰以内", "不少于24家", "1-2家", "提高5个百分点", "全覆盖",
	"31.2％", "３２个", "约30%", "一百二十", "1,234", "8.5/10万", "2026年8月31日", "8月底前",
	"上半年", "三季度末", "46022", "长期", "6月底前出台方案，年底前完成", "", "%%%", "一点", "十十十",
	"2026.13.45", "99999999999999999999", "1e308", "-5%", "０．５",
	"不少于两次", "新建十二所", "“三个”两所", "九千九百九十九万个", "PM2.5浓度30微克",
}

// FuzzParseTarget checks that any text gives a target or an error, never a
// panic, and that a numeric target's numbers are finite.
func FuzzParseTarget(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := ParseTarget(s)
		if err != nil {
			return
		}
		if tg.Text != s {
			t.Errorf("Text %q, want %q", tg.Text, s)
		}
		if tg.Numeric() && (math.IsNaN(tg.Value) || math.IsInf(tg.Value, 0)) {
			t.Errorf("ParseTarget(%q) value %v", s, tg.Value)
		}
		if tg.Op == Between && tg.Upper < 0 {
			t.Errorf("ParseTarget(%q) range %v-%v", s, tg.Value, tg.Upper)
		}
		_ = tg.String()
	})
}

// FuzzParseValue checks that any text gives a value or a SyntaxError that
// quotes it.
func FuzzParseValue(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// firstNumber finds what the expression finds.
		n := stripDates(normalize(s))
		m := numberWithUnit.FindStringSubmatch(n)
		if num, unit, ok := firstNumber(n); ok != (m != nil) || ok && (num != m[1] || unit != m[2]) {
			t.Errorf("firstNumber(%q) = %q %q %v, the expression %q", n, num, unit, ok, m)
		}
		q, err := ParseValue(s)
		if err != nil {
			if utf8.ValidString(s) && !strings.Contains(err.Error(), s) {
				t.Errorf("error %q does not quote %q", err, s)
			}
			return
		}
		if math.IsNaN(q.Value) {
			t.Errorf("ParseValue(%q) = NaN", s)
		}
		if q.Unit != "" {
			if _, ok := lookupUnit(q.Unit); !ok {
				t.Errorf("ParseValue(%q) unit %q is not a known unit", s, q.Unit)
			}
		}
	})
}

// FuzzParseDeadline checks that a deadline read from any text is a real
// date in a plausible year, or open, or an error.
func FuzzParseDeadline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDeadline(s)
		if err != nil {
			return
		}
		day := d.In(2026)
		if day.IsZero() {
			if !d.Open && s != "" && strings.TrimSpace(s) != "" && normalize(s) != "" {
				t.Errorf("ParseDeadline(%q) gave neither a date, nor open, nor an error", s)
			}
			return
		}
		if y := day.Year(); y < 1900 || y > 2100 {
			t.Errorf("ParseDeadline(%q) = %v", s, day)
		}
		if d.Year == 0 && !d.In(2025).IsZero() && d.In(2025).Year() != 2025 {
			t.Errorf("ParseDeadline(%q) names no year but gives %v in 2025", s, d.In(2025))
		}
	})
}

// FuzzParseMark checks that a mark is always one of the dropdown's.
func FuzzParseMark(f *testing.F) {
	for _, s := range []string{"已完成", "未完成", "滞后", "", "推进中", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := ParseMark(s)
		if m < NoMark || m > Behind {
			t.Errorf("ParseMark(%q) = %d", s, m)
		}
		if !ok && m != NoMark {
			t.Errorf("ParseMark(%q) = %v but not ok", s, m)
		}
	})
}
