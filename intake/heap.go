package intake

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// heapGoal is the heap a run merged in shards asks the Go runtime to stay
// within (debug.SetMemoryLimit), so that memory stays flat rather than
// growing to twice what is live between collections. It is a soft limit:
// past it the runtime only collects more often, and it is raised as the
// live heap — the problems, the units — grows toward it.
const heapGoal = 112 << 20

var (
	goalMu    sync.Mutex
	goalRuns  int   // runs merging in shards now
	goalLimit int64 // the limit before the first of them
)

// keepHeapFlat sets the soft memory limit for a run merged in shards,
// unless the user set one (GOMEMLIMIT); the returned func, called as the
// run ends, puts back the limit there was.
func keepHeapFlat() (done func()) {
	goalMu.Lock()
	defer goalMu.Unlock()
	if goalRuns == 0 {
		goalLimit = debug.SetMemoryLimit(-1)
		if goalLimit != math.MaxInt64 {
			return func() {} // the user's own
		}
		debug.SetMemoryLimit(heapGoal)
	}
	goalRuns++
	return func() {
		goalMu.Lock()
		defer goalMu.Unlock()
		if goalRuns--; goalRuns == 0 {
			debug.SetMemoryLimit(goalLimit)
		}
	}
}

// raiseHeapGoal lifts the limit above the heap still live once it nears
// it, so that the runtime never collects without end: the problems and
// units of a run grow with its returns.
func raiseHeapGoal() {
	goalMu.Lock()
	defer goalMu.Unlock()
	if goalRuns == 0 {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(s[0].Value.Uint64())
	if limit := debug.SetMemoryLimit(-1); live > limit*7/8 {
		debug.SetMemoryLimit(live + heapGoal/2)
	}
}
