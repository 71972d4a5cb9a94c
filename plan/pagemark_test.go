package plan

import (
	"strings"
	"testing"
)

// TestPageMarks reads a page's number left between an item's line of
// units and what follows, as a PDF paste or an OA system's export keeps
// it: no part of the units.
func TestPageMarks(t *testing.T) {
	tests := []struct{ name, mark string }{
		{"dashes", "— 2 —"},
		{"page of pages", "第 4 页 共 9 页"},
		{"page of pages in dashes", "——第1页 共3页——"},
		{"page in hyphens", "- 第2页 -"},
		{"slash in dashes", "—第2页/共5页—"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "一、重点工作\n1、做好甲项工作。全年完成培训100人次。\n责任单位：甲股、乙股\n" + tt.mark + "\n二、其他工作\n2、做好乙项工作。全年完成检查20次。\n责任单位：丙股"
			p := Parse(linesOf(text), Options{Year: 2050})
			if len(p.Items) != 2 {
				t.Fatalf("%d items, want 2", len(p.Items))
			}
			if got := strings.Join(p.Items[0].Partners, "、"); got != "乙股" {
				t.Errorf("partners %q, want 乙股", got)
			}
		})
	}
}
