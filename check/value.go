// Package check reads targets (目标值), actual values (完成值), dates
// (完成时限, 完成日期) and statuses (完成状态) as office staff write them, each
// once, into typed values, and judges one outcome from them: 已完成, 未达标,
// 推进中, 滞后, 逾期 or 未报送.
//
// Every function here is pure: the caller passes the as-of date and the
// plan year; nothing reads the clock, a file or a global setting.
package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/qingdan/qingdan/fullwidth"

	"github.com/qingdan/qingdan/numerals"
)

// Quantity is a number with its unit, as read from a cell.
type Quantity struct {
	Value float64
	Unit  string // one of the units below, or "" for a bare number
}

// String returns the quantity as people write it: "31.2%", "26家".
func (q Quantity) String() string {
	return strconv.FormatFloat(q.Value, 'f', -1, 64) + q.Unit
}

// SyntaxError is text that could not be read as the value it should hold.
type SyntaxError struct {
	Text string // the text as written
	What string // what it should have been: 数值, 目标值, 日期
}

// Error says what could not be read: 无法识别的数值“三十左右”.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("无法识别的%s“%s”", e.What, e.Text)
}

// unit is a unit of measure: which quantities it can be compared with, and
// its size in that family's base unit.
type unit struct {
	name   string
	family string
	factor float64
}

// units are the units qingdan reads, longest first so that "万元" is not read
// as "元".
var units = []unit{
	{"个百分点", "pp", 1},
	{"个等级", "等级", 1},
	{"个工作日", "天", 1},
	{"个月", "月", 1},
	{"万亩", "亩", 1e4},
	{"万公顷", "亩", 15e4},
	{"公顷", "亩", 15},
	{"亩", "亩", 1},
	// 抗菌药物使用强度 is written in defined daily doses per 100 patient days.
	{"DDDs", "DDDs", 1},
	{"DDD", "DDDs", 1},
	{"/10万", "per", 1e-5},
	{"/100000", "per", 1e-5},
	{"/万", "per", 1e-4},
	{"/1000", "per", 1e-3},
	{"/千", "per", 1e-3},
	{"万人次", "人次", 1e4},
	{"工作日", "天", 1},
	{"万名", "人", 1e4},
	{"万座", "座", 1e4},
	{"万户次", "户次", 1e4}, {"户次", "户次", 1}, // premises inspected: 监督检查1.5万户次
	{"万户", "户", 1e4},
	{"万个", "个", 1e4},
	{"万份", "份", 1e4},
	{"万件", "件", 1e4},
	{"万张", "张", 1e4},
	{"万次", "次", 1e4},
	{"家次", "家次", 1},
	{"场次", "场次", 1},
	{"批次", "批次", 1},
	{"平方公里", "平方公里", 1},
	{"公里/平方公里", "公里/平方公里", 1}, // road network density
	{"公里/小时", "公里/小时", 1}, {"千米/小时", "公里/小时", 1},
	{"公里", "公里", 1}, {"千米", "公里", 1},
	{"万平方米", "平方米", 1e4},
	{"亿立方米", "立方米", 1e8}, {"万立方米", "立方米", 1e4}, {"立方米", "立方米", 1},
	{"万条", "条", 1e4},
	{"个位次", "位次", 1}, {"位次", "位次", 1},
	{"平方米", "平方米", 1},
	{"分钟", "分钟", 1},
	{"分", "分", 1}, // a score: 测评得分不低于90分
	{"小时", "分钟", 60},
	{"学时", "学时", 1},
	{"课时", "课时", 1},
	{"万辆次", "辆次", 1e4}, {"辆次", "辆次", 1}, // vehicles checked: 查处超限车辆1200辆次
	{"万辆", "辆", 1e4},
	{"人次", "人次", 1},
	{"万人", "人", 1e4},
	{"万元", "元", 1e4},
	{"亿元", "元", 1e8},
	{"亿美元", "美元", 1e8}, {"万美元", "美元", 1e4}, {"美元", "美元", 1},
	{"万亩", "亩", 1e4}, {"亩", "亩", 1}, {"万吨", "吨", 1e4}, {"吨", "吨", 1},
	{"万头", "头", 1e4}, {"头", "头", 1}, {"微克/立方米", "微克/立方米", 1},
	{"亿斤", "斤", 1e8}, {"万斤", "斤", 1e4}, {"斤", "斤", 1}, // grain: 总产量稳定在7.2亿斤以上
	{"枚", "枚", 1},                   // medals
	{"路", "路", 1},                   // video channels: 接入视频监控点位2500路
	{"万册", "册", 1e4}, {"册", "册", 1}, // books: 人均藏书量达到1.6册
	{"盏", "盏", 1}, // lamps: 路灯补点改造1200盏
	{"块", "块", 1}, // boards and plots: 设置标准地名标志150块
	{"%", "rate", 1e-2},
	{"‰", "rate", 1e-3},
	{"元", "元", 1},
	{"个", "个", 1},
	{"家", "家", 1},
	{"名", "人", 1},
	{"人", "人", 1},
	{"张", "张", 1},
	{"座", "座", 1},
	{"项", "项", 1},
	{"所", "所", 1},
	{"岁", "岁", 1},
	{"次", "次", 1},
	{"台", "台", 1},
	{"件", "件", 1},
	{"天", "天", 1},
	{"户", "户", 1},
	{"份", "份", 1},
	{"篇", "篇", 1},
	{"场", "场", 1},
	{"支", "支", 1},
	{"例", "例", 1},
	{"批", "批", 1},
	{"种", "种", 1},
	{"床", "张", 1},
	{"倍", "倍", 1},
	{"条", "条", 1},
	{"起", "起", 1},
	{"米", "米", 1}, // 换乘距离控制在200米以内
	{"级", "级", 1},
	{"套", "套", 1},
	{"部", "部", 1},
	{"间", "间", 1},
	{"期", "期", 1},
	{"门", "门", 1},
	{"类", "类", 1},
	{"辆", "辆", 1},
	{"轮", "轮", 1},
	{"处", "处", 1},
	{"幢", "幢", 1},
	{"栋", "栋", 1},
	{"组", "组", 1}, // DRG groups: DRG组数达到650组
	// A bare 万 or 亿 after a number only scales it: "1.5万" is 15000 of
	// whatever the target counts. Last, so that 万人, 万元, /10万 come first.
	{"万", "scale", 1e4},
	{"亿", "scale", 1e8},
}

