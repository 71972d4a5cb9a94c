package intake

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/maphash"
	"io"
	"math"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// The shards of a large run go to disk as records, and so do the returns
// the cache keeps (cache.go): a length, then the fields in a fixed order,
// each string of a record written once and then referred to by its
// number. encoding/gob did the same job at 20 CPU-s
// of the 2,000-return merge's 99, most of it reflection and a fresh copy
// of the file, sheet and unit of every row. TestRecordsKeepEveryField
// fails when a field is added to a record and not here.

// errRecord is a record that does not read back: the temporary file was
// changed or cut short.
var errRecord = errors.New("临时文件中的记录不完整")

// recordWriter writes records to a buffered file.
type recordWriter struct {
	w      *bufio.Writer
	b      []byte
	seed   maphash.Seed
	strs   [recordStrings]writtenString // the strings of this record, by their hash
	n      uint32                       // strings written in this record
	record uint32                       // the record being written, counted from 1
}

// recordStrings bounds the strings a record refers back to: those past
// it are written again where they repeat. The table holds where each is
// in the record, no pointer, so that keeping it costs the collector
// nothing: a map of strings cost 2 of the 2,000-return merge's 87 CPU-s,
// most of it hashing and the write barriers of a collection under way.
const recordStrings = 1 << 10

// writtenString is a string written in record: its bytes at b[at:at+n],
// its number num.
type writtenString struct {
	hash       uint32
	at, n, num uint32
	record     uint32 // 0 for a slot not used
}

func newRecordWriter(w *bufio.Writer) *recordWriter {
	return &recordWriter{w: w, seed: maphash.MakeSeed()}
}

func (e *recordWriter) begin() {
	e.b = e.b[:0]
	e.n = 0
	if e.record++; e.record == 0 { // wrapped: every slot is stale
		e.strs, e.record = [recordStrings]writtenString{}, 1
	}
}

func (e *recordWriter) end() error {
	var n [binary.MaxVarintLen64]byte
	if _, err := e.w.Write(n[:binary.PutUvarint(n[:], uint64(len(e.b)))]); err != nil {
		return err
	}
	_, err := e.w.Write(e.b)
	return err
}

func (e *recordWriter) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *recordWriter) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *recordWriter) float(v float64) {
	e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v))
}

func (e *recordWriter) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// str writes s: 0 for "", its number in the record (odd), or its length
// (even) and its bytes the first time.
func (e *recordWriter) str(s string) {
	if s == "" {
		e.uint(0)
		return
	}
	h := uint32(maphash.String(e.seed, s))
	i := h & (recordStrings - 1)
	for ; e.strs[i].record == e.record; i = (i + 1) & (recordStrings - 1) {
		if w := e.strs[i]; w.hash == h && int(w.n) == len(s) && string(e.b[w.at:w.at+w.n]) == s {
			e.uint(uint64(w.num)<<1 | 1)
			return
		}
	}
	e.uint(uint64(len(s)) << 1)
	if e.n < recordStrings*3/4 && len(e.b) <= math.MaxUint32-len(s) {
		e.strs[i] = writtenString{hash: h, at: uint32(len(e.b)), n: uint32(len(s)), num: e.n, record: e.record}
	}
	e.n++
	e.b = append(e.b, s...)
}

func (e *recordWriter) time(t time.Time) error {
	b, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	e.uint(uint64(len(b)))
	e.b = append(e.b, b...)
	return nil
}

func (e *recordWriter) units(us []units.Unit) {
	e.uint(uint64(len(us)))
	for _, u := range us {
		e.str(string(u))
	}
}

func (e *recordWriter) strings(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *recordWriter) pos(p source.Pos) {
	e.str(p.File)
	e.str(p.Sheet)
	e.int(p.Row)
	e.int(p.Col)
}

func (e *recordWriter) sender(s lists.Sender) {
	e.str(string(s.Unit))
	e.str(s.Text)
}

func (e *recordWriter) deadline(d check.Deadline) {
	e.str(d.Text)
	e.bool(d.Open)
	e.int(d.Year)
	e.int(d.Month)
	e.int(d.Day)
}

