package plan

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseSeed70 measures reading the 70-item seed plan.
func BenchmarkParseSeed70(b *testing.B) {
	matches, _ := filepath.Glob(filepath.Join(seedsDir, "002_*.txt"))
	if len(matches) != 1 {
		b.Skip("seed 002 not found beside the repository")
	}
	f, err := os.Open(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	lines, err := ReadText(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if p := Parse(lines, Options{}); len(p.Items) != 70 {
			b.Fatalf("%d items", len(p.Items))
		}
	}
}
