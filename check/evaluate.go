package check

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// Defaults of the evaluation's settings.
const (
	// DefaultLagShare: an outcome not started when less than this share of
	// its time is left counts as 滞后.
	DefaultLagShare = 0.3
	// DefaultPaceTolerance: a count that accumulates counts as 滞后 when it
	// is behind the time-proportional pace (序时进度) by more than this share.
	DefaultPaceTolerance = 0.1
)

// Options are the settings of an evaluation.
type Options struct {
	AsOf time.Time // the date the evaluation is made as of
	Year int       // the plan's year, for deadlines that name none; 0 means AsOf's year
	// Start is when the work period began, from which time elapsed and
	// left are measured; zero means 1 January of Year.
	Start         time.Time
	LagShare      float64 // 0 means DefaultLagShare
	PaceTolerance float64 // 0 means DefaultPaceTolerance
}

// Item is one outcome as judged.
type Item struct {
	TaskID    string
	Owner     string // set when the task ID is numbered per department
	OutcomeID string
	Section   string
	TaskName  string
	Expected  string // 预期成果
	Lead      string
	Dept      string // the unit whose row was judged; the lead when none was
	Partners  []string
	Target    string // 目标值 as written
	Baseline  string // 基线值 as written, for relative targets
	Actual    string // 完成值 as written
	Deadline  Deadline
	Mark      string // 完成状态 as written
	Progress  string // 进展情况
	DoneDate  string
	Status    Status
	OnTime    bool         // done, and by its deadline (by 完成日期 when given)
	Reason    string       // why, in a sentence
	Source    lists.Source // where the judged row is; zero when none was reported
	Feedback  []string     // other units' 进展情况, as "单位：进展"
}

// Light returns the item's colour.
func (i Item) Light() Light {
	return i.Status.Light()
}

// DeptSummary counts one lead unit's outcomes by status.
type DeptSummary struct {
	Name     string
	Tasks    int // tasks led
	Outcomes int
	Counts   Counts
	OnTime   int // outcomes done by their deadline
}

// OnTimeRate is the share of the unit's outcomes done by their deadline.
func (d DeptSummary) OnTimeRate() float64 {
	if d.Outcomes == 0 {
		return 0
	}
	return float64(d.OnTime) / float64(d.Outcomes)
}

// CompletionRate is the share of the unit's outcomes that are 已完成, from 0 to 1.
func (d DeptSummary) CompletionRate() float64 {
	if d.Outcomes == 0 {
		return 0
	}
	return float64(d.Counts[Done]) / float64(d.Outcomes)
}

// Previous is what an earlier period's evaluation said, for a report to
// show the change: its date and its completion rates, overall and by lead
// unit.
type Previous struct {
	AsOf   string // "2026-06-30"
	Rate   float64
	ByDept map[string]float64
}

// Evaluation is the judgement of a whole Book.
type Evaluation struct {
	AsOf     time.Time
	Year     int
	Tasks    int
	Items    []Item
	Counts   Counts
	OnTime   int
	Depts    []DeptSummary // sorted by name, in pinyin order
	Silent   []string      // lead units from which no workbook came
	Problems []lists.Problem
}

// OnTimeRate is the share of all outcomes done by their deadline.
func (e Evaluation) OnTimeRate() float64 {
	if len(e.Items) == 0 {
		return 0
	}
	return float64(e.OnTime) / float64(len(e.Items))
}

// CompletionRate is the share of all outcomes that are 已完成.
func (e Evaluation) CompletionRate() float64 {
	if len(e.Items) == 0 {
		return 0
	}
	return float64(e.Counts[Done]) / float64(len(e.Items))
}