func (e *recordWriter) target(t check.Target) {
	e.int(int(t.Op))
	e.float(t.Value)
	e.float(t.Upper)
	e.str(t.Unit)
	e.bool(t.Relative)
	e.float(t.Change)
	e.str(t.ChangeUnit)
	e.bool(t.Down)
	e.bool(t.Cumulative)
	e.str(t.Text)
}

// err writes an error a record may hold: none, or a *check.SyntaxError.
func (e *recordWriter) err(err error) error {
	if err == nil {
		e.uint(0)
		return nil
	}
	se, ok := err.(*check.SyntaxError)
	if !ok {
		return errors.New("记录中有无法写入临时文件的错误：" + err.Error())
	}
	e.uint(1)
	e.str(se.Text)
	e.str(se.What)
	return nil
}

func (e *recordWriter) value(v check.Value) error {
	e.str(v.Text)
	e.float(v.Quantity.Value)
	e.str(v.Quantity.Unit)
	return e.err(v.Err)
}

// at writes where a row was read, but its Columns: a sheet's rows share
// theirs, written once with the record.
func (e *recordWriter) at(a lists.At) {
	e.pos(a.Pos)
	e.bool(a.Origin != nil)
	if a.Origin != nil {
		e.pos(*a.Origin)
	}
}

func (e *recordWriter) columns(c lists.Columns) {
	e.uint(uint64(len(c)))
	for k, v := range c {
		e.str(string(k))
		e.int(v)
	}
}

// spilledReturn writes one return's rows of one shard: what lists.Split
// gives (the problems and aliases of a return are Note's). The rows of
// one sheet share their Columns, written once.
func (e *recordWriter) spilledReturn(r *lists.Return) error {
	e.begin()
	if err := e.returnRows(r); err != nil {
		return err
	}
	return e.end()
}

// keptReturn writes a whole return as the cache keeps it: its rows, and
// the aliases and problems a shard's leave out.
func (e *recordWriter) keptReturn(r *lists.Return) error {
	e.begin()
	if err := e.returnRows(r); err != nil {
		return err
	}
	e.uint(uint64(len(r.Aliases)))
	for _, a := range r.Aliases {
		e.str(a.Name)
		e.str(a.Alias)
	}
	e.problemList(r.Problems)
	return e.end()
}

// returnRows writes a return but its aliases and problems.
func (e *recordWriter) returnRows(r *lists.Return) error {
	e.str(r.File)
	e.sender(r.From)
	e.str(r.PlanID)
	e.int(r.Year)
	if err := e.time(r.Modified); err != nil {
		return err
	}
	e.bool(r.Failed)
	e.bool(r.Skipped)
	e.bool(r.Continued)
	e.uint(uint64(len(r.Declared)))
	for id, u := range r.Declared {
		e.str(id)
		e.str(string(u))
	}
	var cols []lists.Columns
	index := func(c lists.Columns) {
		if len(cols) == 0 || !sameMap(c, cols[len(cols)-1]) {
			cols = append(cols, c)
			e.uint(0)
			e.columns(c)
			return
		}
		e.uint(1)
	}
	e.uint(uint64(len(r.Tasks)))
	for _, t := range r.Tasks {
		index(t.At.Columns)
		e.str(t.ID)
		e.str(t.Section)
		e.str(t.Name)
		e.str(t.Content)
		e.deadline(t.Deadline)
		e.str(t.Note)
		e.str(t.Other)
		e.sender(t.From)
		e.at(t.At)
	}
	e.uint(uint64(len(r.Resps)))
	for _, t := range r.Resps {
		index(t.At.Columns)
		e.str(t.ID)
		e.str(t.LeadText)
		e.str(t.PartnerText)
		e.units(t.Leads)
		e.units(t.Partners)
		e.strings(t.Groups)
		e.str(t.Leader)
		e.str(t.Owner)
		e.str(t.Contact)
		e.str(t.Phone)
		e.str(t.Other)
		e.sender(t.From)
		e.at(t.At)
	}
	e.uint(uint64(len(r.Outcomes)))
	for _, o := range r.Outcomes {
		index(o.At.Columns)
		e.str(o.TaskID)
		e.str(o.ID)
		e.str(o.Expected)
		e.target(o.Target)
		if err := e.err(o.TargetErr); err != nil {
			return err
		}
		if err := e.value(o.Actual); err != nil {
			return err
		}
		e.int(int(o.Mark.Mark))
		e.str(o.Mark.Text)
		e.bool(o.Mark.Known)
		e.bool(o.Mark.Approx)
		e.str(o.Progress)
		e.str(o.Evidence)
		e.deadline(o.DoneDate)
		e.deadline(o.ReportDate)
		e.deadline(o.Deadline)
		if err := e.value(o.Baseline); err != nil {
			return err
		}
		e.str(o.Other)
		e.sender(o.From)
		e.at(o.At)
	}
	return nil
}

