package plan

import (
	"strings"
	"testing"
)

func linesOf(text string) []Line {
	var lines []Line
	for i, t := range strings.Split(text, "\n") {
		lines = append(lines, Line{No: i + 1, Text: t})
	}
	return lines
}

// TestGoals checks that the year's main target indicators, written in a
// paragraph that belongs to no task, become task 0 with one outcome each.
func TestGoals(t *testing.T) {
	const tasks = "二、重点任务\n（一）推进医联体建设。新建紧密型医联体3个。（医政科牵头）\n（二）加强疾病防控。（疾控科牵头）"
	tests := []struct {
		name, text string
		section    string
		lead       string
		targets    []string // subject|phrase
	}{
		{"before the first heading",
			"2027年全县卫生健康工作要点\n主要目标：居民健康素养水平达到32%以上，孕产妇死亡率控制在9/10万以下。\n一、总体要求\n坚持以人民健康为中心。\n" + tasks,
			"", "", []string{"居民健康素养水平|达到32%以上", "孕产妇死亡率|控制在9/10万以下"}},
		{"under its own heading",
			"一、主要目标\n到2027年底，全县婴儿死亡率控制在4‰以下，家庭医生签约服务覆盖率达到45%。（规划科牵头，各科室配合）\n" + tasks,
			"主要目标", "规划科", []string{"婴儿死亡率|控制在4‰以下", "家庭医生签约服务覆盖率|达到45%"}},
		{"under 总体目标",
			"一、总体目标\n全年道路交通事故死亡人数同比下降8%，万车死亡率控制在1.6以下。（交警大队牵头统计，各成员单位配合）\n" + tasks,
			"总体目标", "交警大队", []string{"道路交通事故死亡人数|下降8%", "万车死亡率|控制在1.6以下"}},
		{"after the general requirements",
			"一、总体要求\n全年工作的总体要求是：巩固成果，补齐短板。主要预期目标是：人均预期寿命达到80岁以上。\n" + tasks,
			"总体要求", "", []string{"人均预期寿命|达到80岁以上"}},
		{"one indicator a line",
			"一、总体要求\n主要目标指标\n居民健康素养水平达到33%。\n每千人口执业医师数达到3.2人。\n全县上下要统一思想。\n" + tasks,
			"总体要求", "", []string{"居民健康素养水平|达到33%", "每千人口执业医师数|达到3.2人"}},
		{"a table pasted with tabs",
			"一、年度主要指标\n序号\t指标\t目标值\n1\t网络直报率\t≥99%\n2\t重大慢性病过早死亡率\t≤13.5%\n以上指标由业务科牵头汇总，各业务所配合。\n" + tasks,
			"年度主要指标", "业务科", []string{"网络直报率|≥99%", "重大慢性病过早死亡率|≤13.5%"}},
		{"a table after a line that introduces it",
			"一、主要目标\n全县主要目标如下：\n序号\t指标名称\t目标值\n1\t事故死亡人数\t比上年下降10%\n2\t应急避难场所\t3个\n（主要目标由综合股牵头，各股室按职责分工负责。）\n" + tasks,
			"主要目标", "综合股", []string{"事故死亡人数|下降10%", "应急避难场所|3个"}},
		{"the sentence names the year",
			"一、总体要求\n坚持稳中求进。全年主要预期目标是：养老机构护理型床位占比达到60%。以上指标由规划股牵头监测，各股室配合。\n" + tasks,
			"总体要求", "规划股", []string{"养老机构护理型床位占比|达到60%"}},
		{"the sentence names the place and the work",
			"一、总体要求\n坚持稳中求进。2030年全县民政工作的主要目标是：孤儿基本生活保障标准不低于1600元。\n" + tasks,
			"总体要求", "", []string{"孤儿基本生活保障标准|不低于1600元"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{})
			if len(p.Items) != 3 {
				t.Fatalf("%d items, want the goals and 2 tasks", len(p.Items))
			}
			g := p.Items[0]
			if g.ID != GoalsID || g.Title != GoalsTitle || g.Section != tt.section || strings.Join(g.Leads, "、") != tt.lead {
				t.Errorf("goals = %s %q [%s] lead %q", g.ID, g.Title, g.Section, g.Leads)
			}
			var got []string
			for _, tg := range g.Targets {
				got = append(got, tg.Expected+"|"+tg.Phrase)
			}
			if strings.Join(got, "\n") != strings.Join(tt.targets, "\n") {
				t.Errorf("targets\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.targets, "\n"))
			}
			if p.Items[1].ID != "1" || len(p.Items[1].Targets) != 1 {
				t.Errorf("first task %s with %d targets", p.Items[1].ID, len(p.Items[1].Targets))
			}
		})
	}
}

