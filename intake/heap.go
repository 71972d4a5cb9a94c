package intake

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// heapGoal is the heap a run asks the Go runtime to stay within
// (debug.SetMemoryLimit) while it lasts, so that memory stays flat rather
// than growing to five times what is live between collections. It is a
// soft limit: past it the runtime only collects more often, and it is
// raised as the live heap — the problems, the units, the rows of a small
// run held in memory — grows toward it.
const heapGoal = 112 << 20

// runGCPercent is the collector's pace while a run lasts (GOGC): a
// collection when the heap is five times what is live, or at the run's
// limit, whichever comes first. A merge allocates many times its live heap
// (891 MB for 200 returns, 100 MB live); collecting at twice the live heap,
// as Go does by default, spent 13% of the run's instructions in the
// collector and grew the process to 380 MB, against 10% and 270 MB.
const runGCPercent = 400

var (
	goalMu     sync.Mutex
	goalRuns   int   // runs now
	ownLimit   bool  // the user set GOMEMLIMIT: it is left alone
	ownPercent bool  // the user set GOGC: it is left alone
	goalLimit  int64 // the limit before the first run
	goalGC     int   // the pace before the first run
)

// keepHeapFlat sets the soft memory limit and the collector's pace for a
// run, unless the user set them (GOMEMLIMIT, GOGC); the returned func,
// called as the run ends, puts back what there was once no run is left
// (the web page's may overlap).
func keepHeapFlat() (done func()) {
	goalMu.Lock()
	defer goalMu.Unlock()
	if goalRuns == 0 {
		goalLimit = debug.SetMemoryLimit(-1)
		ownLimit = goalLimit != math.MaxInt64
		ownPercent = os.Getenv("GOGC") != ""
		if !ownLimit {
			debug.SetMemoryLimit(heapGoal)
		}
		if !ownPercent {
			goalGC = debug.SetGCPercent(runGCPercent)
		}
	}
	goalRuns++
	return func() {
		goalMu.Lock()
		defer goalMu.Unlock()
		if goalRuns--; goalRuns > 0 {
			return
		}
		if !ownLimit {
			debug.SetMemoryLimit(goalLimit)
		}
		if !ownPercent {
			debug.SetGCPercent(goalGC)
		}
	}
}

// raiseHeapGoal lifts the limit above the heap still live once it nears
// it, so that the runtime never collects without end: the problems and
// units of a run grow with its returns.
func raiseHeapGoal() {
	goalMu.Lock()
	defer goalMu.Unlock()
	if goalRuns == 0 || ownLimit {
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
