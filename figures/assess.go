package figures

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/units"
)

// AssessOptions are the settings of the year-end assessment (年终考核).
// The zero value of a field means its default; DefaultAssessOptions shows
// them all.
type AssessOptions struct {
	// LeadWeight and PartnerWeight split a unit's 100 points between the
	// outcomes it leads and the tasks it helps with. A unit that only
	// leads, or only helps, gets all 100 from that part.
	LeadWeight, PartnerWeight float64
	// Earned is the share of an outcome's points each result earns.
	Earned map[Result]float64
	// Bands are the grades, the highest first: a score at or above Min
	// earns Name.
	Bands []Band
	// Adjustments are extra points given or taken by the office.
	Adjustments []Adjustment
}

// Result is an outcome's result as the assessment scores it: a status,
// with 已完成 split by whether it was done on time.
type Result string

// The results besides the statuses' own labels.
const (
	DoneOnTime Result = "已完成（按时）"
	DoneLate   Result = "已完成（逾期完成）"
)

// Results lists every result in the order the 考核设置 sheet gives them.
var Results = []Result{DoneOnTime, DoneLate, Result(check.Missed.String()), Result(check.Ongoing.String()),
	Result(check.Lagging.String()), Result(check.Overdue.String()), Result(check.Unreported.String())}

// Band is a grade and the score it starts at.
type Band struct {
	Name string
	Min  float64
}

// Adjustment is a bonus or deduction outside the outcomes (加减分).
type Adjustment struct {
	Unit   units.Unit
	Points float64 // positive: bonus; negative: deduction
	Reason string
}

// DefaultAssessOptions are the assessment's settings unless a 考核设置
// sheet says otherwise: 80 points from led outcomes and 20 from helping;
// an outcome done on time earns all its points, done late 80%, 未达标 and
// 推进中 half, 滞后 30%, 逾期 and 未报送 nothing; 优秀 from 90, 良好 from 80,
// 合格 from 60.
func DefaultAssessOptions() AssessOptions {
	return AssessOptions{
		LeadWeight: 0.8, PartnerWeight: 0.2,
		Earned: map[Result]float64{
			DoneOnTime: 1, DoneLate: 0.8,
			Result(check.Missed.String()): 0.5, Result(check.Ongoing.String()): 0.5, Result(check.Lagging.String()): 0.3,
			Result(check.Overdue.String()): 0, Result(check.Unreported.String()): 0,
		},
		Bands: []Band{{"优秀", 90}, {"良好", 80}, {"合格", 60}, {"不合格", 0}},
	}
}

// withDefaults fills the settings left zero with the defaults.
func (o AssessOptions) withDefaults() AssessOptions {
	d := DefaultAssessOptions()
	if o.LeadWeight == 0 && o.PartnerWeight == 0 {
		o.LeadWeight, o.PartnerWeight = d.LeadWeight, d.PartnerWeight
	}
	if o.Earned == nil {
		o.Earned = d.Earned
	}
	if len(o.Bands) == 0 {
		o.Bands = d.Bands
	}
	return o
}

// Score is one unit's assessment.
type Score struct {
	Unit        units.Unit
	Led         int     // outcomes it leads
	Partnered   int     // outcomes of tasks it helps with
	Lead        float64 // points from led outcomes
	Partner     float64 // points from helping
	Adjust      float64 // 加减分
	Total       float64
	Grade       string
	Rank        int
	Adjustments []Adjustment
	// leadShare is the led outcomes' part of the 100 points, and earned
	// each result's share of an outcome's points: what Deductions needs.
	leadShare float64
	earned    map[Result]float64
}

// Deduction is an outcome that cost its lead unit points, and why.
type Deduction struct {
	Item   *Item   // in the Evaluation scored
	Result Result  // the result as scored: 已完成（逾期完成）, 逾期…
	Points float64 // points lost
	Reason string  // the lead's own reason
}

