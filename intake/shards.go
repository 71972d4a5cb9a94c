package intake

import (
	"bufio"
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/scratch"
)

// A run whose inputs are larger than spillAbove is merged in shards: the
// rows each return keeps for the merge, and then the items as judged,
// wait in temporary files, and one shard at a time is held in memory. A
// shard is made for about every shardBytes of input, so that memory stays
// flat however many returns there are. The figures are the same for any
// number of shards.
//
// Shards on disk are faster than a run held in memory for all but small
// runs: the live heap of a held run grows with its returns, and the
// collector runs the more often the nearer it is to the run's limit. For
// 200 returns (10 MB) held in memory, 1.75–2.5 s, 3.2 CPU-s and 278 MB;
// in shards, 1.38–1.56 s, 2.7 CPU-s and 122 MB. At 50 returns (2.6 MB) the
// two take the same time; at 20 (1 MB) memory is 10% faster. Shards of
// 512 KB take as long as shards of 1 MB; of 2 MB, 15% longer, of 4 MB 60%.
var (
	spillAbove int64 = 2 << 20
	shardBytes int64 = 1 << 20
)

// maxShards bounds the temporary files open at once.
const maxShards = 256

// shardsFor returns the number of shards on disk for inputs of total
// bytes: none, for a run merged in memory, up to spillAbove.
func shardsFor(total int64) int {
	if total <= spillAbove {
		return 0
	}
	return int(max(1, min(maxShards, (total+shardBytes-1)/shardBytes)))
}

// spill holds the shards of a run on disk, in a temporary folder removed
// by close.
type spill struct {
	dir      string
	rows     []*shardFile // each shard's rows, as its returns were noted
	items    []*shardFile // each shard's items as judged, sorted
	problems *shardFile   // the problems of the shards as judged, in order
	flat     func()       // puts back the memory limit
}

type shardFile struct {
	f   *os.File
	w   *bufio.Writer
	enc *recordWriter
}

// ErrSpill is a failure to keep a large merge's shards on disk.
var ErrSpill = errors.New("无法写入临时文件")

// newSpill starts n shards on disk, and keeps the heap near heapGoal
// while they last.
func newSpill(n int) (*spill, error) {
	dir, err := scratch.Dir("merge-*")
	if err != nil {
		return nil, fmt.Errorf("%w：%s；请检查系统临时文件夹的空间", ErrSpill, atomicfile.Explain(err))
	}
	s := &spill{dir: dir, rows: make([]*shardFile, n), items: make([]*shardFile, n), flat: keepHeapFlat()}
	for i := range s.rows {
		if s.rows[i], err = s.create(fmt.Sprintf("rows-%03d", i)); err != nil {
			s.close()
			return nil, err
		}
	}
	return s, nil
}

func (s *spill) create(name string) (*shardFile, error) {
	f, err := os.Create(filepath.Join(s.dir, name))
	if err != nil {
		return nil, s.failed(err)
	}
	w := bufio.NewWriterSize(f, 32<<10)
	return &shardFile{f: f, w: w, enc: newRecordWriter(w)}, nil
}

func (s *spill) failed(err error) error {
	return fmt.Errorf("%w（%s）：%s；请检查系统临时文件夹的空间", ErrSpill, s.dir, atomicfile.Explain(err))
}

// add writes r's rows, each to its task's shard.
func (s *spill) add(r *lists.Return) error {
	if r.Failed || r.Skipped {
		return nil
	}
	for i, part := range lists.Split(r, len(s.rows)) {
		if len(part.Tasks)+len(part.Resps)+len(part.Outcomes) == 0 {
			continue
		}
		if err := s.rows[i].enc.spilledReturn(&part); err != nil {
			return s.failed(err)
		}
	}
	return nil
}

// sameMap reports whether a and b are one map, as the rows of one sheet
// share theirs.
func sameMap(a, b lists.Columns) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

func (s *spill) shards() int { return len(s.rows) }

func (s *spill) load(m *lists.Merger, i int) (*lists.Shard, error) {
	sh := m.Shard(i, len(s.rows))
	return sh, s.each(i, sh.Add)
}

