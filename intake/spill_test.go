package intake

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"
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

// TestSweepStale: a merge stopped before its end leaves its folder; the
// next removes it once it is a day old, and leaves a running merge's.
func TestSweepStale(t *testing.T) {
	tmp := t.TempDir()
	old := filepath.Join(tmp, "qingdan-merge-1")
	running := filepath.Join(tmp, "qingdan-merge-2")
	other := filepath.Join(tmp, "someone-else")
	for _, d := range []string{old, running, other} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	mine := filepath.Join(tmp, "qingdan-merge-3")
	if err := os.Mkdir(mine, 0o755); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	os.Chtimes(old, now.Add(-49*time.Hour), now.Add(-49*time.Hour))
	os.Chtimes(other, now.Add(-49*time.Hour), now.Add(-49*time.Hour))
	os.Chtimes(running, now.Add(-time.Hour), now.Add(-time.Hour))
	sweepStale(mine)
	for d, want := range map[string]bool{old: false, running: true, other: true, mine: true} {
		if _, err := os.Stat(d); (err == nil) != want {
			t.Errorf("%s: kept %v, want %v", filepath.Base(d), err == nil, want)
		}
	}
}