func lookupUnit(name string) (unit, bool) {
	for _, u := range units {
		if u.name == name {
			return u, true
		}
	}
	return unit{}, false
}

// unitPattern matches any unit at the start of a string.
var unitPattern = func() string {
	alts := make([]string, len(units))
	for i, u := range units {
		alts[i] = regexp.QuoteMeta(u.name)
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}()

// normalize folds full-width forms, removes spaces and thousands
// separators, and writes every dash and "至" between numbers as "-".
func normalize(s string) string {
	s = fullwidth.Fold(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
			return -1
		case '—', '–', '－', '~', '～', '〜':
			return '-'
		case '％':
			return '%'
		case '≧':
			return '≥'
		case '≦':
			return '≤'
		}
		return r
	}, s)
	if strings.IndexByte(s, ',') >= 0 {
		s = thousands.ReplaceAllString(s, "$1$2")
		s = thousands.ReplaceAllString(s, "$1$2")
	}
	if strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	if strings.Contains(s, "至") || strings.Contains(s, "到") {
		s = rangeWord.ReplaceAllString(s, "$1-$2")
	}
	if strings.Contains(s, "%-") || strings.Contains(s, "‰-") || strings.Contains(s, "%至") || strings.Contains(s, "‰至") || strings.Contains(s, "%到") || strings.Contains(s, "‰到") {
		// 95%-100%, 85%至90%: a range written with its unit twice
		s = rangeUnitTwice.ReplaceAllStringFunc(s, func(m string) string {
			p := rangeUnitTwice.FindStringSubmatch(m)
			if p[2] != p[4] {
				return m
			}
			return p[1] + "-" + p[3] + p[4]
		})
	}
	return s
}

