// Package intake is qingdan's one pipeline from files to figures: it
// collects the returns (files, folders, .zip archives), reads each once into
// typed records — several at a time, merged in a fixed order; those read
// before, unchanged, from a cache — merges them,
// against the master when there is one, judges every outcome and scores
// every unit. The command line and the web pages both call Run with the
// same Options and make everything they show from its Result.
//
// The library never prints, and judges by no clock: progress goes to a
// callback, and the caller passes today's date. (The clock tells only how
// long the cache's files have gone unused.)
package intake

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

// Options are the settings of a run.
type Options struct {
	Inputs []string // files, folders and .zip archives of returns, or a merged workbook
	Plan   string   // the master workbook to judge against, if any
	// AsOf is the date judged as of. Zero means the date a merged workbook
	// read was made for, else Today — or, for a plan of an earlier year,
	// that year's last day.
	AsOf     time.Time
	Today    time.Time // the caller's date
	Year     int       // the plan's year; 0 takes the master's, else the returns'
	Password string    // tried on every encrypted workbook
	// Cache is the folder where returns read are kept, to be taken from
	// there when read again unchanged; "" for none.
	Cache   string
	Workers int // files read at once; 0 means one per processor
	Check   check.Options
	// Progress is told of each file read, in order; nil for none.
	Progress func(Progress)
	// Sink receives each return as it is merged, in order: the merged
	// workbook's rows are written from it. nil for none.
	Sink Sink
}

// Sink receives the returns of a run one at a time, in the order merged.
type Sink interface {
	Add(r *lists.Return) error
}

// Progress is how far a run has come.
type Progress struct {
	Done, Total int    // files read, of all
	Rows        int    // rows read so far
	File        string // the file just read
}

// Result is everything a run found: what the merged workbook, check --json,
// the bulletin, the assessment and the web pages are made from.
type Result struct {
	Inputs   []Input
	Master   *Master            // the plan judged against; nil without one
	Book     lists.Book         // the merge; its Tasks are let go once judged, as Eval.Items holds every outcome, and its Problems are in Problems
	Eval     figures.Evaluation // its Problems are in Problems
	Assess   figures.AssessOptions
	Scores   []figures.Score
	Problems problems.List  // every problem found, in order
	Info     sheets.Info    // the plan's title, year and fingerprint, and the period
	Check    check.Options  // the thresholds of 滞后 judged with
	Merged   *sheets.Merged // the merged workbook read, when the input was one; its Returns are emptied as they are merged
	Notes    []string       // what the user should know of how the run was made
	spill    *spill         // where a large run keeps its items; removed by Close
}

// Close removes the temporary files a large run keeps its items in. The
// Result's items cannot be read after.
func (r *Result) Close() error {
	if r == nil || r.spill == nil {
		return nil
	}
	err := r.spill.close()
	r.spill = nil
	return err
}

// shardStore is where the rows of a run's shards wait to be merged, and
// their items once judged: on disk for a large run (spill), in memory
// (held) for the others.
type shardStore interface {
	shards() int
	// load returns shard i with its rows; shards are loaded at once, on
	// goroutines of their own.
	load(m *lists.Merger, i int) (*lists.Shard, error)
	// keep takes shard i's items, sorted.
	keep(i int, items []figures.Item) error
	// note takes the problems the judging of a shard found, shard by
	// shard in the order of their numbers; noted returns them all, in
	// that order.
	note(ps problems.List) error
	noted() (problems.List, error)
}

// evaluateShards merges and judges a run a few shards at a time, one per
// processor, and hands each shard's items to the store, tallied for the
// assessment. The shards are joined in the order of their numbers, so
// that the figures do not depend on which finished first. It returns the
// evaluation without its items, and their number.
func evaluateShards(merger *lists.Merger, store shardStore, opts figures.Options, tally *figures.Tally) (figures.Evaluation, int, error) {
	type judged struct {
		sh   *lists.Shard
		part figures.Evaluation
		err  error
	}
	n := store.shards()
	done := make([]chan judged, n)
	for i := range done {
		done[i] = make(chan judged, 1)
	}
	// A shard holds its slot until it is joined: no more shards than
	// processors are in memory at once.
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range n {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				sh, err := store.load(merger, i)
				j := judged{sh: sh, err: err}
				if j.err == nil {
					j.part = figures.Evaluate(lists.Book{Tasks: sh.Finish(), Year: merger.Year()}, opts)
					j.err = store.keep(i, j.part.Items)
				}
				done[i] <- j
			}()
		}
	}()
	// Every shard still being judged ends before the files are removed.
	defer func() {
		close(stop)
		wg.Wait()
	}()
	ev := figures.Evaluation{AsOf: opts.AsOf, Year: opts.Year}
	total := 0
	for i := range n {
		j := <-done[i]
		if j.err != nil {
			return ev, 0, j.err
		}
		j.sh.Join()
		for k := range j.part.Items {
			tally.Add(&j.part.Items[k])
		}
		total += len(j.part.Items)
		// A problem for every outcome of a large run (a unit written
		// after a value, a baseline missing) is kept by the store, not
		// in memory: live, they made each collection the longer.
		if err := store.note(j.part.Problems); err != nil {
			return ev, 0, err
		}
		j.part.Items, j.part.Problems = nil, nil
		ev.Join(j.part)
		raiseHeapGoal()
		<-slots
	}
	ps, err := store.noted()
	ev.Problems = ps // the shards' own, joined without them
	return ev, total, err
}

