package figures

import (
	"iter"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/units"
)

// itemStream is where an evaluation too large to hold reads its items
// from: n of them, yielded in order by each, which reports a failure to
// read them back.
type itemStream struct {
	n    int
	each func(yield func(*Item) bool) error
	err  error
}

// Stream makes e's items the n that each yields in order, each time it is
// called: an evaluation too large to hold keeps them elsewhere, and reads
// them back for every sheet and report made from it. Items is then nil.
func (e *Evaluation) Stream(n int, each func(yield func(*Item) bool) error) {
	e.Items = nil
	e.stream = &itemStream{n: n, each: each}
}

// Outcomes counts the evaluation's items.
func (e Evaluation) Outcomes() int {
	if e.stream != nil {
		return e.stream.n
	}
	return len(e.Items)
}

// All yields every item in order. An item yielded is not to be kept past
// the next: take a copy. Err reports whether they could all be read.
func (e Evaluation) All() iter.Seq[*Item] {
	return func(yield func(*Item) bool) {
		if e.stream == nil {
			for i := range e.Items {
				if !yield(&e.Items[i]) {
					return
				}
			}
			return
		}
		if err := e.stream.each(yield); err != nil && e.stream.err == nil {
			e.stream.err = err
		}
	}
}

// Err reports the first failure to read the items of a streamed
// evaluation back; nil for one held in memory.
func (e Evaluation) Err() error {
	if e.stream == nil {
		return nil
	}
	return e.stream.err
}

// Join adds to e the evaluation of one shard of a Book's tasks (Evaluate
// on a Book of those tasks alone), whose items are kept elsewhere and
// streamed (Stream) in the Book's order. Settle ends the joining.
func (e *Evaluation) Join(p Evaluation) {
	e.Tasks += p.Tasks
	for s, n := range p.Counts {
		e.Counts[s] += n
	}
	e.OnTime += p.OnTime
	e.Problems = append(e.Problems, p.Problems...)
	if e.joined == nil {
		e.joined = make(map[units.Unit]int, len(e.Units)+len(p.Units))
		for i, u := range e.Units {
			e.joined[u.Unit] = i
		}
	}
	for _, q := range p.Units {
		i, ok := e.joined[q.Unit]
		if !ok {
			e.joined[q.Unit] = len(e.Units)
			e.Units = append(e.Units, q)
			continue
		}
		u := &e.Units[i]
		u.Tasks += q.Tasks
		u.Outcomes += q.Outcomes
		u.OnTime += q.OnTime
		for s, n := range q.Counts {
			u.Counts[s] += n
		}
	}
}

// Settle ends an evaluation joined from shards of b: its units in order,
// the units that sent nothing, and the problems in order.
func (e *Evaluation) Settle(b lists.Book) {
	units.SortBy(e.Units, func(f UnitFigures) units.Unit { return f.Unit })
	e.joined = nil
	e.Silent = silentUnits(b)
	e.Problems.Sort(lists.SheetRank)
}