// each reads shard i's returns back, in the order they were noted, and
// then removes them.
func (s *spill) each(i int, use func(*lists.Return)) error {
	sf := s.rows[i]
	s.rows[i] = nil
	if err := sf.w.Flush(); err != nil {
		sf.f.Close()
		return s.failed(err)
	}
	if _, err := sf.f.Seek(0, io.SeekStart); err != nil {
		sf.f.Close()
		return s.failed(err)
	}
	defer os.Remove(sf.f.Name())
	defer sf.f.Close()
	d := &recordReader{r: bufio.NewReaderSize(sf.f, 32<<10)}
	for {
		if ok, err := d.next(); err != nil {
			return s.failed(err)
		} else if !ok {
			return nil
		}
		r, err := d.spilledReturn()
		if err != nil {
			return s.failed(err)
		}
		use(r)
	}
}

// itemsPerRecord is how many items a record of a shard's items holds.
const itemsPerRecord = 64

// keep writes shard i's items, sorted, to be read back by stream.
func (s *spill) keep(i int, items []figures.Item) error {
	sf, err := s.create(fmt.Sprintf("items-%03d", i))
	if err != nil {
		return err
	}
	s.items[i] = sf
	for j := 0; j < len(items); j += itemsPerRecord {
		if err := sf.enc.items(items[j:min(j+itemsPerRecord, len(items))]); err != nil {
			return s.failed(err)
		}
	}
	if err := sf.w.Flush(); err != nil {
		return s.failed(err)
	}
	// Read back by name, as often as the items are: not held open.
	if err := sf.f.Close(); err != nil {
		return s.failed(err)
	}
	return nil
}

// note writes the problems the judging of a shard found after those of
// the shards before it.
func (s *spill) note(ps problems.List) error {
	if len(ps) == 0 {
		return nil
	}
	if s.problems == nil {
		sf, err := s.create("problems")
		if err != nil {
			return err
		}
		s.problems = sf
	}
	for j := 0; j < len(ps); j += itemsPerRecord {
		if err := s.problems.enc.problems(ps[j:min(j+itemsPerRecord, len(ps))]); err != nil {
			return s.failed(err)
		}
	}
	return nil
}

// noted reads back every problem note wrote, in order.
func (s *spill) noted() (problems.List, error) {
	sf := s.problems
	if sf == nil {
		return nil, nil
	}
	if err := sf.w.Flush(); err != nil {
		return nil, s.failed(err)
	}
	if _, err := sf.f.Seek(0, io.SeekStart); err != nil {
		return nil, s.failed(err)
	}
	d := &recordReader{r: bufio.NewReaderSize(sf.f, 32<<10)}
	var out problems.List
	for {
		ok, err := d.next()
		if err != nil {
			return nil, s.failed(err)
		}
		if !ok {
			return out, nil
		}
		ps, err := d.problems()
		if err != nil {
			return nil, s.failed(err)
		}
		out = append(out, ps...)
	}
}

// stream yields every shard's items in the Book's order: the shards' own
// sorted runs, merged. The runs are read and merged on a goroutine of
// their own, a batch ahead of the items yielded.
func (s *spill) stream(yield func(*figures.Item) bool) error {
	batches := make(chan []*figures.Item, 4)
	stop := make(chan struct{})
	failed := make(chan error, 1)
	go func() {
		defer close(batches)
		failed <- s.merge(func(b []*figures.Item) bool {
			select {
			case batches <- b:
				return true
			case <-stop:
				return false
			}
		})
	}()
	defer func() {
		close(stop)
		for range batches {
		}
	}()
	for b := range batches {
		for _, it := range b {
			if !yield(it) {
				return nil
			}
		}
	}
	return <-failed
}

// streamBatch is how many items stream's goroutine hands on at once.
const streamBatch = 256