// Assess scores each lead and partner unit of ev. Each lead of an outcome
// is scored on its own result; a partner on the outcome's result, except
// that a unit that sent nothing earns nothing for helping. Scores are
// rounded to two decimals and ranked, the highest first; equal totals
// share a rank.
func Assess(ev Evaluation, opts AssessOptions) []Score {
	var t Tally
	for it := range ev.All() {
		t.Add(it)
	}
	return t.Scores(ev, opts)
}

// Tally counts what the assessment scores, an item at a time: the result
// of each lead's report, and the outcome's result for each partner. The
// items of an evaluation too large to hold are tallied as they are judged,
// in any order: the scores are the same.
type Tally struct {
	units map[units.Unit]*tallied
}

type tallied struct {
	lead, helped [7]int // outcomes by result, numbered by resultIndex
}

// resultIndex numbers the results, for counting.
var resultIndex = map[Result]int{
	DoneOnTime: 0, DoneLate: 1, Result(check.Missed.String()): 2, Result(check.Ongoing.String()): 3,
	Result(check.Lagging.String()): 4, Result(check.Overdue.String()): 5, Result(check.Unreported.String()): 6,
}

func (t *Tally) unit(u units.Unit) *tallied {
	if t.units == nil {
		t.units = map[units.Unit]*tallied{}
	}
	c := t.units[u]
	if c == nil {
		c = &tallied{}
		t.units[u] = c
	}
	return c
}

// Add counts one item.
func (t *Tally) Add(it *Item) {
	for _, v := range it.Leaders {
		t.unit(v.Unit).lead[resultIndex[result(v.Status, v.OnTime)]]++
	}
	r := resultIndex[result(it.Status, it.OnTime)]
	for _, p := range it.Partners {
		t.unit(p).helped[r]++
	}
}

