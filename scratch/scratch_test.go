package scratch

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func useTemp(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	for _, v := range []string{"TMPDIR", "TMP", "TEMP"} { // os.TempDir's, on every system
		t.Setenv(v, tmp)
	}
	t.Cleanup(Remove)
	return tmp
}

// A run's files are in its own folder, and Remove takes them all.
func TestRemove(t *testing.T) {
	tmp := useTemp(t)
	f, err := File("sheet-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	d, err := Dir("merge-*")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(filepath.Dir(f.Name())) != tmp || filepath.Dir(f.Name()) != filepath.Dir(d) {
		t.Errorf("file %s and folder %s are not in one run folder of %s", f.Name(), d, tmp)
	}
	Remove()
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left after Remove: %v", left)
	}
	// A run goes on after Remove, in a new folder.
	g, err := File("part-*")
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
}

// What a run that was stopped left is removed by the next, once a day
// old; a run going on now, and files not qingdan's, are not.
func TestSweep(t *testing.T) {
	tmp := useTemp(t)
	now := time.Now()
	made := map[string]bool{} // name → kept
	for name, age := range map[string]time.Duration{
		"qingdan-run-1": 49 * time.Hour, "qingdan-merge-1": 49 * time.Hour, "qingdan-sheet-1": 49 * time.Hour,
		"qingdan-part-1": 49 * time.Hour, "qingdan-run-2": time.Hour, "someone-else": 49 * time.Hour,
	} {
		p := filepath.Join(tmp, name)
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, now.Add(-age), now.Add(-age))
		made[name] = age < staleAfter || name == "someone-else"
	}
	f, err := File("x-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	for name, kept := range made {
		if _, err := os.Stat(filepath.Join(tmp, name)); (err == nil) != kept {
			t.Errorf("%s: kept %v, want %v", name, err == nil, kept)
		}
	}
}

// A run whose temporary folder changed on the way (a test, a setting
// changed) leaves no folder in either.
func TestRemoveEveryFolder(t *testing.T) {
	first := useTemp(t)
	f, err := File("sheet-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	second := useTemp(t)
	g, err := File("sheet-*")
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	Remove()
	for _, tmp := range []string{first, second} {
		if left, _ := os.ReadDir(tmp); len(left) != 0 {
			t.Errorf("left in %s after Remove: %v", tmp, left)
		}
	}
}
