package plan

import (
	"strings"
	"testing"
)

// TestWithUnit checks how a target cell takes the unit of its row.
func TestWithUnit(t *testing.T) {
	tests := []struct{ target, unit, want string }{
		{"≥32", "%", "≥32%"},
		{"95以上", "%", "95%以上"},
		{"86", "亿元", "86亿元"},
		{"下降3", "%", "下降3%"},
		{"提高2个百分点", "%", "提高2个百分点"},
		{"98%", "%", "98%"},
		{"0", "起", "控制在0起"},
		{"8/10万以下", "", "8/10万以下"},
		{"全覆盖", "%", "全覆盖"},
	}
	for _, tt := range tests {
		t.Run(tt.target+tt.unit, func(t *testing.T) {
			if got := withUnit(tt.target, tt.unit); got != tt.want {
				t.Errorf("withUnit(%q, %q) = %q, want %q", tt.target, tt.unit, got, tt.want)
			}
		})
	}
}

// TestTableGoals reads the main indicators of a plan kept as a task
// table, written before the table: a table of their own, or a paragraph
// in a workbook's rows of one cell.
func TestTableGoals(t *testing.T) {
	tasks := [][]string{
		{"序号", "工作任务", "目标要求", "责任科室", "协同单位", "时间节点"},
		{"1", "做好甲项工作", "新建甲站3个。", "甲科", "乙科", "年底前"},
	}
	tests := []struct {
		name    string
		before  [][]string // a row of one cell is a paragraph
		lead    string     // leads/partners of task 0
		targets string
	}{
		{"indicator table", [][]string{
			{"表1  主要指标"},
			{"序号", "指标名称", "单位", "2029年目标", "责任单位"},
			{"1", "公交分担率", "%", "≥32", "甲科"},
			{"2", "固定资产投资", "亿元", "86", "乙科、丙公司"},
			{"3", "较大事故起数", "起", "0", "甲科"},
			{"4", "备注", "", "", ""},
		}, "甲科、乙科/丙公司", "公交分担率:≥32%|固定资产投资:达到86亿元|较大事故起数:控制在0起"},
		{"paragraphs in a sheet", [][]string{
			{"甲区文旅局2029年工作要点", "", ""},
			{"一、主要目标", "", ""},
			{"全区接待游客1650万人次，旅游总收入增长8%。", "", ""},
			{"以上目标由产业科牵头汇总，各科室配合。", "", ""},
			{"二、重点任务", "", ""},
		}, "产业科/", "接待游客:1650万人次|旅游总收入:增长8%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for _, r := range append(tt.before, tasks...) {
				l := Line{No: len(lines) + 1, Text: strings.Join(r, "\t")}
				if len(r) > 1 {
					l.Cells = r
				}
				lines = append(lines, l)
			}
			p := Parse(lines, Options{})
			if len(p.Items) != 2 || p.Items[0].ID != GoalsID {
				t.Fatalf("items %+v, want the goals and a task", p.Items)
			}
			g := p.Items[0]
			if got := strings.Join(g.Leads, "、") + "/" + strings.Join(g.Partners, "、"); got != tt.lead {
				t.Errorf("leads/partners %s, want %s", got, tt.lead)
			}
			var got []string
			for _, tg := range g.Targets {
				got = append(got, strings.TrimPrefix(tg.Expected, "全区")+":"+tg.Phrase)
			}
			if strings.Join(got, "|") != tt.targets {
				t.Errorf("targets %s, want %s", strings.Join(got, "|"), tt.targets)
			}
		})
	}
}