// items writes items judged, a batch to a record.
func (e *recordWriter) items(its []figures.Item) error {
	e.begin()
	e.uint(uint64(len(its)))
	for i := range its {
		it := &its[i]
		e.str(it.TaskID)
		e.str(string(it.Owner))
		e.str(it.OutcomeID)
		e.str(it.Section)
		e.str(it.TaskName)
		e.str(it.Expected)
		e.units(it.Leads)
		e.units(it.Partners)
		e.target(it.Target)
		e.deadline(it.Deadline)
		if err := e.time(it.Due); err != nil {
			return err
		}
		e.int(int(it.Status))
		e.bool(it.OnTime)
		e.str(it.Reason)
		e.uint(uint64(len(it.Leaders)))
		for _, v := range it.Leaders {
			e.str(string(v.Unit))
			e.bool(v.Reported)
			e.int(int(v.Status))
			e.bool(v.OnTime)
			e.str(v.Reason)
			e.str(v.Actual)
			e.str(v.Mark)
			e.str(v.Progress)
			e.str(v.DoneDate)
			e.pos(v.At)
		}
		e.strings(it.Feedback)
	}
	return e.end()
}

// problems writes problems as one record.
func (e *recordWriter) problems(ps []problems.Problem) error {
	e.begin()
	e.problemList(ps)
	return e.end()
}

func (e *recordWriter) problemList(ps []problems.Problem) {
	e.uint(uint64(len(ps)))
	for i := range ps {
		p := &ps[i]
		e.str(string(p.Code))
		e.int(int(p.Level))
		e.str(string(p.Unit))
		e.pos(p.At)
		e.str(p.Message)
		e.str(p.Suggestion)
	}
}

// recordReader reads back what a recordWriter wrote. The first field
// that does not read sets err, and every field after it reads as zero.
type recordReader struct {
	r    *bufio.Reader
	b    []byte
	i    int
	strs []string
	err  error
	// The Columns of records read lately: the sheets of many returns have
	// the template's columns, and their rows share one map.
	seen []lists.Columns
	keys []columnAt
}

type columnAt struct {
	key templates.Key
	col int
}

// seenColumns is how many Columns a recordReader remembers.
const seenColumns = 8

// next reads the next record, false at the end of the file.
func (d *recordReader) next() (bool, error) {
	n, err := binary.ReadUvarint(d.r)
	if err == io.EOF {
		return false, nil
	}
	if err != nil || n > math.MaxInt32 {
		return false, errRecord
	}
	if uint64(cap(d.b)) < n {
		d.b = make([]byte, n)
	}
	d.b = d.b[:n]
	if _, err := io.ReadFull(d.r, d.b); err != nil {
		return false, errRecord
	}
	d.i, d.strs, d.err = 0, d.strs[:0], nil
	return true, nil
}

func (d *recordReader) fail() {
	if d.err == nil {
		d.err = errRecord
	}
	d.i = len(d.b)
}

func (d *recordReader) uint() uint64 {
	v, n := binary.Uvarint(d.b[d.i:])
	if n <= 0 {
		d.fail()
		return 0
	}
	d.i += n
	return v
}

// count reads a length, no more than the bytes left could hold.
func (d *recordReader) count() int {
	n := d.uint()
	if n > uint64(len(d.b)-d.i) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *recordReader) int() int {
	v, n := binary.Varint(d.b[d.i:])
	if n <= 0 {
		d.fail()
		return 0
	}
	d.i += n
	return int(v)
}

func (d *recordReader) float() float64 {
	if len(d.b)-d.i < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b[d.i:]))
	d.i += 8
	return v
}

func (d *recordReader) bool() bool {
	if d.i >= len(d.b) {
		d.fail()
		return false
	}
	d.i++
	return d.b[d.i-1] == 1
}