// Evaluate judges every outcome of b as of opts.AsOf.
func Evaluate(b lists.Book, opts Options) Evaluation {
	if opts.Year == 0 {
		opts.Year = opts.AsOf.Year()
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(opts.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if opts.LagShare == 0 {
		opts.LagShare = DefaultLagShare
	}
	if opts.PaceTolerance == 0 {
		opts.PaceTolerance = DefaultPaceTolerance
	}
	ev := Evaluation{AsOf: opts.AsOf, Year: opts.Year, Tasks: len(b.Plan)}
	depts := map[string]*DeptSummary{}
	for _, t := range b.Plan {
		dl, err := ParseDeadline(t.Deadline, opts.Year)
		if err != nil {
			ev.Problems = append(ev.Problems, lists.At(t.From, templates.Deadline, lists.Warning, lists.DeadlineUnread,
				fmt.Sprintf("任务 %s 的完成时限“%s”无法识别为日期，按无时限处理", t.ID, t.Deadline),
				"请填写具体日期，如 2026-09-30，或“年底前”“第三季度”"))
		}
		key := lists.DeptKey(t.Lead)
		d := depts[key]
		if d == nil {
			d = &DeptSummary{Name: t.Lead}
			depts[key] = d
		}
		d.Tasks++
		ev.Problems = append(ev.Problems, changedDeadlines(t, dl, opts.Year)...)
		for _, o := range t.Outcomes {
			due := dl
			if o.Deadline != "" {
				if d, err := ParseDeadline(o.Deadline, opts.Year); err == nil {
					due = d
				}
			}
			it, problems := judgeOutcome(t, o, due, opts)
			ev.Problems = append(ev.Problems, problems...)
			ev.Items = append(ev.Items, it)
			ev.Counts[it.Status]++
			d.Outcomes++
			d.Counts[it.Status]++
			if it.OnTime {
				d.OnTime++
				ev.OnTime++
			}
		}
	}
	for _, d := range depts {
		ev.Depts = append(ev.Depts, *d)
	}
	order := lists.NameOrder()
	slices.SortFunc(ev.Depts, func(a, b DeptSummary) int { return order(a.Name, b.Name) })
	for _, u := range b.Units {
		if u.Led > 0 && !u.Sent && len(b.Files) > 0 {
			ev.Silent = append(ev.Silent, u.Name)
		}
	}
	lists.SortProblems(ev.Problems)
	return ev
}

// judgeOutcome builds the item of one outcome and judges it.
func judgeOutcome(t lists.Task, o lists.Outcome, dl Deadline, opts Options) (Item, []lists.Problem) {
	it := Item{
		TaskID: t.ID, Owner: t.Owner, OutcomeID: o.ID,
		Section: t.Section, TaskName: t.Name, Expected: o.Expected,
		Lead: t.Lead, Dept: t.Lead, Partners: t.Partners,
		Target: o.Target, Deadline: dl,
	}
	for _, r := range o.Others {
		if p := r.Get(templates.Progress); p != "" {
			it.Feedback = append(it.Feedback, r.Dept+"："+p)
		}
	}
	var problems []lists.Problem
	in := judgement{deadline: dl, opts: opts}
	target, err := ParseTarget(o.Target)
	// The verb that makes a count accumulate is often in the 预期成果
	// (新增市级临床重点专科) rather than in the 目标值 (不少于10个).
	if target.Numeric() && isCount(target.Unit) && cumulativeVerb.MatchString(normalize(o.Expected)) {
		target.Cumulative = true
	}
	in.target = target
	if o.Lead != nil {
		r := *o.Lead
		in.reported = true
		if o.InPlan {
			if v := r.Get(templates.Target); v != "" && !sameTarget(v, o.Target) {
				problems = append(problems, lists.At(r, templates.Target, lists.Warning, lists.PlanChanged,
					fmt.Sprintf("任务 %s 成果 %s 的目标值改成了“%s”，任务总表是“%s”，按任务总表核验", t.ID, o.ID, v, o.Target),
					"目标值以任务总表为准；如需调整请报办公室"))
			}
		}
		it.Dept, it.Source = r.Dept, r.Source
		it.Actual, it.Mark = r.Get(templates.Actual), r.Get(templates.Status)
		it.Progress, it.DoneDate = r.Get(templates.Progress), r.Get(templates.DoneDate)
		if err != nil {
			problems = append(problems, lists.At(r, templates.Target, lists.Warning, lists.TargetUnreadable,
				err.Error()+"，按定性目标处理", "请写成“29%以上”“不少于24家”等形式"))
		}
		mark, ok := ParseMark(it.Mark)
		if !ok {
			in.badMark = it.Mark
			problems = append(problems, lists.At(r, templates.Status, lists.Warning, lists.StatusUnknown,
				fmt.Sprintf("完成状态“%s”不是下拉列表中的选项，按未填写处理", it.Mark),
				"请从下拉列表选择：未启动、推进中、已完成、滞后"))
		}
		in.mark = mark
		if target.Relative {
			it.Baseline = r.Get(templates.Baseline)
			base, berr := ParseValue(it.Baseline)
			abs, aerr := target.FromBaseline(base)
			switch {
			case it.Baseline == "" || berr != nil:
				problems = append(problems, lists.At(r, templates.Baseline, lists.Warning, lists.BaselineMissing,
					fmt.Sprintf("目标值“%s”是相对目标，需要基线值才能核验，暂按定性目标处理", o.Target),
					"请在“基线值”列填写上年值，如 30%"))
				in.target, in.noBase = Target{Text: o.Target}, true
			case aerr != nil:
				problems = append(problems, lists.At(r, templates.Baseline, lists.Warning, lists.UnitMismatch,
					fmt.Sprintf("基线值“%s”与目标值“%s”的单位不一致，暂按定性目标处理", it.Baseline, o.Target),
					"百分点目标的基线值应是百分比"))
				in.target, in.noBase = Target{Text: o.Target}, true
			default:
				in.target = abs
			}
		}
		if it.Actual != "" {
			q, err := ParseValue(it.Actual)
			if err != nil {
				in.actualErr = err
				problems = append(problems, lists.At(r, templates.Actual, lists.Warning, lists.ValueUnreadable,
					err.Error(), "请填写数字及单位，如 31.2% 或 26家"))
			} else {
				in.actual, in.hasActual = q, true
			}
		}
	}
	it.Status, it.Reason = in.judge()
	if it.Status == Done {
		it.OnTime = true
		if done, err := ParseDeadline(it.DoneDate, opts.Year); err == nil && !done.Date.IsZero() && !dl.Date.IsZero() && done.Date.After(dl.Date) {
			it.OnTime = false
			it.Reason += fmt.Sprintf("；完成日期%s晚于完成时限%s", done.Date.Format("2006-01-02"), dl.Date.Format("2006-01-02"))
		}
	}
	if o.Lead != nil && it.Status == Missed {
		switch {
		case errors.Is(in.metErr, ErrUnitMismatch):
			problems = append(problems, lists.At(*o.Lead, templates.Actual, lists.Warning, lists.UnitMismatch,
				it.Reason, "请按目标值的单位填写完成值"))
		case !in.hasActual && in.actualErr == nil:
			problems = append(problems, lists.At(*o.Lead, templates.Actual, lists.Warning, lists.ActualMissing,
				it.Reason, "请填写完成值"))
		}
	}
	return it, problems
}

// sameTarget reports whether two 目标值 ask for the same thing: "≥90%" and
// "达到90%以上" do.
func sameTarget(a, b string) bool {
	if templates.Fold(a) == templates.Fold(b) {
		return true
	}
	ta, erra := ParseTarget(a)
	tb, errb := ParseTarget(b)
	if erra != nil || errb != nil || !ta.Numeric() && !ta.Relative {
		return false
	}
	return ta.Op == tb.Op && ta.Value == tb.Value && ta.Upper == tb.Upper && ta.Unit == tb.Unit &&
		ta.Relative == tb.Relative && ta.Change == tb.Change && ta.ChangeUnit == tb.ChangeUnit && ta.Down == tb.Down
}

// changedDeadlines reports the departments' rows that give a task of the
// plan another deadline than the plan's. "年底前" and "2026年底前" are one.
func changedDeadlines(t lists.Task, plan Deadline, year int) []lists.Problem {
	var out []lists.Problem
	for _, r := range t.Reported {
		v := r.Get(templates.Deadline)
		if v == "" || templates.Fold(v) == templates.Fold(t.Deadline) {
			continue
		}
		if d, err := ParseDeadline(v, year); err == nil && d.Date.Equal(plan.Date) && d.Open == plan.Open {
			continue
		}
		out = append(out, lists.At(r, templates.Deadline, lists.Warning, lists.PlanChanged,
			fmt.Sprintf("任务 %s 的完成时限改成了“%s”，任务总表是“%s”，按任务总表核验", t.ID, v, t.Deadline),
			"完成时限以任务总表为准；如需调整请报办公室"))
	}
	return out
}

// judgement is what one outcome is judged on.
type judgement struct {
	reported  bool   // the lead unit sent a row for the outcome
	badMark   string // a 完成状态 that names no status
	noBase    bool   // a relative target without a usable baseline
	mark      Mark
	target    Target
	actual    Quantity
	hasActual bool
	actualErr error
	metErr    error // set by judge when the value could not be compared
	deadline  Deadline
	opts      Options
}

// judge applies the rules in order of precedence: 已完成/未达标, then 逾期,
// then 未报送, then 滞后, then 推进中.
func (j *judgement) judge() (Status, string) {
	if j.mark == Completed {
		if j.noBase {
			return Done, "已完成（相对目标缺少可用的基线值，未核验数值）"
		}
		if !j.target.Numeric() {
			return Done, "已完成"
		}
		switch {
		case j.actualErr != nil:
			return Missed, "标记已完成，但" + j.actualErr.Error() + "，无法核验是否达标"
		case !j.hasActual:
			return Missed, fmt.Sprintf("标记已完成，但未填写完成值，无法核验是否达到目标%s", j.target)
		}
		met, err := j.target.Met(j.actual)
		if err != nil {
			j.metErr = err
			return Missed, fmt.Sprintf("完成值单位（%s）与目标值单位（%s）不一致，无法核验", unitName(j.actual.Unit), unitName(j.target.Unit))
		}
		if !met {
			return Missed, fmt.Sprintf("完成值%s未达到目标%s", j.actual, j.target)
		}
		return Done, fmt.Sprintf("完成值%s达到目标%s", j.actual, j.target)
	}
	due := j.deadline.Date
	asOf := j.opts.AsOf
	if !due.IsZero() && asOf.After(due) {
		reason := fmt.Sprintf("完成时限%s已过，尚未完成", due.Format("2006-01-02"))
		if j.mark != NoMark {
			reason += "（填报状态：" + j.mark.String() + "）"
		} else {
			reason += "（未填报完成状态）"
		}
		return Overdue, reason
	}
	switch j.mark {
	case NoMark:
		switch {
		case !j.reported:
			return Unreported, "牵头单位未报送"
		case j.badMark != "":
			return Unreported, fmt.Sprintf("完成状态“%s”无法识别，按未填写处理", j.badMark)
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
	if behind, expected := j.behindPace(); behind {
		return Lagging, fmt.Sprintf("完成值%s低于序时进度（截至%s应达到%s）", j.actual, asOf.Format("1月2日"),
			Quantity{Value: math.Round(expected*10) / 10, Unit: j.target.Unit})
	}
	return Ongoing, ""
}

// timeLeft returns the share of the outcome's time, from the period start
// to its deadline, that is left on the as-of date.
func (j *judgement) timeLeft() (float64, bool) {
	due, start, asOf := j.deadline.Date, j.opts.Start, j.opts.AsOf
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
	if !j.target.Cumulative || !j.hasActual || j.mark != InProgress {
		return false, 0
	}
	left, ok := j.timeLeft()
	if !ok {
		return false, 0
	}
	v, err := convert(j.actual, j.target.Unit)
	if err != nil {
		return false, 0
	}
	expected := j.target.Value * (1 - left)
	return v < expected*(1-j.opts.PaceTolerance), expected
}

func unitName(u string) string {
	if u == "" {
		return "无单位"
	}
	return u
}
