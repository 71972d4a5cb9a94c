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

// TestReportHistory reads two earlier periods from a --history folder:
// the bulletin is numbered one past them, says each unit's change and
// draws the trend.
func TestReportHistory(t *testing.T) {
	dir := t.TempDir()
	returns := sampleReturns(t)
	hist := filepath.Join(dir, "以前各期")
	for _, asOf := range []string{"2026-03-31", "2026-06-30"} {
		if _, stderr, code := qingdan(t, "merge", returns, "--as-of", asOf, "-o", filepath.Join(hist, asOf+".xlsx")); code != exitOK {
			t.Fatalf("merge as of %s: exit %d: %s", asOf, code, stderr)
		}
	}
	pdf := filepath.Join(dir, "通报.pdf")
	if _, stderr, code := qingdan(t, "report", returns, "--as-of", "2026-09-30", "--history", hist, "--org", "委办公室",
		"--date", "2026-10-08", "-o", pdf); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Pages(data)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(pages, "")
	for _, want := range []string{"委办公室督查通报\n第3期\n", "较上期", "图：总体完成率变化趋势", "牵头单位 3月31日 6月30日 9月30日", "2026年10月8日印发"} {
		if !strings.Contains(text, want) {
			t.Errorf("the bulletin lacks %q", want)
		}
	}
}