func (d *recordReader) str() string {
	v := d.uint()
	switch {
	case v == 0:
		return ""
	case v&1 == 1:
		if v>>1 >= uint64(len(d.strs)) {
			d.fail()
			return ""
		}
		return d.strs[v>>1]
	}
	n := v >> 1
	if n > uint64(len(d.b)-d.i) {
		d.fail()
		return ""
	}
	s := string(d.b[d.i : d.i+int(n)])
	d.i += int(n)
	d.strs = append(d.strs, s)
	return s
}

func (d *recordReader) time() time.Time {
	n := d.count()
	b := d.b[d.i : d.i+n]
	d.i += n
	var t time.Time
	if err := t.UnmarshalBinary(b); err != nil {
		d.fail()
	}
	return t
}

func (d *recordReader) units() []units.Unit {
	n := d.count()
	if n == 0 {
		return nil
	}
	us := make([]units.Unit, n)
	for i := range us {
		us[i] = units.Unit(d.str())
	}
	return us
}

func (d *recordReader) strings() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *recordReader) pos() source.Pos {
	return source.Pos{File: d.str(), Sheet: d.str(), Row: d.int(), Col: d.int()}
}

func (d *recordReader) sender() lists.Sender {
	return lists.Sender{Unit: units.Unit(d.str()), Text: d.str()}
}

func (d *recordReader) deadline() check.Deadline {
	return check.Deadline{Text: d.str(), Open: d.bool(), Year: d.int(), Month: d.int(), Day: d.int()}
}

func (d *recordReader) target() check.Target {
	return check.Target{
		Op: check.Op(d.int()), Value: d.float(), Upper: d.float(), Unit: d.str(),
		Relative: d.bool(), Change: d.float(), ChangeUnit: d.str(), Down: d.bool(),
		Cumulative: d.bool(), Text: d.str(),
	}
}

func (d *recordReader) error() error {
	switch d.uint() {
	case 0:
		return nil
	case 1:
		return &check.SyntaxError{Text: d.str(), What: d.str()}
	}
	d.fail()
	return nil
}

func (d *recordReader) value() check.Value {
	return check.Value{Text: d.str(), Quantity: check.Quantity{Value: d.float(), Unit: d.str()}, Err: d.error()}
}

func (d *recordReader) at(cols []lists.Columns) lists.At {
	a := lists.At{Pos: d.pos()}
	if d.bool() {
		p := d.pos()
		a.Origin = &p
	}
	if len(cols) > 0 {
		a.Columns = cols[len(cols)-1]
	}
	return a
}

// columns reads a row's Columns: new ones, or its sheet's last.
func (d *recordReader) columns(cols []lists.Columns) []lists.Columns {
	if d.uint() == 1 {
		if len(cols) == 0 {
			d.fail()
		}
		return cols
	}
	n := d.count()
	if n == 0 {
		return append(cols, nil)
	}
	d.keys = d.keys[:0]
	for range n {
		d.keys = append(d.keys, columnAt{templates.Key(d.str()), d.int()})
	}
	for _, c := range d.seen {
		if sameColumns(c, d.keys) {
			return append(cols, c)
		}
	}
	c := make(lists.Columns, n)
	for _, k := range d.keys {
		c[k.key] = k.col
	}
	if len(c) != n { // a key twice: a record written otherwise
		d.fail()
	}
	if len(d.seen) == seenColumns {
		d.seen = d.seen[1:]
	}
	d.seen = append(d.seen, c)
	return append(cols, c)
}

// sameColumns reports whether c holds exactly the columns keys.
func sameColumns(c lists.Columns, keys []columnAt) bool {
	if len(c) != len(keys) {
		return false
	}
	for _, k := range keys {
		if col, ok := c[k.key]; !ok || col != k.col {
			return false
		}
	}
	return true
}

func (d *recordReader) spilledReturn() (*lists.Return, error) {
	r := d.returnRows()
	if d.err == nil && d.i != len(d.b) {
		d.fail()
	}
	return r, d.err
}

func (d *recordReader) keptReturn() (*lists.Return, error) {
	r := d.returnRows()
	if n := d.count(); n > 0 {
		r.Aliases = make([]units.Alias, n)
		for i := range r.Aliases {
			r.Aliases[i] = units.Alias{Name: d.str(), Alias: d.str()}
		}
	}
	r.Problems = d.problemList()
	if d.err == nil && d.i != len(d.b) {
		d.fail()
	}
	return r, d.err
}