// merge reads the shards' sorted runs of items and hands them on in the
// Book's order, streamBatch at a time, until emit returns false.
func (s *spill) merge(emit func([]*figures.Item) bool) error {
	var h itemHeap
	for _, sf := range s.items {
		if sf == nil {
			continue
		}
		f, err := os.Open(sf.f.Name())
		if err != nil {
			return s.failed(err)
		}
		defer f.Close()
		r := &itemRun{dec: &recordReader{r: bufio.NewReaderSize(f, 32<<10)}}
		if ok, err := r.next(); err != nil {
			return s.failed(err)
		} else if ok {
			h = append(h, r)
		}
	}
	batch := make([]*figures.Item, 0, streamBatch)
	stopped := false
	err := h.walk(func(it *figures.Item) bool {
		if batch = append(batch, it); len(batch) == streamBatch {
			if !emit(batch) {
				stopped = true
				return false
			}
			batch = make([]*figures.Item, 0, streamBatch)
		}
		return true
	})
	if err != nil {
		return s.failed(err)
	}
	if len(batch) > 0 && !stopped {
		emit(batch)
	}
	return nil
}

// held is the shards of a run merged in memory: their rows held by the
// Merger (Add), their items here.
type held struct {
	runs     [][]figures.Item // each shard's, once judged
	problems problems.List
}

func newHeld(n int) *held { return &held{runs: make([][]figures.Item, n)} }

func (h *held) shards() int { return len(h.runs) }

func (h *held) load(m *lists.Merger, i int) (*lists.Shard, error) { return m.Held(i), nil }

// keep is called for the shards at once: each has its own slot.
func (h *held) keep(i int, items []figures.Item) error {
	h.runs[i] = items
	return nil
}

func (h *held) note(ps problems.List) error {
	h.problems = append(h.problems, ps...)
	return nil
}

func (h *held) noted() (problems.List, error) { return h.problems, nil }

// items returns the shards' items in the Book's order: their sorted runs,
// merged.
func (h *held) items() []figures.Item {
	if len(h.runs) == 1 {
		return h.runs[0]
	}
	n := 0
	for _, r := range h.runs {
		n += len(r)
	}
	out := make([]figures.Item, 0, n)
	var hp itemHeap
	for _, r := range h.runs {
		run := &itemRun{rest: r}
		if ok, _ := run.next(); ok {
			hp = append(hp, run)
		}
	}
	hp.walk(func(it *figures.Item) bool {
		out = append(out, *it)
		return true
	})
	h.runs = nil
	return out
}

// close removes the temporary files, and ends the run's memory limit.
func (s *spill) close() error {
	s.flat()
	for _, sf := range append(append(s.rows, s.items...), s.problems) {
		if sf != nil {
			sf.f.Close()
		}
	}
	return os.RemoveAll(s.dir)
}

// itemRun is one shard's items being read back (or held, when dec is
// nil); head is the next, and key its task's number read for ordering.
type itemRun struct {
	dec  *recordReader
	rest []figures.Item // the items after head, of its record (or of the run held)
	head *figures.Item
	key  lists.IDKey
}

func (r *itemRun) next() (bool, error) {
	for len(r.rest) == 0 {
		if r.dec == nil {
			return false, nil
		}
		if ok, err := r.dec.next(); !ok || err != nil {
			return false, err
		}
		its, err := r.dec.items()
		if err != nil {
			return false, err
		}
		r.rest = its
	}
	it := &r.rest[0]
	r.rest = r.rest[1:]
	if r.head == nil || it.TaskID != r.head.TaskID {
		r.key = lists.KeyOf(it.TaskID)
	}
	r.head = it
	return true, nil
}

// walk yields the runs' items in order, each run's head first read, until
// yield returns false; it returns the first failure to read a run.
func (h itemHeap) walk(yield func(*figures.Item) bool) error {
	heap.Init(&h)
	for len(h) > 0 {
		r := h[0]
		if !yield(r.head) {
			return nil
		}
		ok, err := r.next()
		switch {
		case err != nil:
			return err
		case ok:
			heap.Fix(&h, 0)
		default:
			heap.Pop(&h)
		}
	}
	return nil
}

// itemHeap orders the runs by their next item.
type itemHeap []*itemRun

func (h itemHeap) Len() int { return len(h) }
func (h itemHeap) Less(i, j int) bool {
	return cmp.Or(h[i].key.Compare(h[j].key), strings.Compare(string(h[i].head.Owner), string(h[j].head.Owner))) < 0
}
func (h itemHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)   { *h = append(*h, x.(*itemRun)) }
func (h *itemHeap) Pop() any {
	old := *h
	r := old[len(old)-1]
	*h = old[:len(old)-1]
	return r
}
