package figures

import (
	"slices"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/units"
)

// Chase is a unit to chase (催办): one that sent nothing readable, or one
// whose outcomes are overdue (逾期), lagging (滞后) or unreported (未报送).
type Chase struct {
	Unit   units.Unit
	Silent bool // sent nothing readable this period
	// Led and Partnered are the tasks a silent unit leads and helps with.
	Led, Partnered int
	Items          []ChaseItem // its late outcomes as lead, in the plan's order
}

// ChaseItem is one outcome a unit is chased for.
type ChaseItem struct {
	Item    Item
	Verdict Verdict // the unit's own report and result
	Missing string  // 缺什么: what the unit is to send
}

// Counts returns how many of the unit's chased outcomes have each result.
func (c Chase) Counts() check.Counts {
	var n check.Counts
	for _, it := range c.Items {
		n[it.Verdict.Status]++
	}
	return n
}

// chased are the results a unit is chased for.
var chased = []check.Status{check.Overdue, check.Lagging, check.Unreported}

// Chases returns the units to chase, in the evaluation's order of units:
// every silent unit, and every lead unit with an outcome of its own that is
// overdue, lagging or unreported.
func Chases(ev Evaluation) []Chase {
	byUnit := map[units.Unit]*Chase{}
	var order []units.Unit
	get := func(u units.Unit) *Chase {
		c := byUnit[u]
		if c == nil {
			c = &Chase{Unit: u}
			byUnit[u] = c
			order = append(order, u)
		}
		return c
	}
	for _, s := range ev.Silent {
		c := get(s.Unit)
		c.Silent, c.Led, c.Partnered = true, s.Led, s.Partnered
	}
	for it := range ev.All() {
		for _, v := range it.Leaders {
			if slices.Contains(chased, v.Status) {
				c := get(v.Unit)
				c.Items = append(c.Items, ChaseItem{Item: *it, Verdict: v, Missing: Missing(v)})
			}
		}
	}
	units.SortBy(order, func(u units.Unit) units.Unit { return u })
	out := make([]Chase, len(order))
	for i, u := range order {
		out[i] = *byUnit[u]
	}
	return out
}

// Missing says what a lead unit is to send for an outcome it is chased
// for (缺什么).
func Missing(v Verdict) string {
	switch {
	case !v.Reported:
		return "完成值、完成状态、进展情况和佐证材料"
	case v.Status == check.Unreported:
		return "完成状态"
	case v.Status == check.Overdue && v.Actual == "":
		return "完成值、完成情况；未完成的说明原因和完成时间"
	case v.Status == check.Overdue:
		return "完成情况；未完成的说明原因和完成时间"
	case v.Status == check.Lagging:
		return "滞后原因和赶进度的措施"
	}
	return ""
}
