package intake

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

// entries returns the cache files in dir, with their times.
func entries(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	got := map[string]time.Time{}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".rec") {
			info, _ := e.Info()
			got[p] = info.ModTime()
		}
		return nil
	})
	return got
}

// judged is what a user sees of a run: the problems, every outcome as
// judged and every unit's score.
type judged struct {
	Problems problems.List
	Items    []figures.Item
	Scores   []figures.Score
}

func runJudged(t *testing.T, opts Options) judged {
	t.Helper()
	res, err := Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	j := judged{Problems: res.Problems, Scores: res.Scores}
	for it := range res.Eval.All() {
		j.Items = append(j.Items, *it)
	}
	if err := res.Eval.Err(); err != nil {
		t.Fatal(err)
	}
	return j
}

// TestCache: a second run over the same returns takes every one from the
// cache and judges them exactly as the first, held in memory or merged in
// shards, whole or in parts; a cache file damaged is read again and written anew; a run with
// a password keeps nothing.
func TestCache(t *testing.T) {
	for _, how := range []string{"held", "shards", "in parts"} {
		t.Run(how, func(t *testing.T) {
			switch how {
			case "shards":
				defer func(above int64) { spillAbove = above }(spillAbove)
				spillAbove = 0
			case "in parts":
				defer func(above int64, rows int) { sheets.PartAbove, sheets.PartRows = above, rows }(sheets.PartAbove, sheets.PartRows)
				sheets.PartAbove, sheets.PartRows = -1, 4
			}
			dir := t.TempDir()
			returns := filepath.Join(dir, "回收表")
			if err := samples.WriteTo(dir, returns); err != nil {
				t.Fatal(err)
			}
			cache := filepath.Join(dir, "缓存")
			opts := Options{Inputs: []string{returns}, AsOf: samples.AsOf, Year: samples.Year}
			want := runJudged(t, opts)

			opts.Cache = cache
			if got := runJudged(t, opts); !reflect.DeepEqual(got, want) {
				t.Fatal("the run that filled the cache judged otherwise than one without it")
			}
			kept := entries(t, cache)
			ins, _ := collect(opts.Inputs)
			if len(kept) != len(ins) || len(kept) == 0 {
				t.Fatalf("%d returns kept, want %d", len(kept), len(ins))
			}
			// Make every file look unused for days: a run that reads one
			// from the cache marks it used.
			old := time.Now().Add(-3 * 24 * time.Hour)
			for p := range kept {
				os.Chtimes(p, old, old)
			}
			var damaged string
			for p := range kept {
				damaged = p
				b, _ := os.ReadFile(p)
				b[len(b)/2] ^= 0xff
				os.WriteFile(p, b, 0o644)
				os.Chtimes(p, old, old)
				break
			}
			if got := runJudged(t, opts); !reflect.DeepEqual(got, want) {
				t.Fatal("the run from the cache judged otherwise than one without it")
			}
			for p, at := range entries(t, cache) {
				if !at.After(old) {
					t.Errorf("%s not read from the cache", p)
				}
			}
			if b, err := os.ReadFile(damaged); err != nil || !whole(openFile(t, damaged), int64(len(b))) {
				t.Errorf("the damaged cache file was not written again: %v", err)
			}

			empty := filepath.Join(dir, "空缓存")
			opts.Cache, opts.Password = empty, "口令"
			runJudged(t, opts)
			if n := len(entries(t, empty)); n != 0 {
				t.Errorf("a run with a password kept %d returns", n)
			}
		})
	}
}

