package intake

import (
	"bufio"
	"bytes"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
)

// filler sets every field it reaches to a value of its own, so that a
// field the records leave out, or read into another field, shows.
type filler struct{ n int }

var (
	timeType  = reflect.TypeFor[time.Time]()
	errorType = reflect.TypeFor[error]()
)

func (f *filler) fill(v reflect.Value) {
	f.n++
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(time.Date(2026, 1, 1+f.n%28, 8, 30, f.n%60, 0, time.UTC)))
		return
	case v.Type() == errorType:
		v.Set(reflect.ValueOf(&check.SyntaxError{Text: fmt.Sprintf("约%d", f.n), What: "数值"}))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("值%d", f.n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(f.n))
	case reflect.Float64:
		v.SetFloat(float64(f.n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		f.fill(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			f.fill(v.Field(i))
		}
	case reflect.Slice:
		// Three elements, the last two copies of the first: strings and
		// Columns met again are written by reference.
		s := reflect.MakeSlice(v.Type(), 3, 3)
		f.fill(s.Index(0))
		s.Index(1).Set(s.Index(0))
		s.Index(2).Set(s.Index(0))
		if last := s.Index(2); last.Kind() == reflect.Struct {
			f.fill(last.Field(0)) // the same, apart from its first field
		} else {
			f.fill(last)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(k)
			f.fill(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	default:
		panic("filler: no value for " + v.Type().String())
	}
}

// TestRecordsKeepEveryField: a return's rows and a batch of items, every
// field set, read back from their records as they were written. A field
// added to a record type and not to records.go fails here.
func TestRecordsKeepEveryField(t *testing.T) {
	var r lists.Return
	f := &filler{}
	f.fill(reflect.ValueOf(&r).Elem())
	// What lists.Split leaves with Note: not a shard's.
	r.Aliases, r.Problems = nil, nil
	var its []figures.Item
	f.fill(reflect.ValueOf(&its).Elem())
	var ps []problems.Problem
	f.fill(reflect.ValueOf(&ps).Elem())

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	e := newRecordWriter(w)
	if err := e.spilledReturn(&r); err != nil {
		t.Fatal(err)
	}
	if err := e.items(its); err != nil {
		t.Fatal(err)
	}
	if err := e.problems(ps); err != nil {
		t.Fatal(err)
	}
	w.Flush()

	d := &recordReader{r: bufio.NewReader(&buf)}
	if ok, err := d.next(); !ok || err != nil {
		t.Fatalf("first record: %v, %v", ok, err)
	}
	got, err := d.spilledReturn()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, r) {
		t.Errorf("return read back\n%+v\nwant\n%+v", *got, r)
	}
	if ok, err := d.next(); !ok || err != nil {
		t.Fatalf("second record: %v, %v", ok, err)
	}
	gotItems, err := d.items()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotItems, its) {
		t.Errorf("items read back\n%+v\nwant\n%+v", gotItems, its)
	}
	if ok, err := d.next(); !ok || err != nil {
		t.Fatalf("third record: %v, %v", ok, err)
	}
	gotProblems, err := d.problems()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotProblems, ps) {
		t.Errorf("problems read back\n%+v\nwant\n%+v", gotProblems, ps)
	}
	if ok, err := d.next(); ok || err != nil {
		t.Errorf("after the last record: %v, %v", ok, err)
	}
}

// A record cut short, or changed, is an error and never a panic: a
// shard's, or a cache file's.
func FuzzRecords(f *testing.F) {
	var r lists.Return
	(&filler{}).fill(reflect.ValueOf(&r).Elem())
	r.Aliases, r.Problems = nil, nil
	var its []figures.Item
	(&filler{}).fill(reflect.ValueOf(&its).Elem())
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	e := newRecordWriter(w)
	e.spilledReturn(&r)
	w.Flush()
	f.Add(buf.Bytes(), false)
	buf.Reset()
	e.items(its)
	w.Flush()
	f.Add(buf.Bytes(), true)
	f.Fuzz(func(t *testing.T, b []byte, items bool) {
		d := &recordReader{r: bufio.NewReader(bytes.NewReader(b))}
		for {
			ok, err := d.next()
			if !ok || err != nil {
				return
			}
			if items {
				d.items()
			} else {
				d.spilledReturn()
				// The same bytes as a cache file's return.
				d.i, d.strs, d.err = 0, d.strs[:0], nil
				d.keptReturn()
			}
		}
	})
}

// A record of more strings than it remembers, some met again far apart,
// reads back whole, and each string met again is written once while
// there is room.
func TestRecordsOfManyStrings(t *testing.T) {
	var r lists.Return
	r.File = "第一处-工作清单.xlsx"
	for i := range 3 * recordStrings {
		r.Tasks = append(r.Tasks, lists.TaskRow{
			ID: fmt.Sprint(i), Name: fmt.Sprintf("任务%d", i), Content: fmt.Sprintf("任务%d", i%7),
			At: lists.At{Pos: source.Pos{File: r.File, Sheet: "任务清单", Row: i + 2}},
		})
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	e := newRecordWriter(w)
	for range 2 { // the second record starts with nothing remembered
		if err := e.spilledReturn(&r); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if n := bytes.Count(buf.Bytes(), []byte("任务清单")); n != 2 {
		t.Errorf("the sheet's name is written %d times in two records, want 2", n)
	}
	d := &recordReader{r: bufio.NewReader(&buf)}
	for i := range 2 {
		if ok, err := d.next(); !ok || err != nil {
			t.Fatalf("record %d: %v, %v", i, ok, err)
		}
		got, err := d.spilledReturn()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, r) {
			t.Errorf("record %d read back differs", i)
		}
	}
}

// BenchmarkRecords writes and reads back one return's rows of a shard,
// 300 of each list, as a run in shards does for every return.
func BenchmarkRecords(b *testing.B) {
	var r lists.Return
	(&filler{}).fill(reflect.ValueOf(&r).Elem())
	r.Aliases, r.Problems = nil, nil
	for len(r.Tasks) < 300 {
		r.Tasks = append(r.Tasks, r.Tasks[:3]...)
		r.Resps = append(r.Resps, r.Resps[:3]...)
		r.Outcomes = append(r.Outcomes, r.Outcomes[:3]...)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	e := newRecordWriter(w)
	d := &recordReader{}
	size := 0
	for b.Loop() {
		buf.Reset()
		if err := e.spilledReturn(&r); err != nil {
			b.Fatal(err)
		}
		w.Flush()
		size = buf.Len()
		d.r = bufio.NewReader(&buf)
		if ok, err := d.next(); !ok || err != nil {
			b.Fatal(ok, err)
		}
		if _, err := d.spilledReturn(); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
}

// TestKeptReturnKeepsEveryField: a whole return, as the cache keeps it,
// reads back with every field, its aliases and problems too.
func TestKeptReturnKeepsEveryField(t *testing.T) {
	var r lists.Return
	(&filler{}).fill(reflect.ValueOf(&r).Elem())
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := newRecordWriter(w).keptReturn(&r); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	d := &recordReader{r: bufio.NewReader(&buf)}
	if ok, err := d.next(); !ok || err != nil {
		t.Fatalf("the record: %v, %v", ok, err)
	}
	got, err := d.keptReturn()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, r) {
		t.Errorf("return read back\n%+v\nwant\n%+v", *got, r)
	}
}
