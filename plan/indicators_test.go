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
// table, written before the table or after it: a table of their own, or
// a paragraph in a workbook's rows of one cell.
func TestTableGoals(t *testing.T) {
	tasks := [][]string{
		{"序号", "工作任务", "目标要求", "责任科室", "协同单位", "时间节点"},
		{"1", "做好甲项工作", "新建甲站3个。", "甲科", "乙科", "年底前"},
	}
	tests := []struct {
		name    string
		before  [][]string // a row of one cell is a paragraph
		after   [][]string
		lead    string // leads/partners of task 0
		targets string
	}{
		{"indicator table", [][]string{
			{"表1  主要指标"},
			{"序号", "指标名称", "单位", "2029年目标", "责任单位"},
			{"1", "公交分担率", "%", "≥32", "甲科"},
			{"2", "固定资产投资", "亿元", "86", "乙科、丙公司"},
			{"3", "较大事故起数", "起", "0", "甲科"},
			{"4", "备注", "", "", ""},
		}, nil, "甲科、乙科/丙公司", "公交分担率:≥32%|固定资产投资:达到86亿元|较大事故起数:控制在0起"},
		{"indicator table after the tasks", nil, [][]string{
			{"附表：主要指标"},
			{"序号", "指标名称", "单位", "目标值", "责任科室"},
			{"1", "一般公共预算收入", "亿元", "3.6", "丙科"},
			{"2", "城镇调查失业率", "%", "5.5以内", "甲科"},
		}, "丙科、甲科/", "一般公共预算收入:达到3.6亿元|城镇调查失业率:5.5%以内"},
		{"indicator table right after the tasks", nil, [][]string{
			{"序号", "指标名称", "单位", "目标值", "责任科室"},
			{"1", "新增就业", "人", "1200", "甲科"},
		}, "甲科/", "新增就业:1200人"},
		{"paragraphs in a sheet", [][]string{
			{"甲区文旅局2029年工作要点", "", ""},
			{"一、主要目标", "", ""},
			{"全区接待游客1650万人次，旅游总收入增长8%。", "", ""},
			{"以上目标由产业科牵头汇总，各科室配合。", "", ""},
			{"二、重点任务", "", ""},
		}, nil, "产业科/", "接待游客:1650万人次|旅游总收入:增长8%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for _, r := range append(append(tt.before, tasks...), tt.after...) {
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

// TestProseGoalsTable reads a table of the main indicators in a plan of
// text: before its tasks or after them, its targets in the unit of
// their row, its note or its 责任单位 cells naming the leads, no part of
// the task before it.
func TestProseGoalsTable(t *testing.T) {
	const tasks = "一、重点工作\n（一）做好甲项工作。新建甲站3个。（甲科负责）\n（二）做好乙项工作。（乙科负责）\n"
	tests := []struct {
		name, text string
		lead       string
		targets    string
	}{
		{"before the tasks, a unit column",
			"甲院2030年重点工作计划\n全年主要工作指标如下表。\n序号\t指标\t单位\t目标值\n1\t门急诊人次\t万人次\t≥92\n2\t平均住院日\t天\t≤7.2\n3\t三、四级手术占比\t%\t提高3个百分点\n以上指标由运营部牵头监测，各科室配合。\n" + tasks,
			"运营部", "门急诊人次:≥92万人次|平均住院日:≤7.2天|三、四级手术占比:提高3个百分点"},
		{"after the tasks, a duty column",
			"甲院2030年重点工作计划\n" + tasks + "附表：主要指标\n序号\t指标名称\t单位\t目标值\t责任科室\n1\t出院人次\t万人次\t4.2\t丙科\n2\t患者满意度\t%\t95以上\t丁科\n",
			"丙科、丁科", "出院人次:4.2万人次|患者满意度:95%以上"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for i, s := range strings.Split(tt.text, "\n") {
				l := Line{No: i + 1, Text: s}
				if strings.Contains(s, "\t") {
					l.Cells = strings.Split(s, "\t")
				}
				lines = append(lines, l)
			}
			p := Parse(lines, Options{})
			if len(p.Items) != 3 || p.Items[0].ID != GoalsID {
				t.Fatalf("items %+v, want the goals and two tasks", p.Items)
			}
			g := p.Items[0]
			if got := strings.Join(g.Leads, "、"); got != tt.lead {
				t.Errorf("leads %s, want %s", got, tt.lead)
			}
			var got []string
			for _, tg := range g.Targets {
				got = append(got, tg.Expected+":"+tg.Phrase)
			}
			if strings.Join(got, "|") != tt.targets {
				t.Errorf("targets %s, want %s", strings.Join(got, "|"), tt.targets)
			}
			if last := p.Items[2]; len(last.Targets) != 0 || strings.Contains(last.Content, "满意度") {
				t.Errorf("the last task took the table: %+v", last)
			}
		})
	}
}
