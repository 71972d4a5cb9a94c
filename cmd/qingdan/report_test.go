package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/internal/pdftext"
)

// TestReportChase writes the samples' 催办 notices and prints the chase
// list on stdout alone, ready to paste.
func TestReportChase(t *testing.T) {
	dir := t.TempDir()
	for _, out := range []string{"催办.pdf", "催办.docx"} {
		path := filepath.Join(dir, out)
		stdout, stderr, code := qingdan(t, "report", sampleReturns(t), "--kind", "催办", "--as-of", "2026-09-30", "--org", "委办公室", "-o", path)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if !strings.HasPrefix(stdout, "【催办】截至2026年9月30日") || !strings.Contains(stdout, "老龄健康处（本期未报送）") || strings.Contains(stdout, "已写入") {
			t.Errorf("stdout:\n%s", stdout)
		}
		if !strings.Contains(stderr, "已写入 "+path) {
			t.Errorf("stderr does not say what was written:\n%s", stderr)
		}
		if strings.HasSuffix(out, ".pdf") {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := pdftext.Pages(data)
			if err != nil {
				t.Fatal(err)
			}
			if units := strings.Count(stdout, "\n") - strings.Count(stdout, "\n   ") - 1; len(pages) != units {
				t.Errorf("%d pages for %d units", len(pages), units)
			}
		}
	}
}
