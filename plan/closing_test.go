package plan

import (
	"strings"
	"testing"
)

// TestClosingWords reads a plan whose last item is followed by words
// addressed to every unit: they are no part of the item, once the item has
// named its units.
func TestClosingWords(t *testing.T) {
	tests := []struct {
		name  string
		last  string // the paragraph after the last item
		leads string
		text  string // the item's text as read
		units string // the item's note, on its own line when it has no full stop; "办公室牵头，人事科配合。" if empty
	}{
		{"closing after units", "各科室、各单位要对照要点细化措施，确保按期完成。", "办公室", "组织培训8期。", ""},
		{"closing to the whole body", "全院各部门、各科室要对照本计划制定具体措施。", "办公室", "组织培训8期。", ""},
		{"closing to the bureau", "局机关各科室务必按时报送进展。", "办公室", "组织培训8期。", ""},
		{"closing to a long list", "各市州医疗保障局、局机关各处室、局直属各事业单位要认真抓好落实。", "办公室", "组织培训8期。", ""},
		{"closing with a date to report by", "各股室、各单位于每季度末月25日前将落实情况报局办公室，12月10日前报送全年总结。", "办公室", "组织培训8期。", ""},
		{"closing with a date after one addressee", "各科室于6月30日前报送半年进展。", "办公室", "组织培训8期。", ""},
		{"request to every unit", "请各单位于每季度末报送进展。", "办公室", "组织培训8期。", ""},
		{"closing after a line of units", "各科室要于6月30日前报送进展。", "办公室", "组织培训8期。", "\n牵头单位：办公室　责任单位：人事科"},
		{"page number between units and closing", "— 3 —\n各乡镇人民政府、县直有关部门要于7月10日前报送\n半年工作进展。", "办公室", "组织培训8期。", "\n责任单位：办公室、人事科"},
		{"page number inside a line of units", "科\n各科室要报送进展。", "办公室", "组织培训8期。", "\n责任单位：办公室、人事\n— 3 —"},
		// any other paragraph stays the item's, and its units are then no
		// longer its last sentence: a limit of the responsibility note
		{"other text stays the item's", "全年培训不少于50学时。", "", "组织培训8期。办公室牵头，人事科配合。全年培训不少于50学时。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := tt.units
			if units == "" {
				units = "办公室牵头，人事科配合。"
			}
			text := "甲局2029年工作要点\n一、加强自身建设\n（一）加强队伍建设。组织培训8期。" + units + "\n" + tt.last
			lines := linesOf(text)
			p := Parse(lines, Options{Year: 2029})
			if len(p.Items) != 1 {
				t.Fatalf("%d items, want 1", len(p.Items))
			}
			it := p.Items[0]
			if got := strings.Join(it.Leads, "、"); got != tt.leads || it.Content != tt.text {
				t.Errorf("leads %q, text %q; want %q, %q", got, it.Content, tt.leads, tt.text)
			}
			if got := strings.Join(it.Partners, "、"); tt.leads != "" && got != "人事科" {
				t.Errorf("partners %q, want 人事科", got)
			}
		})
	}
}