// TestNoGoals checks what is not a paragraph of main targets.
func TestNoGoals(t *testing.T) {
	tests := []struct{ name, text string }{
		{"inside a task", "一、重点任务\n（一）推进医联体建设。主要目标：新建紧密型医联体3个。（医政科牵头）\n（二）加强疾病防控。（疾控科牵头）"},
		{"after words of a sentence", "一、总体要求\n坚持稳中求进。为实现全年主要目标：持续推进，力争群众满意度达到90%。\n二、重点任务\n（一）推进医联体建设。（医政科牵头）\n（二）加强疾病防控。（疾控科牵头）"},
		{"inside a sentence", "一、总体要求\n围绕健康县建设的主要目标：持续推进，力争群众满意度达到90%。\n二、重点任务\n（一）推进医联体建设。（医政科牵头）\n（二）加强疾病防控。（疾控科牵头）"},
		{"no number", "一、总体要求\n主要目标：卫生健康事业高质量发展。\n二、重点任务\n（一）推进医联体建设。（医政科牵头）\n（二）加强疾病防控。（疾控科牵头）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{})
			for _, it := range p.Items {
				if it.ID == GoalsID || it.Title == GoalsTitle {
					t.Errorf("a goals task from %q", tt.text)
				}
			}
			if len(p.Items) != 2 {
				t.Errorf("%d items, want 2", len(p.Items))
			}
		})
	}
}

// TestDeadlineInName checks that a deadline word inside an indicator's
// name (高校毕业生年底就业率) is not taken for the item's deadline.
func TestDeadlineInName(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"in a name", "一、就业\n（一）做好高校毕业生就业。离校未就业高校毕业生年底就业率达到90%以上。（就业科牵头）", "2027年底前"},
		{"in a name and in the text", "一、就业\n（一）做好高校毕业生就业。离校未就业高校毕业生年底就业率达到90%以上，6月底前出台帮扶办法。（就业科牵头）", "6月底前"},
		{"its own", "一、就业\n（一）做好高校毕业生就业。年底前募集见习岗位500个。（就业科牵头）", "年底前"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{Year: 2027})
			if len(p.Items) != 1 {
				t.Fatalf("%d items", len(p.Items))
			}
			if got := p.Items[0].Deadline; got != tt.want {
				t.Errorf("deadline %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAppendedIndicators reads a table of the main indicators appended
// under "附件" after the tasks, typed with spaces in paragraphs or
// pasted with tabs: task 0, as the same table before the tasks is.
func TestAppendedIndicators(t *testing.T) {
	const tasks = "一、重点任务\n（一）推进甲项工作。（甲股负责）\n（二）推进乙项工作。（乙股负责）\n"
	tests := []struct {
		name, text string
		lead       string
		targets    []string // subject|phrase
	}{
		{"typed with full-width spaces", tasks + "附件\n2058年主要指标\n序号　　指标名称　　　　单位　　目标值　　责任股室\n1　　　甲项收购量　　　万吨　　≥12　　　甲股\n2　　　乙项完成率　　　%　　　 不低于95　乙股",
			"甲股、乙股", []string{"甲项收购量|≥12万吨", "乙项完成率|不低于95%"}},
		{"pasted with tabs", tasks + "附件1\n主要指标\n序号\t指标名称\t目标值\t责任股室\n1\t甲项覆盖率\t100%\t甲股",
			"甲股", []string{"甲项覆盖率|100%"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{Year: 2058})
			if len(p.Items) != 3 {
				t.Fatalf("%d items, want the goals and 2 tasks", len(p.Items))
			}
			g := p.Items[0]
			if g.ID != GoalsID || strings.Join(g.Leads, "、") != tt.lead {
				t.Errorf("goals = %s lead %q", g.ID, g.Leads)
			}
			var got []string
			for _, tg := range g.Targets {
				got = append(got, tg.Expected+"|"+tg.Phrase)
			}
			if strings.Join(got, "\n") != strings.Join(tt.targets, "\n") {
				t.Errorf("targets\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.targets, "\n"))
			}
			if c := p.Items[2].Content; strings.Contains(c, "指标") {
				t.Errorf("last task's text %q holds the appendix", c)
			}
		})
	}
}

// TestAttachmentList checks that a list of attachments still ends a plan.
func TestAttachmentList(t *testing.T) {
	p := Parse(linesOf("一、重点任务\n（一）推进甲项工作，覆盖率达到90%。（甲股负责）\n附件：1.甲项工作台账\n序号　　名称　　责任股室\n1　　　甲项台账　　甲股"), Options{Year: 2058})
	if len(p.Items) != 1 {
		t.Fatalf("%d items, want 1", len(p.Items))
	}
	if strings.Contains(p.Items[0].Content, "台账") {
		t.Errorf("task's text %q holds the attachment", p.Items[0].Content)
	}
}
