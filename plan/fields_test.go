package plan

import (
	"fmt"
	"strings"
	"testing"
)

// TestFieldRow reads rows of a key/value table: a label a task table's
// header could be, then its value.
func TestFieldRow(t *testing.T) {
	names := map[column]string{colContent: "content", colLead: "lead", colPartners: "partners", colDeadline: "deadline", colNote: "note"}
	tests := []struct {
		name string
		line Line
		want string // col=value|…, or "none"
	}{
		{"label and value as cells", Line{Cells: []string{"牵头科室", "宣传科"}}, "lead=宣传科"},
		{"label and value with a tab", Line{Text: "完成时限\t2031年9月底"}, "deadline=2031年9月底"},
		{"target label", Line{Cells: []string{"工作目标", "城市书房年接待读者50万人次。"}}, "content=城市书房年接待读者50万人次。"},
		{"placeholder value", Line{Cells: []string{"配合科室", "—"}}, "partners=—"},
		{"empty value", Line{Cells: []string{"配合科室", ""}}, "partners="},
		{"a cell spanning the row's columns", Line{Cells: []string{"备注", "按季度报送", ""}}, "note=按季度报送"},
		{"two pairs side by side", Line{Cells: []string{"牵头科室", "宣传科", "完成时限", "年底前"}}, "lead=宣传科|deadline=年底前"},
		{"a pair with its value empty", Line{Cells: []string{"配合科室", "", "完成时限", "年底前"}}, "partners=|deadline=年底前"},
		{"a header row", Line{Cells: []string{"工作任务", "牵头科室"}}, "none"},
		{"an unknown label", Line{Cells: []string{"联系人", "王某"}}, "none"},
		{"a task row", Line{Cells: []string{"建设城市书房", "宣传科"}}, "none"},
		{"a second label unknown", Line{Cells: []string{"牵头科室", "宣传科", "联系人", "王某"}}, "none"},
		{"one cell", Line{Cells: []string{"牵头科室"}}, "none"},
		{"a paragraph", Line{Text: "牵头科室：宣传科"}, "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, ok := fieldRow(tt.line)
			got := "none"
			if ok {
				var parts []string
				for _, f := range fs {
					parts = append(parts, names[f.col]+"="+f.value)
				}
				got = strings.Join(parts, "|")
			}
			if got != tt.want {
				t.Errorf("fieldRow(%q) = %s, want %s", tt.line.Text+strings.Join(tt.line.Cells, "|"), got, tt.want)
			}
		})
	}
}

// TestKeyValueRows reads tasks that are headings, each followed by its
// measures and a small table of label and value rows: the rows give the
// task's targets, units, deadline and note, and their labels are no part
// of its text.
func TestKeyValueRows(t *testing.T) {
	cells := func(c ...string) Line { return Line{Text: strings.Join(c, "\t"), Cells: c} }
	text := func(s string) Line { return Line{Text: s} }
	head := []Line{text("2031年文化工作任务分解"), text("一、公共文化服务"), text("1.建设城市书房"), text("新建城市书房12个，推动总分馆服务向社区延伸。")}
	tests := []struct {
		name string
		rows []Line
		want string // leads/partners/note/deadline/targets
	}{
		{"rows of a document's table",
			[]Line{cells("工作目标", "城市书房年接待读者达到50万人次。"), cells("牵头科室", "公共服务科"), cells("配合科室", "财务科、宣传科"), cells("完成时限", "2031年10月底")},
			"公共服务科/财务科、宣传科//2031年10月底/新建城市书房=12个;城市书房年接待读者=达到50万人次"},
		{"rows pasted with tabs",
			[]Line{text("工作目标\t城市书房年接待读者达到50万人次。"), text("牵头科室\t公共服务科"), text("配合科室\t财务科"), text("完成时限\t2031年10月底")},
			"公共服务科/财务科//2031年10月底/新建城市书房=12个;城市书房年接待读者=达到50万人次"},
		{"co-leads and no partners",
			[]Line{cells("牵头科室", "公共服务科、产业科"), cells("配合科室", "—"), cells("完成时限", "全年")},
			"公共服务科、产业科///全年/新建城市书房=12个"},
		{"a collective phrase among the partners",
			[]Line{cells("牵头科室", "公共服务科"), cells("配合科室", "财务科、各区文化馆")},
			"公共服务科/财务科/配合：各区文化馆/2031年底前/新建城市书房=12个"},
		{"pairs side by side and a note",
			[]Line{cells("牵头科室", "公共服务科", "配合科室", "财务科"), cells("完成时限", "2031年6月底", "备注", "按季度报送进展")},
			"公共服务科/财务科/按季度报送进展/2031年6月底/新建城市书房=12个"},
		{"a row of partners under a note naming the lead",
			[]Line{text("（公共服务科牵头）"), cells("配合科室", "财务科")},
			"公共服务科/财务科//2031年底前/新建城市书房=12个"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append([]Line(nil), head...), tt.rows...)
			lines = append(lines, text("2.举办全民阅读活动"), text("全年举办阅读推广活动200场。"), cells("牵头科室", "宣传科"))
			for i := range lines {
				lines[i].No = i + 1
			}
			p := Parse(lines, Options{Year: 2031})
			if len(p.Items) != 2 {
				t.Fatalf("%d items, want 2: %+v", len(p.Items), p.Items)
			}
			it := p.Items[0]
			var targets []string
			for _, tg := range it.Targets {
				targets = append(targets, tg.Expected+"="+tg.Phrase)
			}
			got := fmt.Sprintf("%s/%s/%s/%s/%s", strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), it.Note, it.Deadline, strings.Join(targets, ";"))
			if got != tt.want {
				t.Errorf("item 1\ngot  %s\nwant %s", got, tt.want)
			}
			if it.Title != "建设城市书房" || strings.Contains(it.Content, "\t") || strings.Contains(it.Content, "科室") {
				t.Errorf("item 1 title %q, content %q: a row's label is in the text", it.Title, it.Content)
			}
			if next := p.Items[1]; next.ID != "2" || strings.Join(next.Leads, "、") != "宣传科" {
				t.Errorf("item 2 %s led by %v, want 2 led by 宣传科", next.ID, next.Leads)
			}
		})
	}
}
