package check

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/qingdan/qingdan/numerals"
)

// Deadline is a date as office staff write one: a 完成时限, a 完成日期 or a
// 填报日期. It is read once, without knowing the plan's year: "年底前" keeps
// Year 0, and In gives the day in a given year.
type Deadline struct {
	Text  string // as written
	Open  bool   // 长期, 持续推进: no deadline
	Year  int    // 0 when the text names no year
	Month int    // 1 to 12; 0 when there is no date
	Day   int    // 1 to 31; 0 for the month's last day
}

// IsZero reports whether the deadline has neither a date nor is open: the
// text was blank or unreadable.
func (d Deadline) IsZero() bool {
	return d.Month == 0 && !d.Open
}

// Dated reports whether the deadline is a date.
func (d Deadline) Dated() bool {
	return d.Month != 0
}

// In returns the deadline's day, its year taken from year when the text
// names none. It returns the zero time when the deadline has no date.
func (d Deadline) In(year int) time.Time {
	if d.Month == 0 {
		return time.Time{}
	}
	y := d.Year
	if y == 0 {
		y = year
	}
	if y < 1 {
		return time.Time{}
	}
	last := time.Date(y, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	if d.Day == 0 || d.Day > last.Day() {
		return last // 2月29日 in a year without one is the 28th
	}
	return time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// Format returns the date as 2026-09-30 in year (for a deadline that names
// no year), or the text as written when it has no date.
func (d Deadline) Format(year int) string {
	if t := d.In(year); !t.IsZero() {
		return t.Format("2006-01-02")
	}
	return d.Text
}

// Same reports whether two deadlines name the same day in year, or are
// both open: "年底前" and "2026年底前" are the same in 2026.
func (d Deadline) Same(o Deadline, year int) bool {
	if d.Open || o.Open {
		return d.Open == o.Open
	}
	return d.In(year).Equal(o.In(year))
}

// CompareDeadlines orders deadlines by their day in year; a deadline with
// no date comes first.
func CompareDeadlines(a, b Deadline, year int) int {
	ta, tb := a.In(year), b.In(year)
	return cmp.Compare(ta.Unix(), tb.Unix())
}

// The parts of a date, shared by every pattern that finds one: in a
// deadline, in running text and inside a value or target.
const (
	yearPart  = `(?:19|20)\d{2}`
	monthPart = `\d{1,2}`
	dayPart   = `\d{1,2}`
)

// civil is a day found in text; y is 0 when the text gave no year, d is 0
// for the month's last day.
type civil struct{ y, m, d int }

func (c civil) valid() bool {
	if c.m < 1 || c.m > 12 || c.d < 0 {
		return false
	}
	y := c.y
	if y == 0 {
		y = 2000 // a leap year: 2月29日 is a day in some years
	}
	return c.d == 0 || c.d <= time.Date(y, time.Month(c.m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// deadlineRules are the forms of a date, most specific first.
var deadlineRules = []struct {
	re   *regexp.Regexp
	date func(m []string) civil
}{
	{regexp.MustCompile(`(` + yearPart + `)[-/.年](` + monthPart + `)[-/.月](` + dayPart + `)[日号]?`), func(m []string) civil {
		return civil{atoi(m[1]), atoi(m[2]), atoi(m[3])}
	}},
	{regexp.MustCompile(`(` + yearPart + `)年?(上半年|下半年|第?[1-4]季度)`), func(m []string) civil {
		return partEnd(atoi(m[1]), m[2])
	}},
	{regexp.MustCompile(`(` + yearPart + `)(?:年|[-/.])(` + monthPart + `)月?(?:份|底|末|前)*`), func(m []string) civil {
		return civil{atoi(m[1]), atoi(m[2]), 0}
	}},
	{regexp.MustCompile(`(` + yearPart + `)年(?:底|末|内|年底|年末|全年)?`), func(m []string) civil {
		return civil{atoi(m[1]), 12, 31}
	}},
	{regexp.MustCompile(`(` + monthPart + `)月(` + dayPart + `)[日号]`), func(m []string) civil {
		return civil{0, atoi(m[1]), atoi(m[2])}
	}},
	{regexp.MustCompile(`(` + monthPart + `)月(上旬|中旬|下旬)`), func(m []string) civil {
		switch m[2] {
		case "上旬":
			return civil{0, atoi(m[1]), 10}
		case "中旬":
			return civil{0, atoi(m[1]), 20}
		}
		return civil{0, atoi(m[1]), 0}
	}},
	{regexp.MustCompile(`(` + monthPart + `)月`), func(m []string) civil {
		return civil{0, atoi(m[1]), 0}
	}},
	{regexp.MustCompile(`上半年|下半年|第?[1-4]季度`), func(m []string) civil {
		return partEnd(0, m[0])
	}},
	{regexp.MustCompile(`年底|年末|年内|年度内|全年|本年|今年|当年`), func(m []string) civil {
		return civil{0, 12, 31}
	}},
}

var (
	openWords     = regexp.MustCompile(`长期|持续|常态化|每年|每季度|每月|经常性`)
	chineseMonth  = regexp.MustCompile(`(十[一二]|[一二三四五六七八九十])(月|季度)`)
	serialPattern = regexp.MustCompile(`^\d{5}(?:\.\d+)?$`)
)

// ParseDeadline reads a date as written: "2026-08-31", "2026/8/31",
// "2026.8.31", "2026年8月31日", "2026年8月", "8月份", "8月底前", "上半年",
// "第三季度", "三季度末", "年内", "年底前", "到2026年底", an Excel date
// serial number, or "长期"/"持续推进" (no deadline). When the text gives
// several dates the latest counts; a date without a year takes the year
// the text names elsewhere, else none (In supplies the plan's). A blank
// text gives the zero Deadline and no error.
func ParseDeadline(s string) (Deadline, error) {
	d := Deadline{Text: s}
	n := normalize(s)
	if n == "" {
		return d, nil
	}
	if serialPattern.MatchString(n) {
		// Excel serials from 1954 to the end of 2100; a larger number is a
		// count, not a date.
		if v, err := strconv.ParseFloat(n, 64); err == nil && v > 20000 && v < 73416 {
			t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(v))
			d.Year, d.Month, d.Day = t.Year(), int(t.Month()), t.Day()
			return d, nil
		}
	}
	n = chineseMonth.ReplaceAllStringFunc(n, func(m string) string {
		sub := chineseMonth.FindStringSubmatch(m)
		v, _ := numerals.Int(sub[1])
		return strconv.Itoa(v) + sub[2]
	})
	var found []civil
	year := 0
	for _, rule := range deadlineRules {
		for _, loc := range rule.re.FindAllStringSubmatchIndex(n, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = n[loc[2*i]:loc[2*i+1]]
				}
			}
			if c := rule.date(m); c.valid() && (c.y == 0 || c.y >= 1900) {
				found = append(found, c)
				if year == 0 && c.y != 0 {
					year = c.y
				}
			}
			// Blank the match so a less specific rule does not read it again.
			n = n[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + n[loc[1]:]
		}
	}
	if len(found) == 0 {
		if openWords.MatchString(n) {
			d.Open = true
			return d, nil
		}
		return d, &SyntaxError{Text: s, What: "日期"}
	}
	// The latest, a date without a year read in the year the text names.
	best := civil{}
	for _, c := range found {
		if c.y == 0 {
			c.y = year
		}
		if best.m == 0 || later(c, best) {
			best = c
		}
	}
	d.Year, d.Month, d.Day = best.y, best.m, best.d
	return d, nil
}

// later reports whether a is after b, a month's last day (d 0) being the
// latest day of its month.
func later(a, b civil) bool {
	day := func(c civil) int {
		if c.d == 0 {
			return 32
		}
		return c.d
	}
	return cmp.Or(cmp.Compare(a.y, b.y), cmp.Compare(a.m, b.m), cmp.Compare(day(a), day(b))) > 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// partEnd returns the last day of a half or quarter of year y.
func partEnd(y int, part string) civil {
	switch {
	case strings.Contains(part, "上半年"):
		return civil{y, 6, 30}
	case strings.Contains(part, "下半年"):
		return civil{y, 12, 31}
	}
	for q := 1; q <= 4; q++ {
		if strings.Contains(part, strconv.Itoa(q)+"季度") {
			return civil{y, 3 * q, 0}
		}
	}
	return civil{}
}

// ParseDate reads a date that names its year, such as --as-of 2026-09-30,
// 2026/9/30 or 2026年9月30日, as a day.
func ParseDate(s string) (time.Time, error) {
	d, err := ParseDeadline(s)
	if err != nil || d.Year == 0 || d.Open {
		return time.Time{}, &SyntaxError{Text: s, What: "日期"}
	}
	return d.In(0), nil
}
