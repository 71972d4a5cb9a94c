package check

import (
	"cmp"
	"fmt"
	"math"
	"slices"
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
	Earned map[string]float64
	// Bands are the grades, the highest first: a score at or above Min
	// earns Name.
	Bands []Band
	// Adjustments are extra points given or taken by the office.
	Adjustments []Adjustment
}

// Results an outcome's points depend on, besides the statuses.
const (
	DoneOnTime = "已完成（按时）"
	DoneLate   = "已完成（逾期完成）"
)

// Band is a grade and the score it starts at.
type Band struct {
	Name string
	Min  float64
}

// Adjustment is a bonus or deduction outside the outcomes (加减分).
type Adjustment struct {
	Dept   string
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
		Earned: map[string]float64{
			DoneOnTime: 1, DoneLate: 0.8,
			Missed.String(): 0.5, Ongoing.String(): 0.5, Lagging.String(): 0.3,
			Overdue.String(): 0, Unreported.String(): 0,
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
	Dept        string
	Led         int     // outcomes it leads
	Partnered   int     // outcomes of tasks it helps with
	Lead        float64 // points from led outcomes
	Partner     float64 // points from helping
	Adjust      float64 // 加减分
	Total       float64
	Grade       string
	Rank        int
	Deductions  []Deduction // led outcomes that lost points
	Adjustments []Adjustment
}

// Deduction is an outcome that cost its lead unit points, and why.
type Deduction struct {
	Item   Item
	Result string  // the result as scored: 已完成（逾期完成）, 逾期…
	Points float64 // points lost
}

// Assess scores each lead and partner unit of ev. Scores are rounded to
// two decimals and ranked, the highest first; equal totals share a rank.
func Assess(ev Evaluation, opts AssessOptions) []Score {
	opts = opts.withDefaults()
	type acc struct {
		score        Score
		lead, helped []float64
		leadItems    []Item
	}
	units := map[string]*acc{}
	var order []string
	get := func(name string) *acc {
		if a, ok := units[name]; ok {
			return a
		}
		a := &acc{score: Score{Dept: name}}
		units[name] = a
		order = append(order, name)
		return a
	}
	for _, d := range ev.Depts {
		get(d.Name)
	}
	for _, it := range ev.Items {
		earned := opts.Earned[result(it)]
		a := get(it.Lead)
		a.lead = append(a.lead, earned)
		a.leadItems = append(a.leadItems, it)
		for _, p := range it.Partners {
			get(p).helped = append(get(p).helped, earned)
		}
	}
	for _, adj := range opts.Adjustments {
		a := get(adj.Dept)
		a.score.Adjust += adj.Points
		a.score.Adjustments = append(a.score.Adjustments, adj)
	}
	var out []Score
	for _, name := range order {
		a := units[name]
		s := a.score
		s.Led, s.Partnered = len(a.lead), len(a.helped)
		leadShare, partShare := opts.LeadWeight, opts.PartnerWeight
		switch {
		case s.Led == 0 && s.Partnered == 0:
			leadShare, partShare = 0, 0
		case s.Led == 0:
			leadShare, partShare = 0, leadShare+partShare
		case s.Partnered == 0:
			leadShare, partShare = leadShare+partShare, 0
		}
		s.Lead = 100 * leadShare * mean(a.lead)
		s.Partner = 100 * partShare * mean(a.helped)
		for i, it := range a.leadItems {
			if lost := 100 * leadShare * (1 - a.lead[i]) / float64(len(a.lead)); lost > 0 {
				s.Deductions = append(s.Deductions, Deduction{Item: it, Result: result(it), Points: round2(lost)})
			}
		}
		s.Lead, s.Partner = round2(s.Lead), round2(s.Partner)
		s.Total = round2(max(0, s.Lead+s.Partner+s.Adjust))
		s.Grade = grade(s.Total, opts.Bands)
		if s.Led+s.Partnered > 0 || len(s.Adjustments) > 0 {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b Score) int { return cmp.Compare(b.Total, a.Total) })
	for i := range out {
		if i > 0 && out[i].Total == out[i-1].Total {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}

// result is an outcome's result as the assessment scores it: 已完成 split
// by whether it was done on time.
func result(it Item) string {
	if it.Status == Done {
		if it.OnTime {
			return DoneOnTime
		}
		return DoneLate
	}
	return it.Status.String()
}

func grade(total float64, bands []Band) string {
	for _, b := range bands {
		if total >= b.Min {
			return b.Name
		}
	}
	return bands[len(bands)-1].Name
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func round2(f float64) float64 {
	return math.Round(f*100) / 100
}

// Describe says the assessment's rules in a sentence or two, for the
// report's 考核办法.
func (o AssessOptions) Describe() string {
	o = o.withDefaults()
	pct := func(f float64) string { return fmt.Sprintf("%g%%", math.Round(f*1000)/10) }
	s := fmt.Sprintf("各单位满分100分，其中牵头任务占%s、配合任务占%s（只牵头或只配合的，由该部分计满100分），按各成果平均计分。"+
		"每项成果按核验结果得分：按时完成得%s，逾期完成得%s，未达标得%s，推进中得%s，滞后得%s，逾期和未报送不得分；配合任务按牵头单位的核验结果计分。",
		pct(o.LeadWeight), pct(o.PartnerWeight), pct(o.Earned[DoneOnTime]), pct(o.Earned[DoneLate]),
		pct(o.Earned[Missed.String()]), pct(o.Earned[Ongoing.String()]), pct(o.Earned[Lagging.String()]))
	s += "另计加减分。等次："
	for i, b := range o.Bands {
		if i > 0 {
			s += "，"
		}
		if i == len(o.Bands)-1 {
			s += fmt.Sprintf("%g分以下为%s", o.Bands[i-1].Min, b.Name)
		} else {
			s += fmt.Sprintf("%g分及以上为%s", b.Min, b.Name)
		}
	}
	return s + "。"
}

// Labels of the 考核设置 sheet's rows.
const (
	LeadWeightLabel    = "牵头任务权重"
	PartnerWeightLabel = "配合任务权重"
	BandPrefix         = "等次："
	AdjustLabel        = "加减分"
)

// SettingsRows writes the settings as the rows of a 考核设置 sheet: the
// label and the value, and for 加减分 the unit, the points and the reason.
func (o AssessOptions) SettingsRows() [][]string {
	o = o.withDefaults()
	g := func(f float64) string { return fmt.Sprintf("%g", f) }
	rows := [][]string{{LeadWeightLabel, g(o.LeadWeight)}, {PartnerWeightLabel, g(o.PartnerWeight)}}
	for _, r := range []string{DoneOnTime, DoneLate, Missed.String(), Ongoing.String(), Lagging.String(), Overdue.String(), Unreported.String()} {
		rows = append(rows, []string{r, g(o.Earned[r])})
	}
	for _, b := range o.Bands {
		rows = append(rows, []string{BandPrefix + b.Name, g(b.Min)})
	}
	for _, a := range o.Adjustments {
		rows = append(rows, []string{AdjustLabel, a.Dept, g(a.Points), a.Reason})
	}
	return rows
}

// ParseSettings reads the rows of a 考核设置 sheet, starting from the
// defaults; a row it cannot read is returned as an error naming its
// 1-based number, and left out.
func ParseSettings(rows [][]string) (AssessOptions, []error) {
	o := DefaultAssessOptions()
	earned := map[string]float64{}
	for k, v := range o.Earned {
		earned[k] = v
	}
	o.Earned = earned
	var bands []Band
	var errs []error
	share := func(s string) (float64, bool) {
		q, err := ParseValue(s)
		if err != nil {
			return 0, false
		}
		if q.Unit == "%" {
			return q.Value / 100, true
		}
		return q.Value, q.Unit == ""
	}
	for i, r := range rows {
		if len(r) < 2 || r[0] == "" {
			continue
		}
		label := r[0]
		bad := func() {
			errs = append(errs, fmt.Errorf("第%d行“%s”的值“%s”无法识别", i+1, label, r[1]))
		}
		switch {
		case label == LeadWeightLabel || label == PartnerWeightLabel:
			v, ok := share(r[1])
			if !ok {
				bad()
				continue
			}
			if label == LeadWeightLabel {
				o.LeadWeight = v
			} else {
				o.PartnerWeight = v
			}
		case len(label) > len(BandPrefix) && label[:len(BandPrefix)] == BandPrefix:
			q, err := ParseValue(r[1])
			if err != nil {
				bad()
				continue
			}
			name := label[len(BandPrefix):]
			bands = slices.DeleteFunc(bands, func(b Band) bool { return b.Name == name }) // a later row replaces
			bands = append(bands, Band{Name: name, Min: q.Value})
		case label == AdjustLabel:
			if len(r) < 3 {
				bad()
				continue
			}
			q, err := ParseValue(r[2])
			if err != nil {
				errs = append(errs, fmt.Errorf("第%d行加减分的分值“%s”无法识别", i+1, r[2]))
				continue
			}
			reason := ""
			if len(r) > 3 {
				reason = r[3]
			}
			if len(r[2]) > 0 && (r[2][0] == '-' || len(r[2]) >= 3 && r[2][:3] == "－") {
				q.Value = -math.Abs(q.Value)
			}
			o.Adjustments = append(o.Adjustments, Adjustment{Dept: r[1], Points: q.Value, Reason: reason})
		default:
			if _, known := o.Earned[label]; !known {
				continue // a title or a note
			}
			v, ok := share(r[1])
			if !ok {
				bad()
				continue
			}
			o.Earned[label] = v
		}
	}
	if len(bands) > 0 {
		slices.SortStableFunc(bands, func(a, b Band) int { return cmp.Compare(b.Min, a.Min) })
		o.Bands = bands
	}
	return o, errs
}
