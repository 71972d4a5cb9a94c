package lists

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/qingdan/qingdan/units"
)

// sortTasks orders tasks as sorting with CompareTasks does.
func TestSortTasksIsCompareTasks(t *testing.T) {
	var tasks []Task
	for _, id := range []string{"10", "2", "2.1", "1-3", "（二）", "一", "2", "１", "附1", "", "2.10", "2.9", "3"} {
		for _, owner := range []units.Unit{"", "财务处", "办公室"} {
			tasks = append(tasks, Task{ID: id, Owner: owner, Name: id + string(owner)})
		}
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(tasks), func(i, j int) { tasks[i], tasks[j] = tasks[j], tasks[i] })
	want := slices.Clone(tasks)
	slices.SortStableFunc(want, CompareTasks)
	sortTasks(tasks)
	for i := range tasks {
		if tasks[i].Name != want[i].Name {
			t.Fatalf("task %d is %q, want %q", i, tasks[i].Name, want[i].Name)
		}
	}
}