func openFile(t *testing.T, p string) *os.File {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestCacheKey: a return is taken from the cache only when everything its
// reading depends on is as it was.
func TestCacheKey(t *testing.T) {
	c := &returnCache{dir: t.TempDir(), build: "构建一"}
	base := Input{Name: "医政处.xlsx", Data: []byte("工作簿"), InFolder: true}
	dir := units.NewDirectory(nil)
	want, err := c.key(base, dir)
	if err != nil {
		t.Fatal(err)
	}
	same := base
	same.Modified, same.Path = time.Now(), "别处/医政处.xlsx"
	if got, _ := c.key(same, dir); got != want {
		t.Error("a return saved again unchanged, or moved, is not taken from the cache")
	}
	for _, tc := range []struct {
		what  string
		in    Input
		dir   *units.Directory
		build string
	}{
		{"one byte changed", Input{Name: base.Name, Data: []byte("工作薄"), InFolder: true}, dir, c.build},
		{"another name", Input{Name: "疾控处.xlsx", Data: base.Data, InFolder: true}, dir, c.build},
		{"named alone", Input{Name: base.Name, Data: base.Data}, dir, c.build},
		{"other aliases", base, units.NewDirectory([]units.Alias{{Name: "医政医管处", Alias: "医管"}}), c.build},
		{"another build", base, dir, "构建二"},
	} {
		other := &returnCache{dir: c.dir, build: tc.build}
		if got, _ := other.key(tc.in, tc.dir); got == want {
			t.Errorf("%s: the same cache file", tc.what)
		}
	}
}

// TestCacheTrim: files unused for a month go, then the least lately used
// while the cache is over its bound; a second run the same day leaves
// the folder alone.
func TestCacheTrim(t *testing.T) {
	defer func(m int64) { maxCacheBytes = m }(maxCacheBytes)
	maxCacheBytes = 250
	c := &returnCache{dir: t.TempDir(), build: "构建"}
	now := time.Now()
	files := map[string]time.Duration{"ab/月前.rec": 40 * 24 * time.Hour, "ab/三天前.rec": 72 * time.Hour, "cd/两天前.rec": 48 * time.Hour, "cd/刚用过.rec": 0}
	for name, ago := range files {
		p := filepath.Join(c.dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, make([]byte, 100), 0o644)
		os.Chtimes(p, now.Add(-ago), now.Add(-ago))
	}
	c.trim()
	left := map[string]bool{}
	for p := range entries(t, c.dir) {
		rel, _ := filepath.Rel(c.dir, p)
		left[filepath.ToSlash(rel)] = true
	}
	if want := map[string]bool{"cd/两天前.rec": true, "cd/刚用过.rec": true}; !reflect.DeepEqual(left, want) {
		t.Errorf("kept %v, want %v", left, want)
	}
	old := now.Add(-60 * 24 * time.Hour)
	os.Chtimes(filepath.Join(c.dir, "cd/两天前.rec"), old, old)
	c.trim()
	if _, err := os.Stat(filepath.Join(c.dir, "cd/两天前.rec")); err != nil {
		t.Error("a second trim the same day removed a file")
	}
}

// TestCacheRecordUnreadable: a cache file whose checksum holds and whose
// third part does not read back hands on the first two, then fails the
// workbook with a problem saying what to do, and is removed; one whose
// second does not is read afresh.
func TestCacheRecordUnreadable(t *testing.T) {
	c := &returnCache{dir: t.TempDir(), build: "构建"}
	in := Input{Name: "医政处.xlsx", Data: []byte("工作簿")}
	key, _ := c.key(in, nil)
	write := func(good int) {
		w := c.create(key)
		for i := range good {
			w.add(read{returns: []lists.Return{{File: in.Name, Continued: i > 0, Tasks: []lists.TaskRow{{ID: "1", Name: fmt.Sprint("任务", i)}}}}})
		}
		w.enc.begin()
		w.enc.uint(1 << 40) // a count no record holds
		w.enc.end()
		w.commit()
	}
	write(1)
	if _, ok := c.load(key, in, func(read) { t.Error("a part handed on") }); ok {
		t.Error("a file whose second record is unreadable was taken from the cache")
	}

	write(2)
	var parts []read
	r, ok := c.load(key, in, func(p read) { parts = append(parts, p) })
	if !ok || len(parts) != 2 || parts[0].returns[0].Tasks[0].Name != "任务0" || parts[1].returns[0].Tasks[0].Name != "任务1" {
		t.Fatalf("load: %v, parts %+v", ok, parts)
	}
	if len(r.returns) != 1 || !r.returns[0].Failed || !r.returns[0].Continued || !r.returns[0].Problems.Has(problems.FileUnreadable) {
		t.Errorf("the rest: %+v", r.returns)
	}
	if _, err := os.Stat(c.path(key)); !os.IsNotExist(err) {
		t.Errorf("the cache file is still there: %v", err)
	}
}