var (
	thousands = regexp.MustCompile(`(\d),(\d{3})`)
	rangeWord = regexp.MustCompile(`(\d)(?:至|到)(\d)`)
	// rangeUnitTwice is a range of rates whose bounds both have their unit.
	rangeUnitTwice = regexp.MustCompile(`(\d+(?:\.\d+)?)(%|‰)(?:-|至|到)(\d+(?:\.\d+)?)(%|‰)`)
)

var (
	numberWithUnit = regexp.MustCompile(`(\d+(?:\.\d+)?)(` + unitPattern + `)?`)
	chineseValue   = regexp.MustCompile(`^(?:约|共|累计|已完成|完成|达到|达|计)?([零〇一二两三四五六七八九十百千万亿点]+)(` + unitPattern + `)?(?:左右|余|多)?$`)
)

// ParseValue reads a 完成值 cell: "31.2%", "31.2％", "３２个", "约30%",
// "已完成32家", "8.5/10万", "1,234", "一百二十家". Dates inside the text
// ("2026年9月完成26家") are not taken for the value.
func ParseValue(s string) (Quantity, error) {
	n := stripDates(normalize(s))
	if num, unit, ok := firstNumber(n); ok {
		v, err := strconv.ParseFloat(num, 64)
		if err == nil {
			return Quantity{Value: v, Unit: unit}, nil
		}
	}
	if m := chineseValue.FindStringSubmatch(n); m != nil {
		if v, ok := numerals.Parse(m[1]); ok {
			return Quantity{Value: v, Unit: m[2]}, nil
		}
	}
	return Quantity{}, &SyntaxError{Text: s, What: "数值"}
}

// firstNumber finds what numberWithUnit finds in s, its first number and
// the unit straight after it, without the expression: its search through
// the alternatives of every unit was a fortieth of a merge. The number
// is the first run of digits, with a decimal part when a point and a
// digit follow; the unit is the first of units, in their order, that s
// goes on with, as the expression takes its alternatives.
func firstNumber(s string) (num, unit string, ok bool) {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return "", "", false
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		for j++; j < len(s) && isDigit(s[j]); j++ {
		}
	}
	rest := s[j:]
	for _, u := range units {
		if strings.HasPrefix(rest, u.name) {
			return s[i:j], u.name, true
		}
	}
	return s[i:j], "", true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// datePattern matches dates and months written inside a value or target,
// so that their numbers are not taken for the value.
var datePattern = regexp.MustCompile(yearPart + `(?:年(?:` + monthPart + `月(?:` + dayPart + `[日号])?)?|[-/.]` + monthPart + `[-/.]` + dayPart + `)(?:底|末|前|内)*|` +
	monthPart + `月(?:份|底|末|前|中旬|上旬|下旬)?(?:` + dayPart + `[日号])?|第?[一二三四1-4]季度`)

func stripDates(s string) string {
	if !strings.ContainsAny(s, "年月季") && !dateSeparators.MatchString(s) {
		return s
	}
	return datePattern.ReplaceAllString(s, " ")
}

// dateSeparators finds the digits of a date written 2026-09-30 or 2026.9.30.
var dateSeparators = regexp.MustCompile(`\d[-/.]\d{1,2}[-/.]\d`)

// Value is a cell that should hold a number (完成值, 基线值), read once.
type Value struct {
	Text     string   // as written
	Quantity Quantity // the number and unit, when Err is nil and Text is not blank
	Err      error    // a *SyntaxError for text that is not a number
}

// ReadValue reads a 完成值 or 基线值 cell. A blank cell gives a Value that
// is Blank, without an error.
func ReadValue(s string) Value {
	v := Value{Text: s}
	if strings.TrimSpace(s) == "" {
		return v
	}
	v.Quantity, v.Err = ParseValue(s)
	return v
}

// Blank reports whether the cell was empty.
func (v Value) Blank() bool {
	return strings.TrimSpace(v.Text) == ""
}

// OK reports whether the cell held a number.
func (v Value) OK() bool {
	return !v.Blank() && v.Err == nil
}
