package plan

import (
	"testing"

	"github.com/qingdan/qingdan/internal/golden"
)

// TestTables reads task tables (任务分解表) written for the purpose, in
// every layout offices publish them: text pasted from a web page with tab
// or space separated cells, a Word table written by a small program and the
// same table saved by LibreOffice (merged cells, a repeated header row).
func TestTables(t *testing.T) {
	for _, name := range []string{"table_pasted_tabs.txt", "table_pasted_spaces.txt", "table_word.docx", "table_libreoffice.docx"} {
		t.Run(name, func(t *testing.T) {
			p := Parse(readFixture(t, name), Options{File: name})
			if len(p.Items) != 8 {
				t.Errorf("%d items, want 8", len(p.Items))
			}
			golden.Check(t, name+".golden", describe(p))
		})
	}
}
