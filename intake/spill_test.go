package intake

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestHeapGoal: a run merged in shards keeps the heap near heapGoal while
// it lasts, and leaves the process's limit as it found it — its own when
// the user set one.
func TestHeapGoal(t *testing.T) {
	before := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(before)

	done := keepHeapFlat()
	if got := debug.SetMemoryLimit(-1); got != heapGoal {
		t.Errorf("limit during a run %d, want %d", got, heapGoal)
	}
	again := keepHeapFlat()
	done()
	if got := debug.SetMemoryLimit(-1); got != heapGoal {
		t.Errorf("limit while a second run lasts %d, want %d", got, heapGoal)
	}
	again()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after the runs %d, want none", got)
	}

	debug.SetMemoryLimit(1 << 30)
	keepHeapFlat()()
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("the user's limit became %d", got)
	}
}
