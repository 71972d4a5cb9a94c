package figures

import (
	"slices"
	"testing"
	"time"
)

func TestSeries(t *testing.T) {
	day := func(m int) time.Time { return time.Date(2026, time.Month(m), 28, 0, 0, 0, 0, time.UTC) }
	p := func(m int, id string) Period { return Period{AsOf: day(m), PlanID: id} }
	now := p(9, "now")
	got := Series([]Period{p(6, "b"), p(3, "a"), p(6, "dup"), p(9, "same day"), p(12, "later")}, now)
	var ids []string
	for _, q := range got {
		ids = append(ids, q.PlanID)
	}
	if want := []string{"a", "b", "now"}; !slices.Equal(ids, want) {
		t.Errorf("series %v, want %v", ids, want)
	}
	if last, ok := Latest([]Period{p(3, "a"), p(6, "b")}, now); !ok || last.PlanID != "b" {
		t.Errorf("latest %v %v", last, ok)
	}
	if _, ok := Latest(nil, now); ok {
		t.Error("a latest period out of none")
	}
}
