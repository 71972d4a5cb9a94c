package check

import (
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Op is how a value is compared with a target.
type Op int

// Comparisons a target can ask for.
const (
	Qualitative Op = iota // no number: judged by the status alone
	AtLeast               // ≥: 29%以上, 不低于65%, 不少于24家
	Above                 // >: 超过, 突破, 高于
	AtMost                // ≤: 8/10万以内, 5‰以下, 不超过, 控制在
	Below                 // <: 低于
	Between               // a range: 1-2家; the lower bound is the bar
	Around                // 左右: within AroundTolerance of the value
)

// AroundTolerance is how far, as a share of the target, a value may be from
// a "左右" target and still meet it.
const AroundTolerance = 0.05

var opSymbols = map[Op]string{AtLeast: "≥", Above: ">", AtMost: "≤", Below: "<", Around: "≈"}

// Target is a 目标值 read as a comparison.
type Target struct {
	Op    Op
	Value float64 // the bar; for Between, the lower bound
	Upper float64 // for Between, the upper bound
	Unit  string
	// Relative is set for targets such as 提高5个百分点 that are measured
	// against a baseline (基线值); without one they are judged as
	// qualitative. Op, Change, ChangeUnit and Down then describe the change.
	Relative   bool
	Change     float64 // the change asked for: 5 in 提高5个百分点
	ChangeUnit string  // "个百分点", "个等级" (grades), "%" (of the baseline), "‰" (per mille points) or a unit of time, age or money ("岁", "天", "元")
	Down       bool    // 下降, 降低, 减少
	// Cumulative is set for counts that accumulate over the year (新增50个,
	// 完成10家以上): progress is judged against the share of time elapsed.
	Cumulative bool
	Text       string // as written
}

// Numeric reports whether the target has a number to meet.
func (t Target) Numeric() bool {
	return t.Op != Qualitative
}

// String returns the target in symbols: "≥29%", "1-2家", "提高5个百分点".
func (t Target) String() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	if t.Relative {
		verb := "提高"
		if t.Down {
			verb = "降低"
		}
		s := verb + f(t.Change) + t.ChangeUnit
		if t.Op == Around {
			s += "左右"
		}
		return s
	}
	switch t.Op {
	case Qualitative:
		return ""
	case Between:
		return f(t.Value) + "-" + f(t.Upper) + t.Unit
	}
	return opSymbols[t.Op] + f(t.Value) + t.Unit
}

// ErrNoBaseline is returned for a relative target given no baseline.
var ErrNoBaseline = errors.New("相对目标需要基线值")

// FromBaseline returns the target a relative one sets for a baseline: 提高5个
// 百分点 from 30% is ≥35%; 下降10% from 200 is ≤180.
func (t Target) FromBaseline(base Quantity) (Target, error) {
	if !t.Relative {
		return t, nil
	}
	sign := 1.0
	if t.Down {
		sign = -1
	}
	out := Target{Op: t.Op, Unit: base.Unit, Text: t.Text}
	switch t.ChangeUnit {
	case "个百分点":
		if base.Unit != "" && base.Unit != "%" {
			return t, ErrUnitMismatch
		}
		out.Value, out.Unit = base.Value+sign*t.Change, "%"
	case "个等级":
		// 耕地质量等级提升0.2个等级: a grade moves by 0.2 of a grade.
		out.Value = base.Value + sign*t.Change
	case "‰":
		// 提高0.1‰: a rate in per mille moves by 0.1‰.
		v, err := convert(base, "‰")
		if err != nil {
			return t, err
		}
		out.Value, out.Unit = v+sign*t.Change, "‰"
	case "%":
		out.Value = base.Value * (1 + sign*t.Change/100)
	default:
		// 提高0.3岁, 缩短0.5天: the baseline moves by the amount, in its unit
		v, err := convert(base, t.ChangeUnit)
		if err != nil {
			return t, err
		}
		out.Value, out.Unit = v+sign*t.Change, t.ChangeUnit
	}
	out.Value = math.Round(out.Value*1e9) / 1e9
	return out, nil
}

// ErrUnitMismatch is returned when a value's unit cannot be compared with
// its target's.
var ErrUnitMismatch = errors.New("完成值与目标值单位不一致")