func (d *recordReader) returnRows() *lists.Return {
	r := &lists.Return{File: d.str(), From: d.sender(), PlanID: d.str(), Year: d.int(), Modified: d.time(),
		Failed: d.bool(), Skipped: d.bool(), Continued: d.bool()}
	if n := d.count(); n > 0 {
		r.Declared = make(map[string]units.Unit, n)
		for range n {
			id := d.str()
			r.Declared[id] = units.Unit(d.str())
		}
	}
	var cols []lists.Columns
	if n := d.count(); n > 0 {
		r.Tasks = make([]lists.TaskRow, n)
		for i := range r.Tasks {
			cols = d.columns(cols)
			r.Tasks[i] = lists.TaskRow{ID: d.str(), Section: d.str(), Name: d.str(), Content: d.str(),
				Deadline: d.deadline(), Note: d.str(), Other: d.str(), From: d.sender(), At: d.at(cols)}
		}
	}
	if n := d.count(); n > 0 {
		r.Resps = make([]lists.RespRow, n)
		for i := range r.Resps {
			cols = d.columns(cols)
			r.Resps[i] = lists.RespRow{ID: d.str(), LeadText: d.str(), PartnerText: d.str(),
				Leads: d.units(), Partners: d.units(), Groups: d.strings(),
				Leader: d.str(), Owner: d.str(), Contact: d.str(), Phone: d.str(), Other: d.str(),
				From: d.sender(), At: d.at(cols)}
		}
	}
	if n := d.count(); n > 0 {
		r.Outcomes = make([]lists.OutcomeRow, n)
		for i := range r.Outcomes {
			cols = d.columns(cols)
			r.Outcomes[i] = lists.OutcomeRow{TaskID: d.str(), ID: d.str(), Expected: d.str(),
				Target: d.target(), TargetErr: d.error(), Actual: d.value(),
				Mark:     check.Marked{Mark: check.Mark(d.int()), Text: d.str(), Known: d.bool(), Approx: d.bool()},
				Progress: d.str(), Evidence: d.str(),
				DoneDate: d.deadline(), ReportDate: d.deadline(), Deadline: d.deadline(),
				Baseline: d.value(), Other: d.str(), From: d.sender(), At: d.at(cols)}
		}
	}
	return r
}

func (d *recordReader) problems() ([]problems.Problem, error) {
	ps := d.problemList()
	if d.err == nil && d.i != len(d.b) {
		d.fail()
	}
	return ps, d.err
}

func (d *recordReader) problemList() problems.List {
	n := d.count()
	if n == 0 {
		return nil
	}
	ps := make(problems.List, n)
	for i := range ps {
		ps[i] = problems.Problem{Code: problems.Code(d.str()), Level: problems.Level(d.int()), Unit: units.Unit(d.str()),
			At: d.pos(), Message: d.str(), Suggestion: d.str()}
	}
	return ps
}

func (d *recordReader) items() ([]figures.Item, error) {
	its := make([]figures.Item, d.count())
	for i := range its {
		it := figures.Item{TaskID: d.str(), Owner: units.Unit(d.str()), OutcomeID: d.str(), Section: d.str(),
			TaskName: d.str(), Expected: d.str(), Leads: d.units(), Partners: d.units(),
			Target: d.target(), Deadline: d.deadline(), Due: d.time(),
			Status: check.Status(d.int()), OnTime: d.bool(), Reason: d.str()}
		if n := d.count(); n > 0 {
			it.Leaders = make([]figures.Verdict, n)
			for j := range it.Leaders {
				it.Leaders[j] = figures.Verdict{Unit: units.Unit(d.str()), Reported: d.bool(), Status: check.Status(d.int()),
					OnTime: d.bool(), Reason: d.str(), Actual: d.str(), Mark: d.str(), Progress: d.str(),
					DoneDate: d.str(), At: d.pos()}
			}
		}
		it.Feedback = d.strings()
		its[i] = it
	}
	if d.err == nil && d.i != len(d.b) {
		d.fail()
	}
	return its, d.err
}