// totalSize is the inputs' size in bytes.
func totalSize(ins []Input) int64 {
	var n int64
	for _, in := range ins {
		n += in.Size
	}
	return n
}

// Errors a run can end with. Callers test them with errors.Is.
var (
	ErrNoInputs = errors.New("没有找到工作簿")
)

// Run reads every input, merges the returns and judges them. A file that
// cannot be read becomes a problem; the others are merged all the same.
func Run(opts Options) (*Result, error) {
	ins, err := collect(opts.Inputs)
	if err != nil {
		return nil, err
	}
	if len(ins) == 0 {
		return nil, fmt.Errorf("%w：%s 中没有 .xlsx 工作簿", ErrNoInputs, strings.Join(opts.Inputs, "、"))
	}
	res := &Result{Inputs: ins, Assess: figures.DefaultAssessOptions()}
	dir := units.NewDirectory(nil)
	mopts := lists.MergeOptions{Year: opts.Year, Directory: dir}
	if opts.Plan != "" {
		m, err := ReadMaster(opts.Plan)
		if err != nil {
			return nil, err
		}
		res.Master, res.Assess, dir = m, m.Assess, m.Directory
		mopts.Plan, mopts.PlanID, mopts.Directory = &m.Plan, m.Info.Fingerprint, dir
		if mopts.Year == 0 {
			mopts.Year = m.Info.Year
		}
		res.Info = m.Info
	}

	var merger *lists.Merger
	var sp *spill
	if shards := shardsFor(totalSize(ins)); shards > 0 {
		var err error
		if sp, err = newSpill(shards); err != nil {
			return nil, err
		}
	} else {
		// Held in memory, and merged a shard per processor.
		mopts.Shards = runtime.GOMAXPROCS(0)
		defer keepHeapFlat()()
	}
	done := false
	defer func() {
		if !done && sp != nil {
			sp.close()
		}
	}()
	var sinkErr, spillErr error
	rows, noted := 0, 0
	started := false
	start := func(first *read) {
		started = true
		// A merged workbook read alone brings its own plan, settings and
		// date; the master given wins.
		if m := first.merged; m != nil && len(ins) == 1 {
			res.Merged = m
			if len(m.Aliases) > 0 {
				dir = units.NewDirectory(append(dir.Aliases(), m.Aliases...))
				mopts.Directory = dir
			}
			if opts.Plan == "" && m.Plan != nil {
				mopts.Plan, mopts.PlanID = m.Plan, m.Info.Fingerprint
				res.Info = m.Info
			}
			if mopts.Year == 0 {
				mopts.Year = m.Info.Year
			}
		}
		merger = lists.NewMerger(mopts)
	}
	readDir, cache := dir, openCache(opts.Cache)
	defer cache.trim()
	each(ins, opts.Workers, func(in Input, part func(read)) read { return cache.read(in, opts.Password, readDir, part) }, func(i int, r read) {
		if !started {
			start(&r)
		}
		for j := range r.returns {
			ret := &r.returns[j]
			if opts.Sink != nil && sinkErr == nil {
				sinkErr = opts.Sink.Add(ret)
			}
			if sp == nil {
				merger.Add(ret)
			} else {
				merger.Note(ret)
				if spillErr == nil {
					spillErr = sp.add(ret)
				}
			}
			rows += ret.Rows()
			if noted++; noted%64 == 0 {
				raiseHeapGoal() // the problems and rows noted grow with the returns
			}
			// The merger has kept what it needs: a merged workbook read
			// back holds every return at once, and each is let go here.
			r.returns[j] = lists.Return{}
		}
	}, func(i int) {
		if opts.Progress != nil {
			opts.Progress(Progress{Done: i + 1, Total: len(ins), Rows: rows, File: ins[i].Name})
		}
	})
	if err := cmp.Or(sinkErr, spillErr); err != nil {
		return nil, err
	}

	year := opts.Year
	for _, y := range []int{mopts.Year, merger.Year()} {
		if year == 0 {
			year = y
		}
	}
	asOf := opts.AsOf
	switch {
	case !asOf.IsZero():
	case res.Merged != nil && !res.Merged.Info.AsOf.IsZero():
		asOf = res.Merged.Info.AsOf
		res.Notes = append(res.Notes, fmt.Sprintf("按汇总表的核验日期 %s 核验；如需其他日期请用 --as-of", asOf.Format("2006-01-02")))
	default:
		asOf = opts.Today
		if year != 0 && year < asOf.Year() {
			asOf = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
			res.Notes = append(res.Notes, fmt.Sprintf("工作要点是%d年的，未指定核验日期，按%d年底（%s）核验；如需其他日期请用 --as-of", year, year, asOf.Format("2006-01-02")))
		}
	}
	if year == 0 {
		year = asOf.Year()
	}
	// The thresholds of 滞后: as given, else the master's 督查设置, else
	// those a merged workbook read was judged with.
	thresholds := opts.Check
	for _, o := range []check.Options{masterCheck(res.Master), mergedCheck(res.Merged)} {
		if thresholds.LagShare == 0 {
			thresholds.LagShare = o.LagShare
		}
		if thresholds.PaceTolerance == 0 {
			thresholds.PaceTolerance = o.PaceTolerance
		}
	}
	res.Check = thresholds.WithDefaults()
	eopts := figures.Options{AsOf: asOf, Year: year, Check: thresholds}
	var store shardStore = sp
	if sp == nil {
		store = newHeld(merger.HeldShards())
	}
	tally := &figures.Tally{}
	ev, total, err := evaluateShards(merger, store, eopts, tally)
	if err != nil {
		return nil, err
	}
	res.Book, res.Eval = merger.Settle(), ev
	res.Eval.Settle(res.Book)
	if sp == nil {
		res.Eval.Items = store.(*held).items()
	} else {
		res.spill = sp
		res.Eval.Stream(total, sp.stream)
	}
	switch {
	case res.Master != nil:
		res.Book.Problems.Add(res.Master.Problems...)
	case res.Merged != nil && res.Merged.HasAssess:
		res.Assess = res.Merged.Assess
		res.Book.Problems.Add(res.Merged.AssessProblems...)
	}
	res.Book.Problems.Sort(lists.SheetRank)
	res.Scores = tally.Scores(res.Eval, res.Assess)
	if err := res.Eval.Err(); err != nil {
		return nil, err
	}
	done = true
	// Every row each lead reported is held by the Book's tasks: with many
	// returns they are most of the memory, and nothing after judging reads
	// them.
	res.Book.Tasks = nil
	// Every problem is held once, here: a large merge finds hundreds of
	// thousands.
	res.Problems = slices.Concat(res.Book.Problems, res.Eval.Problems)
	res.Book.Problems, res.Eval.Problems = nil, nil
	res.Problems.Sort(lists.SheetRank)
	if res.Info.Year == 0 {
		res.Info.Year = year
	}
	if res.Info.Fingerprint == "" {
		res.Info.Fingerprint = res.Book.PlanID
	}
	return res, nil
}

