package check

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readTable reads a tab-separated test table from testdata, skipping
// comment lines that start with "#".
func readTable(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func describeTarget(tg Target) (string, string) {
	flags := ""
	if tg.Cumulative {
		flags = "累计"
	}
	return tg.String(), flags
}

// TestTargetTable checks every target phrase of testdata/targets.tsv.
func TestTargetTable(t *testing.T) {
	rows := readTable(t, "targets.tsv")
	if len(rows) < 150 {
		t.Errorf("only %d target phrases; keep at least 150", len(rows))
	}
	for _, r := range rows {
		got, err := ParseTarget(r[0])
		if err != nil {
			t.Errorf("ParseTarget(%q): %v", r[0], err)
			continue
		}
		if s, flags := describeTarget(got); s != r[1] || flags != r[2] {
			t.Errorf("ParseTarget(%q) = %q %q, want %q %q", r[0], s, flags, r[1], r[2])
		}
	}
}

// TestSeedTargets checks every target phrase found in the five seed plans.
func TestSeedTargets(t *testing.T) {
	rows := readTable(t, "seed_targets.tsv")
	seeds := map[string]int{}
	for _, r := range rows {
		seeds[r[0]]++
		got, err := ParseTarget(r[1])
		if err != nil {
			t.Errorf("seed %s: ParseTarget(%q): %v", r[0], r[1], err)
			continue
		}
		if !got.Numeric() && !got.Relative {
			t.Errorf("seed %s: %q not recognized as a target", r[0], r[1])
		}
		if s, flags := describeTarget(got); s != r[2] || flags != r[3] {
			t.Errorf("seed %s: ParseTarget(%q) = %q %q, want %q %q", r[0], r[1], s, flags, r[2], r[3])
		}
	}
	if len(seeds) != 5 {
		t.Errorf("phrases from %d seeds, want all 5", len(seeds))
	}
}

// TestValueTable checks every actual value of testdata/values.tsv.
func TestValueTable(t *testing.T) {
	rows := readTable(t, "values.tsv")
	if len(rows) < 60 {
		t.Errorf("only %d values; keep at least 60", len(rows))
	}
	for _, r := range rows {
		q, err := ParseValue(r[0])
		got := q.String()
		if err != nil {
			got = "错误"
		}
		if got != r[1] {
			t.Errorf("ParseValue(%q) = %q, want %q", r[0], got, r[1])
		}
	}
}

// TestDeadlineTable checks every deadline of testdata/deadlines.tsv.
func TestDeadlineTable(t *testing.T) {
	rows := readTable(t, "deadlines.tsv")
	if len(rows) < 40 {
		t.Errorf("only %d deadlines; keep at least 40", len(rows))
	}
	for _, r := range rows {
		d, err := ParseDeadline(r[0])
		got := d.Format(2026)
		switch {
		case err != nil:
			got = "错误"
		case d.Open:
			got = "长期"
		}
		if got != r[1] {
			t.Errorf("ParseDeadline(%q) = %q, want %q", r[0], got, r[1])
		}
	}
}
