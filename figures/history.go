package figures

import (
	"slices"
)

// Series orders the periods of a history for a trend: those before the
// current one, the earliest first and one for each date (the first given
// wins), then the current period last.
func Series(earlier []Period, current Period) []Period {
	var out []Period
	for _, p := range earlier {
		if !p.AsOf.Before(current.AsOf) {
			continue
		}
		if slices.ContainsFunc(out, func(q Period) bool { return q.AsOf.Equal(p.AsOf) }) {
			continue
		}
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b Period) int { return a.AsOf.Compare(b.AsOf) })
	return append(out, current)
}

// Latest returns the last period before asOf among periods, and false
// when there is none.
func Latest(periods []Period, current Period) (Period, bool) {
	s := Series(periods, current)
	if len(s) < 2 {
		return Period{}, false
	}
	return s[len(s)-2], true
}