// Scores scores the units of ev from what was tallied of its items.
func (t *Tally) Scores(ev Evaluation, opts AssessOptions) []Score {
	opts = opts.withDefaults()
	type acc struct {
		score        Score
		lead, helped meanOf
	}
	byUnit := map[units.Unit]*acc{}
	var order []units.Unit
	get := func(u units.Unit) *acc {
		if a, ok := byUnit[u]; ok {
			return a
		}
		a := &acc{score: Score{Unit: u}}
		byUnit[u] = a
		order = append(order, u)
		return a
	}
	for _, f := range ev.Units {
		get(f.Unit)
	}
	silent := map[units.Unit]bool{}
	for _, u := range ev.Silent {
		silent[u.Unit] = true
	}
	names := make([]units.Unit, 0, len(t.units))
	for u := range t.units {
		names = append(names, u)
	}
	slices.Sort(names)
	for _, u := range names {
		c := t.units[u]
		a := get(u)
		for _, r := range Results {
			i := resultIndex[r]
			a.lead.add(c.lead[i], opts.Earned[r])
			earned := opts.Earned[r]
			if silent[u] {
				earned = 0
			}
			a.helped.add(c.helped[i], earned)
		}
	}
	for _, adj := range opts.Adjustments {
		a := get(adj.Unit)
		a.score.Adjust += adj.Points
		a.score.Adjustments = append(a.score.Adjustments, adj)
	}
	var out []Score
	for _, u := range order {
		a := byUnit[u]
		s := a.score
		s.Led, s.Partnered = a.lead.n, a.helped.n
		leadShare, partShare := opts.LeadWeight, opts.PartnerWeight
		switch {
		case s.Led == 0 && s.Partnered == 0:
			leadShare, partShare = 0, 0
		case s.Led == 0:
			leadShare, partShare = 0, leadShare+partShare
		case s.Partnered == 0:
			leadShare, partShare = leadShare+partShare, 0
		}
		s.Lead = 100 * leadShare * a.lead.mean()
		s.Partner = 100 * partShare * a.helped.mean()
		s.leadShare, s.earned = leadShare, opts.Earned
		s.Lead, s.Partner = round2(s.Lead), round2(s.Partner)
		s.Total = round2(max(0, s.Lead+s.Partner+s.Adjust))
		s.Grade = grade(s.Total, opts.Bands)
		if s.Led+s.Partnered > 0 || len(s.Adjustments) > 0 {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), units.Compare(a.Unit, b.Unit))
	})
	for i := range out {
		if i > 0 && out[i].Total == out[i-1].Total {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}

// Deductions lists, for each unit scored, the led outcomes that lost
// points, in the evaluation's order.
func Deductions(ev Evaluation, scores []Score) map[units.Unit][]Deduction {
	byUnit := map[units.Unit]*Score{}
	for i := range scores {
		byUnit[scores[i].Unit] = &scores[i]
	}
	out := map[units.Unit][]Deduction{}
	for it := range ev.All() {
		for _, v := range it.Leaders {
			s := byUnit[v.Unit]
			if s == nil {
				continue
			}
			r := result(v.Status, v.OnTime)
			if lost := 100 * s.leadShare * (1 - s.earned[r]) / float64(s.Led); lost > 0 {
				out[v.Unit] = append(out[v.Unit], Deduction{Item: it, Result: r, Points: round2(lost), Reason: v.Reason})
			}
		}
	}
	return out
}

// result is an outcome's result as the assessment scores it.
func result(s check.Status, onTime bool) Result {
	if s == check.Done {
		if onTime {
			return DoneOnTime
		}
		return DoneLate
	}
	return Result(s.String())
}

func grade(total float64, bands []Band) string {
	for _, b := range bands {
		if total >= b.Min {
			return b.Name
		}
	}
	return bands[len(bands)-1].Name
}

// meanOf is the mean of outcomes' points, counted by result.
type meanOf struct {
	n   int
	sum float64
}

func (m *meanOf) add(count int, earned float64) {
	m.n += count
	m.sum += float64(count) * earned
}

func (m meanOf) mean() float64 {
	if m.n == 0 {
		return 0
	}
	return m.sum / float64(m.n)
}

func round2(f float64) float64 {
	return math.Round(f*100) / 100
}

func pct(f float64) string { return fmt.Sprintf("%g%%", math.Round(f*1000)/10) }

// Describe says the assessment's rules in a sentence or two, for the
// report's 考核办法.
func (o AssessOptions) Describe() string {
	o = o.withDefaults()
	s := fmt.Sprintf("各单位满分100分，其中牵头任务占%s、配合任务占%s（只牵头或只配合的，由该部分计满100分），按各成果平均计分。"+
		"每项成果按核验结果得分：按时完成得%s，逾期完成得%s，未达标得%s，推进中得%s，滞后得%s，逾期得%s，未报送得%s；"+
		"共同牵头的成果，各牵头单位按本单位的核验结果计分；配合任务按牵头单位的核验结果计分，未报送任何材料的配合单位不得分。",
		pct(o.LeadWeight), pct(o.PartnerWeight), pct(o.Earned[DoneOnTime]), pct(o.Earned[DoneLate]),
		pct(o.Earned[Result(check.Missed.String())]), pct(o.Earned[Result(check.Ongoing.String())]),
		pct(o.Earned[Result(check.Lagging.String())]), pct(o.Earned[Result(check.Overdue.String())]),
		pct(o.Earned[Result(check.Unreported.String())]))
	s += "另计加减分。等次："
	var parts []string
	for i, b := range o.Bands {
		switch {
		case i == len(o.Bands)-1 && i > 0:
			parts = append(parts, fmt.Sprintf("%g分以下为%s", o.Bands[i-1].Min, b.Name))
		default:
			parts = append(parts, fmt.Sprintf("%g分及以上为%s", b.Min, b.Name))
		}
	}
	return s + strings.Join(parts, "，") + "。"
}
