package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMain keeps the returns the tests read in a cache folder of their
// own, never the user's: the tests after the first that read the samples
// take them from it, and their outputs must be the same.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "qingdan-test-cache-*")
	if err != nil {
		panic(err)
	}
	os.Setenv("QINGDAN_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestMergeFromCache: merge and check give the same bytes reading the
// returns, filling the cache, and taking them from it.
func TestMergeFromCache(t *testing.T) {
	returns := sampleReturns(t)
	out := t.TempDir()
	cache := filepath.Join(out, "缓存")
	var merged [][]byte
	var checked []string
	for i, c := range []string{"off", cache, cache} {
		t.Setenv("QINGDAN_CACHE", c)
		path := filepath.Join(out, []string{"不用缓存.xlsx", "写入缓存.xlsx", "读取缓存.xlsx"}[i])
		if _, stderr, code := qingdan(t, "merge", returns, "-o", path, "--as-of", "2026-09-30"); code != 0 {
			t.Fatalf("merge with QINGDAN_CACHE=%s: %d\n%s", c, code, stderr)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		merged = append(merged, b)
		stdout, _, _ := qingdan(t, "check", returns, "--as-of", "2026-09-30", "--json")
		checked = append(checked, stdout)
	}
	for i, what := range []string{"filling the cache", "from the cache"} {
		if string(merged[i+1]) != string(merged[0]) {
			t.Errorf("the merged workbook %s differs from the one read without it", what)
		}
		if checked[i+1] != checked[0] {
			t.Errorf("check --json %s differs from the one read without it", what)
		}
	}
	if n, _ := filepath.Glob(filepath.Join(cache, "*", "*.rec")); len(n) == 0 {
		t.Error("nothing was kept in the cache")
	}
}

// TestCacheDir: the cache is where QINGDAN_CACHE says, none for off, and
// else in the user's cache folder.
func TestCacheDir(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "QINGDAN_CACHE" {
				return v
			}
			return os.Getenv(k)
		}
	}
	if got := cacheDir(env("off")); got != "" {
		t.Errorf("QINGDAN_CACHE=off: %q", got)
	}
	if got := cacheDir(env("关")); got != "" {
		t.Errorf("QINGDAN_CACHE=关: %q", got)
	}
	if got := cacheDir(env("/srv/缓存")); got != "/srv/缓存" {
		t.Errorf("QINGDAN_CACHE=/srv/缓存: %q", got)
	}
	if base, err := os.UserCacheDir(); err == nil {
		if got, want := cacheDir(env("")), filepath.Join(base, "qingdan", "回收表"); got != want {
			t.Errorf("unset: %q, want %q", got, want)
		}
	}
}
