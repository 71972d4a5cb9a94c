package check

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/templates"
)

// Defaults of the judgement's settings.
const (
	// DefaultLagShare: an outcome not started when less than this share of
	// its time is left counts as 滞后.
	DefaultLagShare = 0.3
	// DefaultPaceTolerance: a count that accumulates counts as 滞后 when it
	// is behind the time-proportional pace (序时进度) by more than this share.
	DefaultPaceTolerance = 0.1
)

// Options are the settings of a judgement.
type Options struct {
	AsOf time.Time // the date the judgement is made as of
	// Start is when the work period began, from which time elapsed and
	// left are measured; zero means 1 January of AsOf's year.
	Start         time.Time
	LagShare      float64 // 0 means DefaultLagShare
	PaceTolerance float64 // 0 means DefaultPaceTolerance
}

// WithDefaults returns o with its zero settings filled in.
func (o Options) WithDefaults() Options {
	if o.Start.IsZero() {
		o.Start = time.Date(o.AsOf.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.LagShare == 0 {
		o.LagShare = DefaultLagShare
	}
	if o.PaceTolerance == 0 {
		o.PaceTolerance = DefaultPaceTolerance
	}
	return o
}

// Facts are what one lead unit's report of an outcome says, each field
// read once, with the target and the deadline it is judged against.
type Facts struct {
	Reported  bool   // the unit sent a row for the outcome
	Mark      Marked // 完成状态
	Target    Target // 目标值: the plan's when there is one
	TargetErr error  // the 目标值 had a number that could not be read
	Expected  string // 预期成果: its verb can make a count accumulate (新增…)
	Actual    Value  // 完成值
	Baseline  Value  // 基线值, for a relative target
	Deadline  time.Time
	DoneDate  time.Time // 完成日期; zero when not given
}

// Verdict is the judgement of one outcome.
type Verdict struct {
	Status Status
	OnTime bool   // done, and by its deadline (by 完成日期 when given)
	Reason string // why, in a sentence
	Flags  []Flag // what in the row needs a look
}

// Flag is a problem found while judging, about one column of the row.
type Flag struct {
	Code    problems.Code
	Column  templates.Key
	Message string
}

// Judge judges one outcome as of opts.AsOf. Its rules, in order of
// precedence: 已完成 or 未达标 when marked done (by 完成日期, if given, no
// later than AsOf: a later one is not done yet); 逾期 when the deadline has
// passed; 未报送 when nothing or no status was reported; 滞后 when marked
// so, not started near the deadline, or behind the pace of a count that
// accumulates; else 推进中.
func Judge(f Facts, opts Options) Verdict {
	opts = opts.WithDefaults()
	j := judgement{facts: f, opts: opts, target: f.Target}
	var v Verdict
	if f.Reported {
		j.flags(&v)
	}
	v.Status, v.Reason = j.judge()
	if v.Status == Done {
		v.OnTime = true
		if !f.DoneDate.IsZero() && !f.Deadline.IsZero() && f.DoneDate.After(f.Deadline) {
			v.OnTime = false
			v.Reason += fmt.Sprintf("；完成日期%s晚于完成时限%s", f.DoneDate.Format("2006-01-02"), f.Deadline.Format("2006-01-02"))
		}
	}
	if f.Reported && v.Status == Missed {
		switch {
		case errors.Is(j.metErr, ErrUnitMismatch):
			v.Flags = append(v.Flags, Flag{problems.UnitMismatch, templates.Actual, v.Reason})
		case f.Actual.Blank():
			v.Flags = append(v.Flags, Flag{problems.ActualMissing, templates.Actual, v.Reason})
		}
	}
	return v
}

// judgement is one outcome being judged.
type judgement struct {
	facts     Facts
	opts      Options
	target    Target // the target judged against: absolute for a relative one with a baseline
	noBase    bool   // a relative target without a usable baseline
	metErr    error  // set by judge when the value could not be compared
	doneLater bool   // marked done on a day after the date judged as of
}

// flags reads the reported row for what needs a look, and settles the
// target a relative one sets for its baseline.
func (j *judgement) flags(v *Verdict) {
	f := j.facts
	add := func(c problems.Code, col templates.Key, msg string) {
		v.Flags = append(v.Flags, Flag{c, col, msg})
	}
	if f.TargetErr != nil {
		add(problems.TargetUnreadable, templates.Target, f.TargetErr.Error()+"，按定性目标处理")
	}
	switch {
	case !f.Mark.Known:
		add(problems.StatusUnknown, templates.Status, fmt.Sprintf("完成状态“%s”不是下拉列表中的选项，按未填写处理", f.Mark.Text))
	case f.Mark.Approx:
		add(problems.StatusApproximate, templates.Status, fmt.Sprintf("完成状态“%s”不是下拉列表中的选项，按“%s”处理", f.Mark.Text, f.Mark.Mark))
	}
	if f.Target.Relative {
		abs, err := f.Target.FromBaseline(f.Baseline.Quantity)
		switch {
		case !f.Baseline.OK():
			add(problems.BaselineMissing, templates.Baseline, fmt.Sprintf("目标值“%s”是相对目标，需要基线值才能核验，暂按定性目标处理", f.Target.Text))
			j.target, j.noBase = Target{Text: f.Target.Text}, true
		case err != nil:
			add(problems.UnitMismatch, templates.Baseline, fmt.Sprintf("基线值“%s”与目标值“%s”的单位不一致，暂按定性目标处理", f.Baseline.Text, f.Target.Text))
			j.target, j.noBase = Target{Text: f.Target.Text}, true
		default:
			j.target = abs
		}
	}
	if f.Actual.Err != nil {
		add(problems.ValueUnreadable, templates.Actual, f.Actual.Err.Error())
	}
}

// judge applies the rules in order of precedence.
func (j *judgement) judge() (Status, string) {
	f := j.facts
	mark := f.Mark.Mark
	if !f.Mark.Known || !f.Reported {
		mark = NoMark
	}
	if mark == Completed && !f.DoneDate.IsZero() && f.DoneDate.After(j.opts.AsOf) {
		// Done after the date judged as of: not yet done then.
		mark, j.doneLater = InProgress, true
	}
	if mark == Completed {
		if j.noBase {
			return Done, "已完成（相对目标缺少可用的基线值，未核验数值）"
		}
		if !j.target.Numeric() {
			return Done, "已完成"
		}
		switch {
		case f.Actual.Err != nil:
			return Missed, "标记已完成，但" + f.Actual.Err.Error() + "，无法核验是否达标"
		case f.Actual.Blank():
			return Missed, fmt.Sprintf("标记已完成，但未填写完成值，无法核验是否达到目标%s", j.target)
		}
		actual := j.target.Interpret(f.Actual.Quantity)
		met, err := j.target.Met(actual)
		if err != nil {
			j.metErr = err
			return Missed, fmt.Sprintf("完成值单位（%s）与目标值单位（%s）不一致，无法核验", unitName(actual.Unit), unitName(j.target.Unit))
		}
		if !met {
			return Missed, fmt.Sprintf("完成值%s未达到目标%s", actual, j.target)
		}
		return Done, fmt.Sprintf("完成值%s达到目标%s", actual, j.target)
	}
	due := f.Deadline
	asOf := j.opts.AsOf
	if !due.IsZero() && asOf.After(due) {
		reason := fmt.Sprintf("完成时限%s已过，尚未完成", due.Format("2006-01-02"))
		if mark != NoMark {
			reason += "（填报状态：" + mark.String() + "）"
		} else {
			reason += "（未填报完成状态）"
		}
		return Overdue, reason
	}
	switch mark {
	case NoMark:
		switch {
		case !f.Reported:
			return Unreported, "牵头单位未报送"
		case !f.Mark.Known:
			return Unreported, fmt.Sprintf("完成状态“%s”无法识别，按未填写处理", f.Mark.Text)
		}
		return Unreported, "牵头单位未填写完成状态"
	case Behind:
		return Lagging, "单位自报进度滞后"
	case NotStarted:
		if left, ok := j.timeLeft(); ok && left < j.opts.LagShare {
			return Lagging, fmt.Sprintf("尚未启动，距完成时限%s仅剩%.0f%%的时间", due.Format("2006-01-02"), left*100)
		}
		return Ongoing, "尚未启动，距完成时限尚有时间"
	}
	if j.doneLater {
		return Ongoing, fmt.Sprintf("完成日期%s在核验日期之后，截至%s尚未完成", f.DoneDate.Format("2006-01-02"), asOf.Format("2006-01-02"))
	}
	if behind, expected := j.behindPace(); behind {
		return Lagging, fmt.Sprintf("完成值%s低于序时进度（截至%s应达到%s）", j.target.Interpret(f.Actual.Quantity), asOf.Format("1月2日"),
			Quantity{Value: math.Round(expected*10) / 10, Unit: j.target.Unit})
	}
	return Ongoing, ""
}

// timeLeft returns the share of the outcome's time, from the period start
// to its deadline, that is left on the as-of date.
func (j *judgement) timeLeft() (float64, bool) {
	due, start, asOf := j.facts.Deadline, j.opts.Start, j.opts.AsOf
	if due.IsZero() || !due.After(start) {
		return 0, false
	}
	left := due.Sub(asOf).Hours() / due.Sub(start).Hours()
	return min(1, max(0, left)), true
}

// behindPace reports whether a count that accumulates is behind the
// time-proportional pace by more than the tolerance, and the value the pace
// asks for by now.
func (j *judgement) behindPace() (bool, float64) {
	t := j.target
	// The verb that makes a count accumulate is often in the 预期成果
	// (新增市级临床重点专科) rather than in the 目标值 (不少于10个).
	if !j.facts.Actual.OK() || j.facts.Mark.Mark != InProgress {
		return false, 0
	}
	if !t.Cumulative && !(t.Numeric() && isCount(t.Unit) && accumulates(normalize(j.facts.Expected))) {
		return false, 0
	}
	left, ok := j.timeLeft()
	if !ok {
		return false, 0
	}
	v, err := convert(j.facts.Actual.Quantity, t.Unit)
	if err != nil {
		return false, 0
	}
	expected := t.Value * (1 - left)
	return v < expected*(1-j.opts.PaceTolerance), expected
}

func unitName(u string) string {
	if u == "" {
		return "无单位"
	}
	return u
}

// SameTarget reports whether two 目标值 ask for the same thing: "≥90%" and
// "达到90%以上" do.
func SameTarget(a, b Target) bool {
	if templates.Fold(a.Text) == templates.Fold(b.Text) {
		return true
	}
	if !a.Numeric() && !a.Relative {
		return false
	}
	return a.Op == b.Op && a.Value == b.Value && a.Upper == b.Upper && a.Unit == b.Unit &&
		a.Relative == b.Relative && a.Change == b.Change && a.ChangeUnit == b.ChangeUnit && a.Down == b.Down
}
