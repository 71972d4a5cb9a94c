// Package scratch holds the temporary files of one run of qingdan: a
// large sheet inflated to be read, the parts of a workbook being written,
// the shards of a large merge. They live in one folder of the system's
// temporary folder, removed when the run ends or is stopped with Ctrl+C
// (Remove); the folders of runs that could not remove theirs (a crash, a
// power cut) are removed by a later run once they are a day old.
package scratch

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

// runPattern names the folders of runs.
const runPattern = "qingdan-run-*"

// leftovers are what runs before there were run folders left in the
// temporary folder itself.
var leftovers = []string{runPattern, "qingdan-merge-*", "qingdan-sheet-*", "qingdan-part-*"}

// staleAfter is how old another run's folder must be to be taken for the
// leftover of a run that was stopped: no run lasts a day.
const staleAfter = 24 * time.Hour

var (
	mu   sync.Mutex
	dir  string   // this run's folder; "" until the first file
	made []string // every folder this run made, for Remove
)

// root returns this run's folder, made at the first call, in the
// temporary folder the system names now.
func root() (string, error) {
	mu.Lock()
	defer mu.Unlock()
	if dir != "" && filepath.Dir(dir) == filepath.Clean(os.TempDir()) {
		if _, err := os.Stat(dir); err == nil {
			return dir, nil
		}
	}
	d, err := os.MkdirTemp("", runPattern)
	if err != nil {
		return "", err
	}
	dir = d
	made = append(made, d)
	sweep(d)
	return d, nil
}

// File creates a temporary file in this run's folder, named as
// os.CreateTemp names it from pattern.
func File(pattern string) (*os.File, error) {
	d, err := root()
	if err != nil {
		return nil, err
	}
	return os.CreateTemp(d, pattern)
}

// Dir creates a temporary folder in this run's folder.
func Dir(pattern string) (string, error) {
	d, err := root()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(d, pattern)
}

// Remove removes this run's folder and all in it, and the folders it had
// in temporary folders the system named before. A file still open
// where the system does not let one be removed (Windows) stays, for a
// later run to sweep.
func Remove() {
	mu.Lock()
	defer mu.Unlock()
	for _, d := range made {
		os.RemoveAll(d)
	}
	dir, made = "", nil
}

// sweep removes what other runs left beside mine, the folder just made:
// what is a day older than it. Its own time stands for now, so that
// nothing here reads the clock.
func sweep(mine string) {
	me, err := os.Stat(mine)
	if err != nil {
		return
	}
	for _, pattern := range leftovers {
		others, _ := filepath.Glob(filepath.Join(filepath.Dir(mine), pattern))
		for _, o := range others {
			if info, err := os.Stat(o); err == nil && o != mine && me.ModTime().Sub(info.ModTime()) > staleAfter {
				os.RemoveAll(o)
			}
		}
	}
}

// RunTests runs a package's tests (testing.M) and removes the run folder
// they made, as the command removes its own when it ends. A package whose
// tests make temporary files calls it from its TestMain.
func RunTests(m interface{ Run() int }) {
	code := m.Run()
	Remove()
	os.Exit(code)
}
