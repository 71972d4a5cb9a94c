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
	units := make([]UnitFigures, 0, len(e.Units)+len(p.Units))
	i, j := 0, 0
	for i < len(e.Units) || j < len(p.Units) {
		switch c := compareUnitFigures(e.Units, i, p.Units, j); {
		case c < 0:
			units = append(units, e.Units[i])
			i++
		case c > 0:
			units = append(units, p.Units[j])
			j++
		default:
			u := e.Units[i]
			q := p.Units[j]
			u.Tasks += q.Tasks
			u.Outcomes += q.Outcomes
			u.OnTime += q.OnTime
			for s, n := range q.Counts {
				u.Counts[s] += n
			}
			units = append(units, u)
			i, j = i+1, j+1
		}
	}
	e.Units = units
}

// compareUnitFigures compares a[i] and b[j], either past its end last.
func compareUnitFigures(a []UnitFigures, i int, b []UnitFigures, j int) int {
	switch {
	case i == len(a):
		return 1
	case j == len(b):
		return -1
	}
	return units.Compare(a[i].Unit, b[j].Unit)
}

// Settle ends an evaluation joined from shards of b: the units that sent
// nothing, and the problems in order.
func (e *Evaluation) Settle(b lists.Book) {
	e.Silent = silentUnits(b)
	e.Problems.Sort(lists.SheetRank)
}