func masterCheck(m *Master) check.Options {
	if m == nil {
		return check.Options{}
	}
	return m.Check
}

func mergedCheck(m *sheets.Merged) check.Options {
	if m == nil {
		return check.Options{}
	}
	return m.Check
}

// Read reports whether any input could be read as a return: a run in which
// none could has nothing to show.
func (r *Result) Read() bool {
	return r.files(func(f lists.FileSummary) bool { return f.Returned }) > 0
}

// Skipped counts the files passed over: lock files, hidden files, files of
// other kinds, a merged workbook or the master among the returns.
func (r *Result) Skipped() int {
	return r.files(func(f lists.FileSummary) bool { return f.Skipped })
}

// Failed counts the files that could not be read.
func (r *Result) Failed() int {
	return r.files(func(f lists.FileSummary) bool { return f.Failed })
}

func (r *Result) files(which func(lists.FileSummary) bool) int {
	n := 0
	for _, f := range r.Book.Files {
		if which(f) {
			n++
		}
	}
	return n
}

// IsInput reports whether path is one of the files the run read, so that
// an output never overwrites an input.
func (r *Result) IsInput(path string) bool {
	out, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, in := range r.Inputs {
		if info, err := os.Stat(in.Path); err == nil && os.SameFile(out, info) {
			return true
		}
	}
	return false
}

// Summary is what the merged workbook says besides the returns' rows.
func (r *Result) Summary() sheets.Summary {
	s := sheets.Summary{Book: r.Book, Eval: r.Eval, Scores: r.Scores, Assess: r.Assess, Check: r.Check, Problems: r.Problems, Info: r.Info}
	switch {
	case r.Master != nil:
		s.Plan = &r.Master.Plan
	case r.Merged != nil:
		s.Plan = r.Merged.Plan
	}
	return s
}

// each reads inputs with workers at once and hands what each gave to use
// in the order of the inputs, whatever order they were read in: the parts
// of a large workbook (readOne's part) as they are read, then the rest;
// then done. At most twice as many inputs as workers are held at once,
// and of a large workbook no more than a few parts.
func each(ins []Input, workers int, readOne func(in Input, part func(read)) read, use func(int, read), done func(int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(1, len(ins)))
	results := make([]chan read, len(ins))
	for i := range results {
		results[i] = make(chan read, 2)
	}
	window := make(chan struct{}, 2*workers)
	jobs := make(chan int)
	for range workers {
		go func() {
			for i := range jobs {
				results[i] <- readOne(ins[i], func(r read) { results[i] <- r })
				close(results[i])
			}
		}()
	}
	go func() {
		for i := range ins {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for i := range ins {
		for r := range results[i] {
			use(i, r)
		}
		results[i] = nil
		done(i)
		<-window
	}
}
