package plan

import (
	"strings"
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

// FuzzParse feeds plan text, prose and tables, to Parse: it must not
// panic, and every item it finds has an ID.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"一、甲\n（一）做好工作。（牵头单位：甲处、乙处；配合单位：各相关处室）",
		"序号\t重点任务\t牵头单位\t完成时限\n一、甲\n1\t做好工作\t甲处牵头，乙处配合\t持续推进",
		"序号  重点任务  具体内容  责任单位\n1  做好  新建8家  甲处、乙处",
		"11.121人才\n1、2026年",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var lines []Line
		for i, l := range strings.Split(s, "\n") {
			lines = append(lines, Line{No: i + 1, Text: l})
		}
		for _, it := range Parse(lines, Options{}).Items {
			if it.ID == "" {
				t.Errorf("an item without an ID in %q", s)
			}
		}
	})
}
