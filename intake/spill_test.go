package intake

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestHeapGoal: a run keeps the heap near heapGoal while it lasts, a
// second run at once keeps it there until both end, and the process's
// limit and collector pace are left as they were found — the user's own
// when the user set them.
func TestHeapGoal(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(before)
	pace := debug.SetGCPercent(100)
	defer debug.SetGCPercent(pace)
	limit := func() int64 { return debug.SetMemoryLimit(-1) }
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }

	done := keepHeapFlat()
	if got := limit(); got != heapGoal {
		t.Errorf("limit during a run %d, want %d", got, heapGoal)
	}
	if got := percent(); got != runGCPercent {
		t.Errorf("GOGC during a run %d, want %d", got, runGCPercent)
	}
	again := keepHeapFlat()
	done()
	if got := limit(); got != heapGoal {
		t.Errorf("limit while a second run lasts %d, want %d", got, heapGoal)
	}
	again()
	if got := limit(); got != math.MaxInt64 {
		t.Errorf("limit after the runs %d, want none", got)
	}
	if got := percent(); got != 100 {
		t.Errorf("GOGC after the runs %d, want 100", got)
	}

	debug.SetMemoryLimit(1 << 30)
	t.Setenv("GOGC", "50")
	debug.SetGCPercent(50)
	keepHeapFlat()()
	if got := limit(); got != 1<<30 {
		t.Errorf("the user's limit became %d", got)
	}
	if got := percent(); got != 50 {
		t.Errorf("the user's GOGC became %d", got)
	}
}
