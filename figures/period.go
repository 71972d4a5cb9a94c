package figures

import (
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/units"
)

// Period is one period's figures as kept for comparing periods (上期, the
// history of periods): the date, the plan, and each lead unit's counts.
type Period struct {
	AsOf   time.Time
	PlanID string    // the fingerprint of the plan the figures were made for
	Total  UnitCount // the whole plan; its Unit is zero
	Units  []UnitCount
}

// UnitCount is one unit's counts in a period.
type UnitCount struct {
	Unit     units.Unit
	Outcomes int
	Counts   check.Counts
	OnTime   int
}

// Rate is the completion rate: the share of outcomes 已完成.
func (u UnitCount) Rate() float64 { return ratio(u.Counts.Of(check.Done), u.Outcomes) }

// Unit returns a unit's counts in the period.
func (p Period) Unit(u units.Unit) (UnitCount, bool) {
	for _, c := range p.Units {
		if c.Unit == u {
			return c, true
		}
	}
	return UnitCount{Unit: u}, false
}

// Period returns the evaluation's figures, to keep as a period of plan.
func (e Evaluation) Period(planID string) Period {
	p := Period{AsOf: e.AsOf, PlanID: planID, Total: UnitCount{Outcomes: e.Outcomes(), Counts: e.Counts, OnTime: e.OnTime}}
	for _, u := range e.Units {
		p.Units = append(p.Units, UnitCount{Unit: u.Unit, Outcomes: u.Outcomes, Counts: u.Counts, OnTime: u.OnTime})
	}
	return p
}
