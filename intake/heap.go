package intake

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync"
)

// The heap a run asks the Go runtime to stay within (debug.SetMemoryLimit)
// while it lasts. They are soft limits: past one the runtime only collects
// more often, and it is raised as the live heap — the problems, the units,
// a run's rows held in memory — grows toward it.
const (
	// heapGoal is a run merged in shards on disk: memory stays flat
	// rather than growing to twice what is live between collections.
	heapGoal = 112 << 20
	// heldGoal is a run merged in memory, whose rows are all live until
	// judged (about 30 MB for the largest held run, of spillAbove bytes of
	// returns).
	heldGoal = 128 << 20
)

// runGCPercent is the collector's pace while a run lasts (GOGC): a
// collection when the heap is five times what is live, or at the run's
// limit, whichever comes first. A merge allocates many times its live heap
// (891 MB for 200 returns, 100 MB live); collecting at twice the live heap,
// as Go does by default, spent 13% of the run's instructions in the
// collector and grew the process to 380 MB, against 10% and 270 MB.
const runGCPercent = 400

var (
	goalMu     sync.Mutex
	goals      []int64 // the goal of each run now
	raised     int64   // the limit raiseHeapGoal lifted it to, while runs last
	ownLimit   bool    // the user set GOMEMLIMIT: it is left alone
	ownPercent bool    // the user set GOGC: it is left alone
	goalLimit  int64   // the limit before the first run
	goalGC     int     // the pace before the first run
)

// keepHeapFlat sets the soft memory limit and the collector's pace for a
// run with the given goal, unless the user set them (GOMEMLIMIT, GOGC);
// the returned func, called as the run ends, puts back what there was once
// no run is left. Runs at once (the web page's) share the largest goal.
func keepHeapFlat(goal int64) (done func()) {
	goalMu.Lock()
	defer goalMu.Unlock()
	if len(goals) == 0 {
		goalLimit = debug.SetMemoryLimit(-1)
		ownLimit = goalLimit != math.MaxInt64
		ownPercent = os.Getenv("GOGC") != ""
		if !ownPercent {
			goalGC = debug.SetGCPercent(runGCPercent)
		}
		raised = 0
	}
	goals = append(goals, goal)
	setLimit()
	return func() {
		goalMu.Lock()
		defer goalMu.Unlock()
		goals = slices.Delete(goals, slices.Index(goals, goal), slices.Index(goals, goal)+1)
		if len(goals) > 0 {
			setLimit()
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

// setLimit sets the limit for the runs now, goalMu held.
func setLimit() {
	if !ownLimit {
		debug.SetMemoryLimit(max(slices.Max(goals), raised))
	}
}

// raiseHeapGoal lifts the limit above the heap still live once it nears
// it, so that the runtime never collects without end: the problems and
// units of a run grow with its returns.
func raiseHeapGoal() {
	goalMu.Lock()
	defer goalMu.Unlock()
	if len(goals) == 0 || ownLimit {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(s[0].Value.Uint64())
	if limit := debug.SetMemoryLimit(-1); live > limit*7/8 {
		raised = live + slices.Max(goals)/2
		debug.SetMemoryLimit(raised)
	}
}
