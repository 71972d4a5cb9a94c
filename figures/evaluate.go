// Package figures judges every outcome of a merged Book as of a date and
// counts the results: per outcome, per lead unit and for the whole plan,
// and, at year end, scores and ranks the units (年终考核). The merged
// workbook, check --json, the bulletin, the assessment and the web pages
// are all made from one Evaluation.
//
// Everything here is pure: the caller passes the as-of date; nothing reads
// the clock or a file.
package figures

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Options are the settings of an evaluation.
type Options struct {
	AsOf time.Time // the date the evaluation is made as of
	// Year is the plan's year, for deadlines that name none; 0 takes the
	// book's, else AsOf's.
	Year  int
	Check check.Options // the thresholds of 滞后; its AsOf and Start are set here
}

// Item is one outcome as judged.
type Item struct {
	TaskID    string
	Owner     units.Unit // set when the task ID is numbered per unit
	OutcomeID string
	Section   string
	TaskName  string
	Expected  string // 预期成果
	Leads     []units.Unit
	Partners  []units.Unit
	Target    check.Target
	Deadline  check.Deadline // as written
	Due       time.Time      // the deadline's day in the plan's year; zero when none
	Status    check.Status   // the outcome's result: of its lead, or of all its leads together
	OnTime    bool
	Reason    string
	Leaders   []Verdict // each lead's report and result, in the order of Leads
	Feedback  []string  // other units' 进展情况, as "单位：进展"
}

// Light returns the item's colour.
func (it Item) Light() check.Light { return it.Status.Light() }

// Number returns the item's number as reports print it: 7-2 for the
// second outcome of task 7, or the task's number alone.
func (it Item) Number() string {
	if it.OutcomeID != "" {
		return it.TaskID + "-" + it.OutcomeID
	}
	return it.TaskID
}

// TaskLabel names the item's task, and the unit whose numbering it follows
// when numbers collide.
func (it Item) TaskLabel() string {
	if it.Owner != "" {
		return it.TaskName + "（" + string(it.Owner) + "编号）"
	}
	return it.TaskName
}

// Label names the task and, where it says more, the outcome expected of
// it: 任务名称：预期成果.
func (it Item) Label() string {
	s := it.TaskLabel()
	if it.Expected != "" && it.Expected != it.TaskName {
		s += "：" + it.Expected
	}
	return s
}

// LeadNames returns the item's leads joined by 、.
func (it Item) LeadNames() string { return JoinUnits(it.Leads) }

// Shown is the report the item shows: the first lead's that reported,
// else the first lead's.
func (it Item) Shown() Verdict {
	for _, v := range it.Leaders {
		if v.Reported {
			return v
		}
	}
	if len(it.Leaders) > 0 {
		return it.Leaders[0]
	}
	return Verdict{}
}

// Verdict is one lead's report of an outcome and its result.
type Verdict struct {
	Unit     units.Unit
	Reported bool
	Status   check.Status
	OnTime   bool
	Reason   string
	Actual   string     // 完成值 as written
	Mark     string     // 完成状态 as written
	Progress string     // 进展情况
	DoneDate string     // 完成日期 as written
	At       source.Pos // where the row was first read; zero when not reported
}

// UnitFigures counts one lead unit's outcomes by result.
type UnitFigures struct {
	Unit     units.Unit
	Tasks    int // tasks it leads, alone or with others
	Outcomes int
	Counts   check.Counts
	OnTime   int // outcomes done by their deadline
}

// OnTimeRate is the share of the unit's outcomes done by their deadline.
func (u UnitFigures) OnTimeRate() float64 { return ratio(u.OnTime, u.Outcomes) }