// Met reports whether q meets the target. A value without a unit is taken
// to be in the target's unit; a value in a unit that cannot be converted
// to the target's gives ErrUnitMismatch.
//
// A bare number no larger than 1 against a percent target above 1% is read
// as a fraction (0.962 = 96.2%): that is how a percent typed into a cell in
// General format shows.
func (t Target) Met(q Quantity) (bool, error) {
	q = t.Interpret(q)
	if t.Op == AtMost && t.Value == 0 && t.Unit == "" {
		q.Unit = "" // 零发生: none is none of whatever is counted, 0起 or 0人
	}
	v, err := convert(q, t.Unit)
	if err != nil {
		return false, err
	}
	const eps = 1e-9
	switch t.Op {
	case AtLeast, Between:
		return v >= t.Value-eps*math.Max(1, math.Abs(t.Value)), nil
	case Above:
		return v > t.Value, nil
	case AtMost:
		return v <= t.Value+eps*math.Max(1, math.Abs(t.Value)), nil
	case Below:
		return v < t.Value, nil
	case Around:
		return math.Abs(v-t.Value) <= AroundTolerance*math.Abs(t.Value)+eps, nil
	}
	return true, nil
}

// Interpret returns a value as the target reads it: a bare number no
// larger than 1 against a percent target above 1% is a fraction (0.93 is
// 93%), as a percent typed into a cell in General format shows.
func (t Target) Interpret(q Quantity) Quantity {
	if q.Unit == "" && t.Unit == "%" && q.Value > 0 && q.Value <= 1 && t.Value > 1 {
		return Quantity{Value: math.Round(q.Value*1e10) / 1e8, Unit: "%"}
	}
	return q
}

// convert expresses q in the unit to.
func convert(q Quantity, to string) (float64, error) {
	if q.Unit == "" || q.Unit == to {
		return q.Value, nil
	}
	from, ok1 := lookupUnit(q.Unit)
	if ok1 && from.family == "scale" && to == "" {
		return q.Value * from.factor, nil // 1.5万 against a bare 20000
	}
	dest, ok2 := lookupUnit(to)
	if to == "" || !ok1 || !ok2 {
		return 0, ErrUnitMismatch
	}
	if from.family == "scale" || dest.family == "scale" {
		// 1.5万 against 万人 or 人, 15000人 against 2万: a count in any unit
		if counted := func(u unit) bool { return u.family == "scale" || isCount(u.name) }; !counted(from) || !counted(dest) {
			return 0, ErrUnitMismatch
		}
		return q.Value * from.factor / dest.factor, nil
	}
	if from.family != dest.family {
		return 0, ErrUnitMismatch
	}
	return q.Value * from.factor / dest.factor, nil
}

// amountUnits measure a change by an amount of time, age or money, taken
// from or added to the baseline in its own unit: 人均预期寿命提高0.3岁, 平均
// 住院日缩短0.5天, 办理时限压缩2个工作日, 人均补助标准提高5元.
const amountUnits = `个工作日|工作日|个月|小时|分钟|岁|天|日|亿元|万元|元`

// changeVerbs are the verbs of a change by an amount (提高5个百分点, 压减5%以上);
// downVerbs, those of the changes down.
const (
	changeVerbs = `提高|提升|增长|增加|上升|下降|降低|减少|压缩|压减|缩短|缩减`
	downVerbs   = `下降|降低|减少|压缩|压减|缩短|缩减`
)

// cumulativeWords are the verbs of a count that accumulates over the
// year (新增10家, 培训500人): one done in part by September is behind pace.
var cumulativeWords = []string{
	"新增", "新建", "建成", "组建", "完成", "开展", "培训", "引进", "招聘", "创建", "组织", "发布",
	"举办", "累计", "培养", "培育", "引育", "签约", "改造", "设立", "建设", "评审", "认定", "打造",
}

