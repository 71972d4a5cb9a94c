package figures

import (
	"fmt"
	"testing"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/units"
)

// BenchmarkEvaluate judges 15,000 outcomes of 50 units.
func BenchmarkEvaluate(b *testing.B) {
	var tasks []lists.Task
	for u := range 50 {
		unit := fmt.Sprintf("第%02d处", u)
		for i := range 300 {
			tasks = append(tasks, lists.Task{ID: fmt.Sprintf("%d.%d", u, i), Leads: []units.Unit{units.Unit(unit)}, Deadline: deadline("年底前"),
				Outcomes: []lists.Outcome{outcome("1", rep(unit, row(unit, "推进中", "6个", "")))}})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Evaluate(lists.Book{Tasks: tasks}, Options{AsOf: asOf})
	}
}
