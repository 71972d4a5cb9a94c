// Package numerals reads and writes numbers in Chinese numerals, as plans
// number their items ((十六)), as departments write values (一百二十家) and
// as reports head their parts ((三)). It is the one definition of them in
// qingdan.
package numerals

import "strings"

var digits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

var powers = map[rune]float64{'十': 10, '百': 100, '千': 1000}

// IsNumeral reports whether r is a character of a Chinese numeral.
func IsNumeral(r rune) bool {
	_, d := digits[r]
	_, p := powers[r]
	return d || p || r == '万' || r == '亿' || r == '点'
}

// Parse reads a number written in Chinese numerals: 三十二, 十六, 一百二十,
// 两千, 一万五千, 三点五. It reports false for anything else.
func Parse(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	intPart, frac, hasFrac := s, "", false
	if i := strings.IndexRune(s, '点'); i >= 0 {
		intPart, frac, hasFrac = s[:i], s[i+len("点"):], true
	}
	var total, section, digit float64
	seen := false
	for _, r := range intPart {
		switch {
		case r == '亿' || r == '万':
			mult := 1e4
			if r == '亿' {
				mult = 1e8
			}
			total = (total + section + digit) * mult
			section, digit = 0, 0
		case powers[r] > 0:
			if digit == 0 && !seen {
				digit = 1 // 十二 = 12
			}
			section += digit * powers[r]
			digit = 0
		default:
			d, ok := digits[r]
			if !ok {
				return 0, false
			}
			digit = float64(d)
		}
		seen = true
	}
	v := total + section + digit
	if hasFrac {
		if frac == "" {
			return 0, false
		}
		scale := 0.1
		for _, r := range frac {
			d, ok := digits[r]
			if !ok {
				return 0, false
			}
			v += float64(d) * scale
			scale /= 10
		}
	}
	return v, seen || hasFrac
}

// Int reads a whole number in Chinese numerals, such as an item's number
// 十六; it reports false for anything else.
func Int(s string) (int, bool) {
	if strings.ContainsRune(s, '点') {
		return 0, false
	}
	v, ok := Parse(s)
	return int(v), ok
}

// Format writes n, from 0 to 9999, in Chinese numerals as headings number
// their parts: 1 is 一, 16 is 十六, 20 is 二十, 105 is 一百零五. Other
// numbers are written in digits.
func Format(n int) string {
	if n < 0 || n > 9999 {
		return itoa(n)
	}
	names := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	if n < 10 {
		return names[n]
	}
	if n < 20 {
		if n == 10 {
			return "十"
		}
		return "十" + names[n%10]
	}
	var b strings.Builder
	units := []struct {
		value int
		name  string
	}{{1000, "千"}, {100, "百"}, {10, "十"}, {1, ""}}
	zero := false
	started := false
	for _, u := range units {
		d := n / u.value % 10
		if d == 0 {
			zero = started
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		b.WriteString(names[d] + u.name)
		started = true
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