// CompletionRate is the share of the unit's outcomes that are 已完成.
func (u UnitFigures) CompletionRate() float64 { return ratio(u.Counts.Of(check.Done), u.Outcomes) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is the judgement of a whole Book.
type Evaluation struct {
	AsOf  time.Time
	Year  int
	Tasks int
	// Items are the outcomes as judged, in the Book's order. An evaluation
	// too large to hold reads them back in turn (Stream): read them with
	// All, and count them with Outcomes.
	Items    []Item
	stream   *itemStream
	Counts   check.Counts
	OnTime   int
	Units    []UnitFigures      // lead units, in pinyin order
	joined   map[units.Unit]int // the index in Units of each unit, while shards are joined (Join)
	Silent   []SilentUnit       // units with tasks from which no readable workbook came
	Problems problems.List      // what judging found
}

// SilentUnit is a unit with tasks that sent nothing readable.
type SilentUnit struct {
	Unit           units.Unit
	Led, Partnered int // tasks it leads, and helps with
}

// OnTimeRate is the share of all outcomes done by their deadline.
func (e Evaluation) OnTimeRate() float64 { return ratio(e.OnTime, e.Outcomes()) }

// CompletionRate is the share of all outcomes that are 已完成.
func (e Evaluation) CompletionRate() float64 { return ratio(e.Counts.Of(check.Done), e.Outcomes()) }

// Unit returns the figures of one lead unit.
func (e Evaluation) Unit(u units.Unit) (UnitFigures, bool) {
	i := slices.IndexFunc(e.Units, func(f UnitFigures) bool { return f.Unit == u })
	if i < 0 {
		return UnitFigures{Unit: u}, false
	}
	return e.Units[i], true
}

// Evaluate judges every outcome of b as of opts.AsOf. An outcome with
// several leads (共同牵头) is judged for each lead on that lead's report;
// each lead's figures count its own result, and the outcome's result is
// the worst of them: 已完成 only when every lead has completed it, 逾期 if
// any lead is overdue.
func Evaluate(b lists.Book, opts Options) Evaluation {
	year := opts.Year
	if year == 0 {
		year = b.Year
	}
	if year == 0 {
		year = opts.AsOf.Year()
	}
	co := opts.Check
	co.AsOf = opts.AsOf
	if co.Start.IsZero() {
		co.Start = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	ev := Evaluation{AsOf: opts.AsOf, Year: year, Tasks: len(b.Tasks), Silent: silentUnits(b)}
	byUnit := map[units.Unit]*UnitFigures{}
	unit := func(u units.Unit) *UnitFigures {
		f := byUnit[u]
		if f == nil {
			f = &UnitFigures{Unit: u}
			byUnit[u] = f
		}
		return f
	}
	// Items are most of the memory a large evaluation holds: made room for
	// once rather than doubled.
	n := 0
	for _, t := range b.Tasks {
		n += len(t.Outcomes)
	}
	ev.Items = make([]Item, 0, n)
	for _, t := range b.Tasks {
		if t.Deadline.IsZero() && t.Deadline.Text != "" {
			ev.Problems.Add(problems.New(problems.DeadlineUnread, t.At.Cell(templates.Deadline),
				fmt.Sprintf("任务 %s 的完成时限“%s”无法识别为日期，按无时限处理", t.ID, t.Deadline.Text)))
		}
		for _, u := range t.Leads {
			unit(u).Tasks++
		}
		for _, o := range t.Outcomes {
			it := judge(t, o, year, co, &ev.Problems)
			ev.Items = append(ev.Items, it)
			ev.Counts[it.Status]++
			if it.OnTime {
				ev.OnTime++
			}
			for _, v := range it.Leaders {
				f := unit(v.Unit)
				f.Outcomes++
				f.Counts[v.Status]++
				if v.OnTime {
					f.OnTime++
				}
			}
		}
	}
	for _, f := range byUnit {
		ev.Units = append(ev.Units, *f)
	}
	units.SortBy(ev.Units, func(f UnitFigures) units.Unit { return f.Unit })
	ev.Problems.Sort(lists.SheetRank)
	return ev
}

// silentUnits lists the units with tasks from which no readable workbook
// came.
func silentUnits(b lists.Book) []SilentUnit {
	var out []SilentUnit
	for _, u := range b.Units {
		if slices.Contains(b.Silent, u.Unit) {
			out = append(out, SilentUnit{Unit: u.Unit, Led: u.Led, Partnered: u.Partnered})
		}
	}
	return out
}

// judge builds the item of one outcome and judges it for each lead.
func judge(t lists.Task, o lists.Outcome, year int, opts check.Options, ps *problems.List) Item {
	due := t.Deadline
	if o.Deadline.Dated() || o.Deadline.Open {
		due = o.Deadline
	}
	it := Item{
		TaskID: t.ID, Owner: t.Owner, OutcomeID: o.ID, Section: t.Section, TaskName: t.Name, Expected: o.Expected,
		Leads: t.Leads, Partners: t.Partners, Target: o.Target, Deadline: due, Due: due.In(year),
	}
	for _, f := range o.Feedback {
		it.Feedback = append(it.Feedback, f.From.Text+"："+f.Progress)
	}
	var reasons []string
	for i, rep := range o.Reports {
		facts := check.Facts{Target: o.Target, TargetErr: o.TargetErr, Expected: o.Expected, Deadline: it.Due, Mark: check.ReadMark("")}
		v := Verdict{Unit: rep.Unit}
		if r := rep.Row; r != nil {
			facts.Reported = true
			facts.Mark, facts.Actual, facts.Baseline = r.Mark, r.Actual, r.Baseline
			facts.DoneDate = r.DoneDate.In(year)
			v.Reported, v.Actual, v.Mark, v.Progress, v.DoneDate = true, r.Actual.Text, r.Mark.Text, r.Progress, r.DoneDate.Text
			v.At = r.At.Source()
		}
		jv := check.Judge(facts, opts)
		v.Status, v.OnTime, v.Reason = jv.Status, jv.OnTime, jv.Reason
		for _, f := range jv.Flags {
			ps.Add(problems.New(f.Code, rep.Row.At.Cell(f.Column), f.Message).For(rep.Unit))
		}
		it.Leaders = append(it.Leaders, v)
		if i == 0 || worse(v.Status, it.Status) {
			it.Status = v.Status
		}
		it.OnTime = (i == 0 || it.OnTime) && v.OnTime
		if len(o.Reports) > 1 {
			r := v.Reason
			if r == "" {
				r = v.Status.String()
			}
			reasons = append(reasons, string(v.Unit)+"："+r)
		} else {
			it.Reason = v.Reason
		}
	}
	if len(reasons) > 0 {
		it.Reason = strings.Join(reasons, "；")
	}
	if len(o.Reports) == 0 {
		// A task no unit leads: nobody can report it.
		v := check.Judge(check.Facts{Target: o.Target, Deadline: it.Due, Mark: check.ReadMark("")}, opts)
		it.Status, it.Reason = v.Status, "没有牵头单位"
	}
	it.OnTime = it.OnTime && it.Status == check.Done
	return it
}

// severity orders results from the worst, for an outcome of several
// leads: the outcome is as far along as its least advanced lead.
var severity = map[check.Status]int{
	check.Overdue: 0, check.Missed: 1, check.Unreported: 2, check.Lagging: 3, check.Ongoing: 4, check.Done: 5,
}

func worse(a, b check.Status) bool { return severity[a] < severity[b] }

// JoinUnits writes units as a list: 医政医管处、药政处.
func JoinUnits(us []units.Unit) string {
	s := make([]string, len(us))
	for i, u := range us {
		s[i] = string(u)
	}
	return strings.Join(s, "、")
}

// Ranked orders lead units as the bulletin ranks them: by completion rate,
// then fewest red items; the evaluation's own order (by name) breaks ties.
func Ranked(units []UnitFigures) []UnitFigures {
	us := slices.Clone(units)
	slices.SortStableFunc(us, func(a, b UnitFigures) int {
		return cmp.Or(cmp.Compare(b.CompletionRate(), a.CompletionRate()), cmp.Compare(a.Counts.Red(), b.Counts.Red()))
	})
	return us
}
