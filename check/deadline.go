package check

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Deadline is a 完成时限 read as a date.
type Deadline struct {
	Date time.Time // the last day the work may take; zero when Open
	Open bool      // 长期, 持续推进: no deadline
	Text string    // as written
}

// IsZero reports whether the deadline has neither a date nor is open.
func (d Deadline) IsZero() bool {
	return d.Date.IsZero() && !d.Open
}

// String returns the date as 2026-09-30, or the text for an open deadline.
func (d Deadline) String() string {
	if d.Date.IsZero() {
		return d.Text
	}
	return d.Date.Format("2006-01-02")
}

// deadlineRules are the forms of a deadline, most specific first. Each turns
// a match into a date; year is the year to use when the text names none.
var deadlineRules = []struct {
	re   *regexp.Regexp
	date func(m []string, year int) time.Time
}{
	{regexp.MustCompile(`((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?`), func(m []string, _ int) time.Time {
		return day(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}},
	{regexp.MustCompile(`((?:19|20)\d{2})年?(上半年|下半年|第?[1-4]季度)`), func(m []string, _ int) time.Time {
		return partEnd(atoi(m[1]), m[2])
	}},
	{regexp.MustCompile(`((?:19|20)\d{2})(?:年|[-/.])(\d{1,2})月?(?:份|底|末|前)*`), func(m []string, _ int) time.Time {
		return monthEnd(atoi(m[1]), atoi(m[2]))
	}},
	{regexp.MustCompile(`((?:19|20)\d{2})年(?:底|末|内|年底|年末|全年)?`), func(m []string, _ int) time.Time {
		return day(atoi(m[1]), 12, 31)
	}},
	{regexp.MustCompile(`(\d{1,2})月(\d{1,2})[日号]`), func(m []string, year int) time.Time {
		return day(year, atoi(m[1]), atoi(m[2]))
	}},
	{regexp.MustCompile(`(\d{1,2})月(上旬|中旬|下旬)`), func(m []string, year int) time.Time {
		switch m[2] {
		case "上旬":
			return day(year, atoi(m[1]), 10)
		case "中旬":
			return day(year, atoi(m[1]), 20)
		}
		return monthEnd(year, atoi(m[1]))
	}},
	{regexp.MustCompile(`(\d{1,2})月`), func(m []string, year int) time.Time {
		return monthEnd(year, atoi(m[1]))
	}},
	{regexp.MustCompile(`上半年|下半年|第?[1-4]季度`), func(m []string, year int) time.Time {
		return partEnd(year, m[0])
	}},
	{regexp.MustCompile(`年底|年末|年内|年度内|全年|本年|今年|当年`), func(m []string, year int) time.Time {
		return day(year, 12, 31)
	}},
}

var (
	openWords     = regexp.MustCompile(`长期|持续|常态化|每年|每季度|每月|经常性`)
	chineseMonth  = regexp.MustCompile(`(十[一二]|[一二三四五六七八九十])(月|季度)`)
	serialPattern = regexp.MustCompile(`^\d{5}(?:\.\d+)?$`)
)

// ParseDeadline reads a 完成时限: "2026-08-31", "2026/8/31", "2026.8.31",
// "2026年8月31日", "2026年8月", "8月份", "8月底前", "上半年", "第三季度",
// "三季度末", "年内", "年底前", "到2026年底", an Excel date serial number,
// or "长期"/"持续推进" (no deadline). When the text gives several dates the
// last one counts. year is used when the text names none.
func ParseDeadline(s string, year int) (Deadline, error) {
	d := Deadline{Text: s}
	n := normalize(s)
	if n == "" {
		return d, nil
	}
	if serialPattern.MatchString(n) {
		// Excel serials from 1954 to the end of 2100; a larger number is a
		// count, not a date.
		if v, err := strconv.ParseFloat(n, 64); err == nil && v > 20000 && v < 73416 {
			d.Date = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(v))
			return d, nil
		}
	}
	n = chineseMonth.ReplaceAllStringFunc(n, func(m string) string {
		sub := chineseMonth.FindStringSubmatch(m)
		num := map[string]string{"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10", "十一": "11", "十二": "12"}[sub[1]]
		return num + sub[2]
	})
	for _, rule := range deadlineRules {
		for _, loc := range rule.re.FindAllStringSubmatchIndex(n, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = n[loc[2*i]:loc[2*i+1]]
				}
			}
			if t := rule.date(m, year); !t.IsZero() && t.After(d.Date) {
				d.Date = t
			}
			// Blank the match so a less specific rule does not read it again.
			n = n[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + n[loc[1]:]
		}
	}
	if d.Date.IsZero() {
		if openWords.MatchString(n) {
			d.Open = true
			return d, nil
		}
		return d, &SyntaxError{Text: s, What: "日期"}
	}
	return d, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// day returns the date, or the zero time when it does not exist.
func day(y, m, d int) time.Time {
	if y < 1900 || m < 1 || m > 12 || d < 1 {
		return time.Time{}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}
	}
	return t
}

func monthEnd(y, m int) time.Time {
	if y < 1900 || m < 1 || m > 12 {
		return time.Time{}
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
}

// partEnd returns the last day of a half or quarter of year y.
func partEnd(y int, part string) time.Time {
	switch {
	case strings.Contains(part, "上半年"):
		return monthEnd(y, 6)
	case strings.Contains(part, "下半年"):
		return monthEnd(y, 12)
	}
	for q := 1; q <= 4; q++ {
		if strings.Contains(part, strconv.Itoa(q)+"季度") {
			return monthEnd(y, 3*q)
		}
	}
	return time.Time{}
}