// accumulates reports whether s has a verb of cumulativeWords. It is
// cumulativeVerb.MatchString, without the expression: each outcome in
// progress asks it of its 预期成果, and Go's regexp tries an alternation of
// two dozen words at every byte.
func accumulates(s string) bool {
	for _, w := range cumulativeWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var (
	downVerb = regexp.MustCompile(`^(?:` + downVerbs + `)$`)
	coverage = regexp.MustCompile(`全覆盖|全部覆盖|全面覆盖|全部完成|实现全部|^全部$|^100%覆盖$`)
	// noneAtAll says that what it follows is not to happen once: 零发生,
	// “零”发生, 零事故, 办件超期率为零, read as ≤0.
	noneAtAll      = regexp.MustCompile(noneWords + `|为零$`)
	relativeWords  = regexp.MustCompile(`(` + changeVerbs + `)了?(?:约|近)?(\d+(?:\.\d+)?)(?:-\d+(?:\.\d+)?)?(个百分点|个等级|%|‰|` + amountUnits + `)(以上|左右)?`)
	cumulativeVerb = regexp.MustCompile(strings.Join(cumulativeWords, "|"))
	suffixAtLeast  = regexp.MustCompile(`^(?:及)?以上`)
	suffixAtMost   = regexp.MustCompile(`^(?:及)?(?:以内|以下|之内)`)
	suffixAround   = regexp.MustCompile(`^左右`)
	// timeLimit follows a length of time to make it the most a thing may
	// take: 3个工作日内, 1个工作日办结, 100个工作日内完成, 30分钟到达.
	timeLimit = regexp.MustCompile(`^(?:内|以内|之内)|^(?:` + limitVerbs + `)`)
)

// noneWords ask for none of what they follow: 零发生, “零”发生, 零事故,
// 零伤亡, 零死亡.
const noneWords = `["“]?零["”]?(?:发生|事故|伤亡|死亡)["”]?`

// limitVerbs are the verbs of finishing that a time limit comes before:
// 1个工作日办结, 30分钟到达.
const limitVerbs = `办结|办完|办毕|完成|响应|到场|到达|反馈|回复|答复|处置`

// isDuration reports whether a unit measures a length of time.
func isDuration(unit string) bool {
	u, ok := lookupUnit(unit)
	return ok && (u.family == "天" || u.family == "分钟" || u.family == "月")
}

// prefixes are the words before a number that say how it compares, the
// longest first.
var prefixes = []struct {
	word string
	op   Op
}{
	{"不低于", AtLeast}, {"不少于", AtLeast}, {"不小于", AtLeast}, {"不得低于", AtLeast}, {"至少", AtLeast},
	{">=", AtLeast}, {"≥", AtLeast},
	{"不高于", AtMost}, {"不超过", AtMost}, {"不大于", AtMost}, {"不多于", AtMost}, {"不得超过", AtMost},
	{"<=", AtMost}, {"≤", AtMost}, {"控制在", AtMost}, {"降至", AtMost}, {"降到", AtMost}, {"下降到", AtMost},
	{"超过", Above}, {"突破", Above}, {"高于", Above}, {"大于", Above}, {">", Above},
	{"低于", Below}, {"少于", Below}, {"小于", Below}, {"<", Below},
	{"缩短至", AtMost}, {"缩短到", AtMost}, {"压缩至", AtMost}, {"压缩到", AtMost}, {"降低至", AtMost}, {"降低到", AtMost}, {"下降至", AtMost}, {"减少至", AtMost}, {"减少到", AtMost},
	{"压减至", AtMost}, {"压减到", AtMost}, {"缩减至", AtMost}, {"缩减到", AtMost},
	{"压缩在", AtMost}, {"压减在", AtMost}, {"缩短在", AtMost}, {"缩减在", AtMost},
}

// ParseTarget reads a 目标值, or a target phrase inside plan text:
// "≥29%", "29%以上", "保持在29%以上", "不低于65%", "不少于24家",
// "≤8/10万", "控制在8/10万以内", "5‰以内", "1-2家", "全覆盖", "24家",
// "不少于两次", "零发生".
// Text with no number reads as a qualitative target; an error is returned
// only for text that has a number qingdan cannot place.
func ParseTarget(s string) (Target, error) {
	t := Target{Text: s}
	n := arabicCounts(normalize(s))
	if n == "" {
		return t, nil
	}
	if m := relativeWords.FindStringSubmatch(n); m != nil {
		t.Relative = true
		t.Change, _ = strconv.ParseFloat(m[2], 64)
		t.ChangeUnit = m[3]
		t.Down = downVerb.MatchString(m[1])
		t.Op = AtLeast
		switch {
		case m[4] == "左右":
			t.Op = Around
		case t.Down:
			t.Op = AtMost
		}
		return t, nil
	}
	body := stripDates(n)
	locs := numberWithUnit.FindAllStringSubmatchIndex(body, -1)
	if len(locs) == 0 {
		if coverage.MatchString(n) {
			return Target{Op: AtLeast, Value: 100, Unit: "%", Text: s}, nil
		}
		if noneAtAll.MatchString(n) {
			return Target{Op: AtMost, Value: 0, Text: s}, nil
		}
		return t, nil
	}
	pick := pickNumber(body, locs)
	v, err := strconv.ParseFloat(body[pick[2]:pick[3]], 64)
	if err != nil {
		return t, &SyntaxError{Text: s, What: "目标值"}
	}
	t.Value = v
	if pick[4] >= 0 {
		t.Unit = body[pick[4]:pick[5]]
	}
	t.Cumulative = isCount(t.Unit) && accumulates(body[:pick[0]])
	end := pick[1]
	// A range: "1-2家", "5-10个百分点".
	if m := rangeTail.FindStringSubmatchIndex(body[end:]); m != nil && pick[4] < 0 {
		upper, _ := strconv.ParseFloat(body[end+m[2]:end+m[3]], 64)
		t.Op, t.Upper = Between, upper
		if m[4] >= 0 {
			t.Unit = body[end+m[4] : end+m[5]]
		}
		end += m[1]
	}
	if start := pick[0]; start > 0 && body[start-1] == '-' && t.Op != Between {
		// "1-2家": the number picked was the upper bound.
		if lm := rangeHead.FindStringSubmatch(body[:start-1]); lm != nil {
			lower, _ := strconv.ParseFloat(lm[1], 64)
			t.Op, t.Value, t.Upper = Between, lower, v
			return t, nil
		}
	}
	if t.Op == Between {
		return t, nil
	}
	rest := body[end:]
	switch {
	case suffixAtLeast.MatchString(rest):
		t.Op = AtLeast
	case suffixAtMost.MatchString(rest):
		t.Op = AtMost
	case suffixAround.MatchString(rest):
		t.Op = Around
	case isDuration(t.Unit) && timeLimit.MatchString(rest) && !hasPrefix(body[:pick[0]]):
		t.Op = AtMost // no comparison word before: the time it may take
	case t.Value == 0 && !hasPrefix(body[:pick[0]]):
		t.Op = AtMost // 发生数为0: none, not at least none
	default:
		t.Op = prefixOp(body[:pick[0]])
	}
	return t, nil
}

var (
	rangeTail = regexp.MustCompile(`^-(\d+(?:\.\d+)?)(` + unitPattern + `)?`)
	rangeHead = regexp.MustCompile(`(\d+(?:\.\d+)?)$`)
)

// pickNumber chooses the target's number among the numbers of a phrase:
// the one a comparison word stands next to (力争2-3家 …5级评审), else the
// last with a unit, else the last.
func pickNumber(body string, locs [][]int) []int {
	best, bestScore := locs[len(locs)-1], -1
	for _, loc := range locs {
		score := 0
		if loc[4] >= 0 {
			score++
		}
		if suffixAtLeast.MatchString(body[loc[1]:]) || suffixAtMost.MatchString(body[loc[1]:]) || suffixAround.MatchString(body[loc[1]:]) {
			score += 2
		}
		before := body[:loc[0]]
		if strings.HasSuffix(before, "-") {
			// The upper bound of a range: look before its lower bound.
			before = strings.TrimRight(strings.TrimSuffix(before, "-"), "0123456789.")
		}
		if r := []rune(before); len(r) > 0 && nearWord.MatchString(string(r[max(0, len(r)-4):])) {
			score += 2
		}
		if loc[4] >= 0 && body[loc[4]:loc[5]] == "岁" && ageOfWhom.MatchString(body[loc[5]:]) {
			score = -1 // 11.8万名65岁以上老年人: an age that says who
		}
		if score >= bestScore {
			best, bestScore = loc, score
		}
	}
	return best
}

// ageOfWhom follows an age that says who is counted: 65岁以上老年人.
var ageOfWhom = regexp.MustCompile(`^(?:及)?(?:以[上下])?的?(?:老年人|老人|儿童|人口|人群|居民|患者|妇女|孕产妇|学生|农牧民|婴幼儿)`)

// nearWord is a comparison word ending just before a number.
var nearWord = regexp.MustCompile(`(?:不低于|不少于|不小于|至少|超过|突破|高于|大于|不高于|不超过|不大于|不多于|控制在|降至|降到|保持在|稳定在|达到|达|力争|提高到|增加到|扩大到|[≥≤<>=])$`)

// isCount reports whether a unit counts things, which can accumulate, as
// opposed to a rate, an age or a duration.
func isCount(unit string) bool {
	u, ok := lookupUnit(unit)
	if !ok {
		return false
	}
	switch u.family {
	case "rate", "per", "pp", "岁", "天", "月", "倍", "级", "分", "DDDs":
		return false
	}
	return true
}

// hasPrefix reports whether a comparison word of prefixes is before a
// number.
func hasPrefix(before string) bool {
	for _, p := range prefixes {
		if strings.Contains(before, p.word) {
			return true
		}
	}
	return false
}

// prefixOp finds the comparison word nearest before a number; without one
// a target is a bar to reach.
func prefixOp(before string) Op {
	best, bestAt := AtLeast, -1
	for _, p := range prefixes {
		if i := strings.LastIndex(before, p.word); i >= 0 && i+len(p.word) > bestAt {
			best, bestAt = p.op, i+len(p.word)
		}
	}
	return best
}
