package plan

import (
	"fmt"
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

// TestTableGroupInNumberColumn reads a table whose group rows are
// numbered in the 序号 column and whose 序号 restarts in every group.
func TestTableGroupInNumberColumn(t *testing.T) {
	text := "序号\t重点任务\t责任单位\t配合单位\t完成时限\n" +
		"一\t深化改革\t\t\t\n" +
		"1\t推进甲项改革，覆盖率达到80%。\t甲科\t乙科\t6月底\n" +
		"2\t推进乙项改革。\t乙科、丙科\t\t年底前\n" +
		"二\t加强保障\t\t\t\n" +
		"1\t做好丙项保障。\t丙科牵头，甲科配合\t\t持续推进\n"
	lines := linesOf(strings.TrimSpace(text))
	p := Parse(lines, Options{Year: 2026})
	var got []string
	for _, it := range p.Items {
		got = append(got, fmt.Sprintf("%s[%s]%s:%s/%s:%s", it.ID, it.Section, it.Title, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), it.Deadline))
	}
	want := "1.1[深化改革]推进甲项改革，覆盖率达到80%:甲科/乙科:6月底|1.2[深化改革]推进乙项改革:乙科、丙科/:年底前|2.1[加强保障]做好丙项保障:丙科/甲科:2026年底前"
	if strings.Join(got, "|") != want {
		t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "|"), strings.ReplaceAll(want, "|", "\n"))
	}
}

// TestTableGroupNumberedOver reads a row numbered 1 with a name only over
// rows numbered 1.1, 1.2: a group, not a task; a row with a name only
// over a row numbered 2 is a task without units.
func TestTableGroupNumberedOver(t *testing.T) {
	header := "序号\t工作任务\t目标要求\t牵头股室\t配合单位\t完成时限\n"
	tests := []struct{ name, rows, want string }{
		{"group over decimals", "1\t扩大有效投资\n1.1\t建设项目\t储备项目120个。\t投资股\t县住建局\t年底前\n1.2\t争取资金\t争取资金3亿元。\t财金股\t\t年底前\n2\t促进消费\n2.1\t提振消费\t举办活动20场。\t商务股\t\t全年",
			"1.1[扩大有效投资]投资股/县住建局|1.2[扩大有效投资]财金股/|2.1[促进消费]商务股/"},
		{"full-width number and a blank row", "１\t扩大有效投资\n\n1．1\t建设项目\t储备项目120个。\t投资股\t\t年底前",
			"1.1[扩大有效投资]投资股/"},
		{"a task without units before the next", "1\t建设项目\t储备项目120个。\t\t\t年底前\n2\t争取资金\t争取资金3亿元。\t财金股\t\t年底前",
			"1[]/|2[]财金股/"},
		{"a task named only before its parts", "1\t建设项目\n2\t争取资金\t争取资金3亿元。\t财金股\t\t年底前",
			"1[]/|2[]财金股/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range Parse(linesOf(header+tt.rows), Options{Year: 2041}).Items {
				got = append(got, fmt.Sprintf("%s[%s]%s/%s", it.ID, it.Section, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、")))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestTableSubTasks reads a table whose 序号 holds three levels: "一、"
// a group, "1." a key task, "(1)" a sub-task cited under its key task; a
// key task naming only its sub-tasks' group is no task.
func TestTableSubTasks(t *testing.T) {
	header := []string{"序号", "工作任务", "目标指标", "牵头科室", "配合科室", "完成时限"}
	tests := []struct {
		name string
		rows [][]string
		want string // ID[section]leads/partners[targets] joined by |
	}{
		{"numbers run on across groups", [][]string{
			{"一、", "改善甲项服务"},
			{"1.", "推进甲项工作", "甲项覆盖率达到90%以上。", "甲科", "乙科", "2047年6月"},
			{"2.", "加强乙项建设"},
			{"(1)", "完善乙项网络", "新增乙项站点6个。", "乙科", "丙中心", "2047年9月"},
			{"(2)", "提升乙项能力", "乙项处置时间缩短至30分钟。", "丙科", "", "2047年12月"},
			{"二、", "筑牢丙项基础"},
			{"3.", "做好丙项工作", "丙项达标率不低于95%。", "丙科、丁科", "甲中心", "全年"},
		}, "1[改善甲项服务]甲科/乙科[甲项覆盖率:达到90%以上]|" +
			"2.1[改善甲项服务]乙科/丙中心[新增乙项站点:6个]|" +
			"2.2[改善甲项服务]丙科/[乙项处置时间:缩短至30分钟]|" +
			"3[筑牢丙项基础]丙科、丁科/甲中心[丙项达标率:不低于95%]"},
		{"full-width brackets", [][]string{
			{"1.", "加强乙项建设"},
			{"（1）", "完善乙项网络", "新增乙项站点6个。", "乙科", "", "2047年9月"},
			{"（2）", "提升乙项能力", "", "丙科", "", "2047年12月"},
			{"2.", "做好丙项工作", "", "丙科", "", "全年"},
		}, "1.1[]乙科/[新增乙项站点:6个]|1.2[]丙科/[]|2[]丙科/[]"},
		{"a key task with units of its own", [][]string{
			{"1.", "加强乙项建设", "", "乙科", "", "全年"},
			{"(1)", "完善乙项网络", "", "丙科", "", "2047年9月"},
		}, "1[]乙科/[]|1.1[]丙科/[]"},
		{"numbers restart in every group", [][]string{
			{"一、", "改善甲项服务"},
			{"1.", "加强乙项建设"},
			{"(1)", "完善乙项网络", "", "乙科", "", "2047年9月"},
			{"二、", "筑牢丙项基础"},
			{"1.", "做好丙项工作", "", "丙科", "", "全年"},
		}, "1.1.1[改善甲项服务]乙科/[]|2.1[筑牢丙项基础]丙科/[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := tableLines(header, tt.rows)
			var got []string
			for _, it := range Parse(lines, Options{Year: 2047}).Items {
				var targets []string
				for _, tg := range it.Targets {
					targets = append(targets, tg.Expected+":"+tg.Phrase)
				}
				got = append(got, fmt.Sprintf("%s[%s]%s/%s[%s]", it.ID, it.Section, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), strings.Join(targets, ",")))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.ReplaceAll(tt.want, "|", "\n"))
			}
		})
	}
}

// TestTableGroupColumnRestarts reads tables whose first column names the
// group (merged down, so every row repeats it) without a numeral, and whose
// 序号 starts again in every group: the groups are numbered as they come.
func TestTableGroupColumnRestarts(t *testing.T) {
	header := []string{"板块", "序号", "工作内容", "牵头科室", "协同科室"}
	tests := []struct {
		name string
		rows [][]string
		want string
	}{
		{"restarts", [][]string{
			{"民生保障", "1", "做好甲项。", "甲科", "乙科"},
			{"民生保障", "2", "做好乙项。", "乙科", ""},
			{"基层治理", "1", "做好丙项。", "丙科", "甲科"},
			{"作风建设", "1", "做好丁项。", "丁科", ""},
			{"作风建设", "2", "做好戊项。", "甲科", ""},
		}, "1.1[民生保障]|1.2[民生保障]|2.1[基层治理]|3.1[作风建设]|3.2[作风建设]"},
		{"runs on", [][]string{
			{"民生保障", "1", "做好甲项。", "甲科", "乙科"},
			{"基层治理", "2", "做好丙项。", "丙科", "甲科"},
			{"基层治理", "3", "做好丁项。", "丁科", ""},
		}, "1[民生保障]|2[基层治理]|3[基层治理]"},
		{"numbered groups", [][]string{
			{"一、民生保障", "1", "做好甲项。", "甲科", "乙科"},
			{"一、民生保障", "2", "做好乙项。", "乙科", ""},
			{"三、基层治理", "1", "做好丙项。", "丙科", "甲科"},
		}, "1.1[民生保障]|1.2[民生保障]|3.1[基层治理]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := tableLines(header, tt.rows)
			var got []string
			for _, it := range Parse(lines, Options{Year: 2026}).Items {
				got = append(got, it.ID+"["+it.Section+"]")
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("items %s, want %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestTableTwoRowHeader reads a table whose 责任单位 header spans 牵头单位
// and 配合单位 in the row below, as a Word or Excel table gives it with its
// merged cells filled.
func TestTableTwoRowHeader(t *testing.T) {
	rows := [][]string{
		{"序号", "重点任务", "责任单位", "", "完成时限"},
		{"序号", "重点任务", "牵头单位", "配合单位", "完成时限"},
		{"1", "做好甲项工作。", "甲科、乙科", "丙科", "年底前"},
	}
	var lines []Line
	for i, r := range rows {
		lines = append(lines, Line{No: i + 1, Text: strings.Join(r, "\t"), Cells: r})
	}
	p := Parse(lines, Options{Year: 2026})
	if len(p.Items) != 1 || strings.Join(p.Items[0].Leads, "、") != "甲科、乙科" || strings.Join(p.Items[0].Partners, "、") != "丙科" {
		t.Errorf("items %+v", p.Items)
	}
}

// TestTableTwoRowHeaderPasted reads a header of two rows pasted from a
// spreadsheet as text, the cells merged over both rows empty in the second.
func TestTableTwoRowHeaderPasted(t *testing.T) {
	tests := []struct {
		name, text, leads, partners string
	}{
		{"units spanned", "序号\t重点任务\t任务目标\t责任单位\t\t完成时间\n" +
			"\t\t\t牵头单位\t配合单位\t\n" +
			"1\t甲项改造\t完成甲项改造30个。\t甲科\t乙中心、丙局\t11月底前\n", "甲科", "乙中心、丙局"},
		{"roles spanned, no tail", "序号\t工作任务\t责任分工\t\n" +
			"\t\t牵头处室\t协同处室\n" +
			"1\t推进乙项工作，覆盖率达到90%。\t乙处\t甲处\n", "乙处", "甲处"},
		{"a first row of data is no header", "序号\t重点任务\t责任单位\t配合单位\n" +
			"1\t推进丙项工作。\t丙科\t丁科\n", "丙科", "丁科"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{Year: 2058})
			if len(p.Items) != 1 {
				t.Fatalf("%d items, want 1: %+v", len(p.Items), p.Items)
			}
			if got := strings.Join(p.Items[0].Leads, "、"); got != tt.leads {
				t.Errorf("leads %q, want %q", got, tt.leads)
			}
			if got := strings.Join(p.Items[0].Partners, "、"); got != tt.partners {
				t.Errorf("partners %q, want %q", got, tt.partners)
			}
		})
	}
}

// TestTableMergedNumber reads a task whose 序号 and 重点任务 cells are
// merged over rows of its own measures, each with its own lead.
func TestTableMergedNumber(t *testing.T) {
	rows := [][]string{
		{"序号", "重点任务", "具体内容", "牵头单位", "完成时限"},
		{"1", "做好甲项工作", "完成甲一。", "甲科", "6月底"},
		{"2", "做好乙项工作", "完成乙一，覆盖率达到90%。", "乙科", "9月底"},
		{"2", "做好乙项工作", "完成乙二。", "丙科", "年底前"},
		{"3", "做好丙项工作", "完成丙一。", "丙科", "年底前"},
	}
	var lines []Line
	for i, r := range rows {
		lines = append(lines, Line{No: i + 1, Text: strings.Join(r, "\t"), Cells: r})
	}
	p := Parse(lines, Options{Year: 2026})
	var got []string
	for _, it := range p.Items {
		got = append(got, it.ID+":"+strings.Join(it.Leads, "、"))
	}
	if strings.Join(got, " ") != "1:甲科 2.1:乙科 2.2:丙科 3:丙科" {
		t.Errorf("items %v", got)
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
		"序号\t指标名称\t单位\t目标值\t责任单位\n1\t分担率\t%\t≥32\t甲科\n2\t事故\t起\t0\t乙科\n序号\t工作任务\t目标要求\t责任科室\n1\t做好\t新建3个\t牵头：甲科 配合：乙科",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := linesOf(s)
		for _, it := range Parse(lines, Options{}).Items {
			if it.ID == "" {
				t.Errorf("an item without an ID in %q", s)
			}
		}
	})
}

// TestHeaderColumn checks what each header of a task table is read as.
func TestHeaderColumn(t *testing.T) {
	tests := []struct {
		header string
		want   column
	}{
		{"序号", colID},
		{"重点任务", colName},
		{"具体内容", colContent},
		{"工作措施及目标", colContent},
		{"目标任务和措施", colContent},
		{"目标要求", colContent},
		{"任务目标", colContent},
		{"具体举措", colContent},
		{"年度目标", colContent},
		{"目标及举措", colContent},
		{"牵头单位", colLead},
		{"牵头股室", colLead},
		{"主办科室", colLead},
		{"责任单位", colDuty},
		{"责任股", colDuty},
		{"配合股室", colPartners},
		{"协办科室", colPartners},
		{"协同部门", colPartners},
		{"牵头科所", colLead},
		{"协同科所", colPartners},
		{"配合站所", colPartners},
		{"责任科（所）", colDuty},
		{"责任科室（单位）", colDuty},
		{"牵头部门(单位)", colLead},
		{"配合处室/单位", colPartners},
		{"协助单位", colPartners},
		{"协助科室", colPartners},
		{"牵头责任单位", colLead},
		{"主要责任单位", colLead},
		{"配合责任单位", colPartners},
		{"协同配合单位", colPartners},
		{"责任科（室）", colDuty},
		{"牵头科（室）", colLead},
		{"推进措施", colContent},
		{"具体工作内容", colContent},
		{"年度目标任务", colContent},
		{"牵头（领导）", colNone},
		{"时间节点", colDeadline},
		{"备注", colNote},
		{"牵头", colLead},
		{"配合", colPartners},
		{"责任", colDuty},
		{"责任分工", colDuty},
		{"职责分工", colDuty},
		{"分工", colDuty},
		{"责任主体", colDuty},
		{"分工情况", colNone},
		{"量化指标", colGoal},
		{"考核指标", colGoal},
		{"目标值", colGoal},
		{"目标指标", colGoal},
		{"年度指标", colGoal},
		{"指标名称", colNone},
		{"分管领导", colNone},
		{"牵头领导", colNone},
		{"完成情况及问题", colNone},
		{"督办事项", colName},
		{"交办事项", colName},
		{"办理要求", colContent},
		{"承办单位", colLead},
		{"承办科室", colLead},
		{"协办科室", colPartners},
		{"办结时限", colDeadline},
		{"办结时间", colDeadline},
		{"督办编号", colNone},
		{"督办级别", colNone},
		{"事项来源", colNone},
		{"责任人", colNone},
		{"", colNone},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			if got := headerColumn(tt.header); got != tt.want {
				t.Errorf("headerColumn(%q) = %d, want %d", tt.header, got, tt.want)
			}
		})
	}
}

// TestTableLeadAndDuty reads tables with both a 牵头单位 and a 责任单位
// column, and 序号 written with a hyphen (1-1): the 责任单位 besides the
// lead cooperate, and the number is the row's ID.
func TestTableLeadAndDuty(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want string
	}{
		{"duty repeats the lead", [][]string{
			{"序号", "重点任务", "牵头单位", "责任单位", "完成时限"},
			{"1-1", "做好甲项工作。", "甲科", "甲科、乙科、各街道办事处", "年底前"},
			{"1-2", "做好乙项工作。", "乙科、丙科", "", "年底前"},
			{"2-1", "做好丙项工作。", "丙科牵头，甲科配合", "", "年底前"},
		}, "1-1:甲科/乙科|1-2:乙科、丙科/|2-1:丙科/甲科"},
		{"duty and partners", [][]string{
			{"序号", "重点任务", "牵头单位", "责任单位", "配合单位"},
			{"1", "做好甲项工作。", "甲科", "乙科", "丙科"},
		}, "1:甲科/乙科、丙科"},
		{"a placeholder for no lead", [][]string{
			{"序号", "工作任务", "具体措施", "牵头单位", "责任单位", "完成时限"},
			{"1", "做好甲项工作", "完成甲项8个。", "/", "乙科、丙科", "全年"},
			{"2", "做好乙项工作", "完成乙项3个。", "—", "丙科、甲科", "全年"},
			{"3", "做好丙项工作", "完成丙项2个。", "", "甲科、各街道、乙科", "全年"},
		}, "1:乙科/丙科|2:丙科/甲科|3:甲科/乙科"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for i, r := range tt.rows {
				lines = append(lines, Line{No: i + 1, Text: strings.Join(r, "\t"), Cells: r})
			}
			var got []string
			for _, it := range Parse(lines, Options{Year: 2028}).Items {
				got = append(got, it.ID+":"+strings.Join(it.Leads, "、")+"/"+strings.Join(it.Partners, "、"))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got %s, want %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestTableSupervision reads a 督办事项台账 exported from an OA system:
// 承办单位 leads and 协办单位 cooperates, the 督办编号 and the 责任人 beside
// the units are neither ID nor unit, and the measures numbered in one
// 办理要求 cell are targets of the row, not tasks.
func TestTableSupervision(t *testing.T) {
	rows := [][]string{
		{"序号", "督办编号", "督办事项", "办理要求", "承办单位", "责任人", "协办单位", "办结时限", "督办级别", "状态"},
		{"1", "DB-2031-004", "推进河湖治理", "1.完成河道清淤8公里；\n2.水质达标率达到90%。", "水利股", "王某", "环保股、各乡镇", "2031-10-31", "A级", "办理中"},
		{"2", "DB-2031-009", "提升办事效率", "1.“一窗通办”事项占比不低于80%。", "审批股、行政股", "李某、赵某", "", "2031-06-30", "一般", "已办结"},
	}
	var lines []Line
	for i, r := range rows {
		for j := range r {
			r[j] = strings.ReplaceAll(r[j], `\n`, "\n")
		}
		lines = append(lines, Line{No: i + 1, Text: strings.Join(r, "\t"), Cells: r})
	}
	var got []string
	for _, it := range Parse(lines, Options{Year: 2031}).Items {
		s := it.ID + ":" + it.Title + ":" + strings.Join(it.Leads, "、") + "/" + strings.Join(it.Partners, "、") + ":" + it.Deadline
		for _, tg := range it.Targets {
			s += ":" + tg.Expected + "|" + tg.Phrase
		}
		got = append(got, s)
	}
	want := "1:推进河湖治理:水利股/环保股:2031-10-31:完成河道清淤|8公里:水质达标率|达到90%" +
		"\n2:提升办事效率:审批股、行政股/:2031-06-30:“一窗通办”事项占比|不低于80%"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// TestTableUnitCell reads a single unit column whose cells say who leads
// and who cooperates, in the ways offices write it in one cell.
func TestTableUnitCell(t *testing.T) {
	tests := []struct {
		name, cell, want string
	}{
		{"labels in paragraphs", "牵头：甲科\n配合：乙科、各区卫生健康局", "甲科/乙科"},
		{"labels on one line", "牵头: 甲科 配合: 乙科", "甲科/乙科"},
		{"labels after a separator", "牵头：甲科；协办：乙科、丙科", "甲科/乙科、丙科"},
		{"role words", "甲科牵头，乙科、各有关单位配合", "甲科/乙科"},
		{"full labels", "牵头单位：甲科\n配合单位：乙科", "甲科/乙科"},
		{"a list", "甲科、乙科", "甲科/乙科"},
		{"every unit along a road", "甲局牵头，乙集团、沿线各县（市、区）人民政府配合", "甲局/乙集团"},
		{"every hospital of a district", "牵头：甲科\n配合：辖区各医院", "甲科/"},
		{"units before a label", "甲科；配合：乙公司、各乡镇人民政府", "甲科/乙公司"},
		{"units before a full label", "甲科\n配合单位：乙科", "甲科/乙科"},
		{"joint leads in brackets", "甲科、乙科（共同牵头）", "甲科、乙科/"},
		{"both roles marked", "甲科（牵头）、乙科（配合）", "甲科/乙科"},
		{"a partner marked", "甲科、乙科（配合）、丙中心（配合）", "甲科/乙科、丙中心"},
		{"a label in brackets", "甲科\n（配合：乙科、丙科）", "甲科/乙科、丙科"},
		{"the person after the unit", "综合科（许××）、宣传科（蒋××）", "综合科/宣传科"},
		{"the unit after the person", "许××（综合科）、蒋某某（宣传科）", "综合科/宣传科"},
		{"full names", "综合科（许文斌）\n配合：宣传科（蒋丽）", "综合科/宣传科"},
		{"the person on a line of its own", "综合科\n（许××）", "综合科/"},
		{"a second name kept", "县委宣传部（县文明办）、县融媒体中心", "县委宣传部（县文明办）/县融媒体中心"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{
				{"序号", "重点任务", "工作措施", "责任单位", "完成时限"},
				{"1", "做好甲项工作", "完成甲一。", tt.cell, "年底前"},
			}
			var lines []Line
			for i, r := range rows {
				lines = append(lines, Line{No: i + 1, Text: strings.Join(r, "\t"), Cells: r})
			}
			p := Parse(lines, Options{Year: 2029})
			if len(p.Items) != 1 {
				t.Fatalf("%d items", len(p.Items))
			}
			if got := strings.Join(p.Items[0].Leads, "、") + "/" + strings.Join(p.Items[0].Partners, "、"); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestTableGoalColumn reads a 量化指标 column: the task's text when the
// table has no other, else more of its targets; and a header of two rows
// naming the roles bare, 牵头 | 配合 under 责任单位.
func TestTableGoalColumn(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want string
	}{
		{"goal as content", [][]string{
			{"序号", "工作任务", "量化指标", "牵头股室", "配合单位"},
			{"1", "推广良种", "良种覆盖率达到98%。", "甲股", "乙局"},
		}, "1 推广良种 良种覆盖率达到98%。 甲股/乙局 [良种覆盖率:达到98%]"},
		{"goal beside content", [][]string{
			{"序号", "工作任务", "工作措施", "考核指标", "牵头单位"},
			{"1", "推广良种", "建立示范基地。", "良种覆盖率达到98%。", "甲股"},
		}, "1 推广良种 建立示范基地。 甲股/ [良种覆盖率:达到98%]"},
		{"bare roles under 责任单位", [][]string{
			{"序号", "重点任务", "责任单位", "", "完成时限"},
			{"序号", "重点任务", "牵头", "配合", "完成时限"},
			{"1", "做好甲项工作", "甲科", "乙科 丙科", "年底前"},
		}, "1 做好甲项工作 做好甲项工作 甲科/乙科、丙科 []"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for i, r := range tt.rows {
				lines = append(lines, Line{No: i + 1, Text: strings.Join(r, "\t"), Cells: r})
			}
			p := Parse(lines, Options{Year: 2029})
			if len(p.Items) != 1 {
				t.Fatalf("%d items, want 1", len(p.Items))
			}
			it := p.Items[0]
			var targets []string
			for _, tg := range it.Targets {
				targets = append(targets, tg.Expected+":"+tg.Phrase)
			}
			got := fmt.Sprintf("%s %s %s %s/%s [%s]", it.ID, it.Title, it.Content, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), strings.Join(targets, "|"))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestTableWithProse reads plans whose text numbers items and whose task
// tables give units or items of their own: a table appended after the
// text, a table between paragraphs.
func TestTableWithProse(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // a line with tabs is a table row of a document
		want  string
	}{
		{"appendix gives units", []string{
			"甲县商务局2029年工作要点",
			"一、促进消费",
			"（一）打造消费新场景。培育特色街区4条。",
			"（二）发展电子商务。网络零售额增长10%。",
			"附件：重点任务分工表",
			"序号\t重点任务\t牵头单位\t配合单位\t完成时限",
			"1\t打造消费新场景\t甲科\t乙局\t2029年12月",
			"2\t发展电子商务\t丙科\t\t全年",
		}, "1 打造消费新场景 甲科/乙局 [培育特色街区:4条]|2 发展电子商务 丙科/ [网络零售额:增长10%]"},
		{"table between paragraphs", []string{
			"甲区生态环境分局2029年工作要点",
			"一、改善大气",
			"（一）治理挥发性有机物。完成治理改造35家。由甲科牵头，乙局配合。",
			"二、防治土壤污染",
			"序号\t重点任务\t工作目标\t牵头科室\t配合单位",
			"2\t管控建设用地风险\t完成调查20个。\t丙科\t丁局",
			"三、加强执法",
			"（三）提升执法效能。开展检查600家次。戊大队负责。",
		}, "1 治理挥发性有机物 甲科/乙局 [完成治理改造:35家]|2 管控建设用地风险 丙科/丁局 [完成调查:20个]|3 提升执法效能 戊大队/ [开展检查:600家次]"},
		{"table keeps its own text", []string{
			"一、促进消费",
			"（一）打造消费新场景。培育特色街区4条。",
			"（二）发展电子商务。网络零售额增长10%。",
			"序号\t重点任务\t工作措施\t牵头单位",
			"1\t打造消费新场景\t新增夜间经济集聚区3个。\t甲科",
			"2\t推进口岸建设\t\t丙科",
		}, "1 打造消费新场景 甲科/ [新增夜间经济集聚区:3个]|2 推进口岸建设 丙科/ []"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for i, l := range tt.lines {
				line := Line{No: i + 1, Text: l}
				if strings.Contains(l, "\t") {
					line.Cells = strings.Split(l, "\t")
				}
				lines = append(lines, line)
			}
			p := Parse(lines, Options{Year: 2029})
			var got []string
			for _, it := range p.Items {
				var targets []string
				for _, tg := range it.Targets {
					targets = append(targets, tg.Expected+":"+tg.Phrase)
				}
				got = append(got, fmt.Sprintf("%s %s %s/%s [%s]", it.ID, it.Title, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), strings.Join(targets, "|")))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.ReplaceAll(g, "]|", "]\n"), strings.ReplaceAll(tt.want, "]|", "]\n"))
			}
		})
	}
}

// TestTablePastedWrap reads a table pasted from a web page with runs of
// spaces between cells, where a long cell wraps onto the next line.
func TestTablePastedWrap(t *testing.T) {
	header := "序号    重点任务        工作目标                        牵头单位    配合单位    完成时限"
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"text wraps", []string{
			"1       推进甲项建设    完成投资28亿元，东环公路年内    甲科        乙局        2029年12月",
			"        开工建设。",
			"2       改造国省道      完成改造45公里。                丙中心      甲科        2029年11月",
		}, "1 推进甲项建设 完成投资28亿元，东环公路年内开工建设。 甲科/乙局|2 改造国省道 完成改造45公里。 丙中心/甲科"},
		{"text and units wrap", []string{
			"1       建设农村路      创建示范乡镇6个，列养率100%，   丁科        戊局、      2029年12月",
			"                        完成危桥改造20座。                          市财政局",
		}, "1 建设农村路 创建示范乡镇6个，列养率100%，完成危桥改造20座。 丁科/戊局、市财政局"},
		{"paragraph after a finished row", []string{
			"1       改造国省道      完成改造45公里。                丙中心      甲科        2029年11月",
			"上述任务由办公室统一调度。",
		}, "1 改造国省道 完成改造45公里。 丙中心/甲科"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := []Line{{No: 1, Text: header}}
			for i, l := range tt.lines {
				lines = append(lines, Line{No: i + 2, Text: l})
			}
			p := Parse(lines, Options{Year: 2029})
			var got []string
			for _, it := range p.Items {
				got = append(got, fmt.Sprintf("%s %s %s %s/%s", it.ID, it.Title, it.Content, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、")))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got\n%s\nwant\n%s", g, tt.want)
			}
		})
	}
}

// TestTablePastedQuotedCells reads tables copied out of a spreadsheet as
// text, where a cell holding a line break comes in double quotes over
// several lines.
func TestTablePastedQuotedCells(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"partners over two lines", "序号\t工作内容\t牵头科室\t协同科室\n" +
			"1\t做好甲项。\t甲科\t\"乙科\n丙科\"\n" +
			"2\t做好乙项。\t乙科\t\n",
			"1:甲科/乙科、丙科|2:乙科/"},
		{"task over three lines", "序号\t工作内容\t牵头科室\t协同科室\n" +
			"1\t\"做好甲项。\n做好乙项。\n做好丙项。\"\t甲科\t丁科\n" +
			"2\t做好丁项。\t丁科\t甲科\n",
			"1:甲科/丁科|2:丁科/甲科"},
		{"doubled quotes inside", "序号\t工作内容\t牵头科室\t协同科室\n" +
			"1\t\"开展\"\"甲乙\"\"行动\n年底完成\"\t甲科\t乙科\n",
			"1:甲科/乙科"},
		{"quote never closed", "序号\t工作内容\t牵头科室\t协同科室\n" +
			"1\t\"做好甲项。\t甲科\t乙科\n" +
			"2\t做好乙项。\t乙科\t丙科\n",
			"1:甲科/乙科|2:乙科/丙科"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := linesOf(strings.TrimSuffix(tt.text, "\n"))
			var got []string
			for _, it := range Parse(lines, Options{Year: 2026}).Items {
				got = append(got, it.ID+":"+strings.Join(it.Leads, "、")+"/"+strings.Join(it.Partners, "、"))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("items %s, want %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestTableCarriedOver reads a table whose header is typed again where a
// page breaks, under it a row holding only the rest of the measures of
// the task above: they are that task's, not a group.
func TestTableCarriedOver(t *testing.T) {
	header := []string{"序号", "重点任务", "目标要求", "主责单位", "协同单位", "完成时限"}
	tests := []struct {
		name string
		rows [][]string
		want string // ID[section]leads/partners:targets of each task
	}{
		{"measures carried over", [][]string{
			{"1", "整合保护地", "勘界立标完成率达到90%，", "甲处", "", "年底前"},
			header,
			{"", "", "新增自然公园2处，整改销号率达到95%以上。", "", "", ""},
			{"2", "保护野生动物", "布设监测站点60个。", "乙处", "丙厅", "全年"},
		}, "1[一组]甲处/:3|2[一组]乙处/丙厅:1"},
		{"a group row in the first cell", [][]string{
			{"1", "整合保护地", "勘界立标完成率达到90%。", "甲处", "", "年底前"},
			{"二、加强监测", "", "", "", "", ""},
			{"2", "保护野生动物", "布设监测站点60个。", "乙处", "丙厅", "全年"},
		}, "1[一组]甲处/:1|2[加强监测]乙处/丙厅:1"},
		{"a group row in the measures column without a sentence", [][]string{
			{"1", "整合保护地", "勘界立标完成率达到90%。", "甲处", "", "年底前"},
			{"", "", "加强监测", "", "", ""},
			{"2", "保护野生动物", "布设监测站点60个。", "乙处", "丙厅", "全年"},
		}, "1[一组]甲处/:1|2[加强监测]乙处/丙厅:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := []Line{{No: 1, Text: strings.Join(header, "\t"), Cells: header}, {No: 2, Text: "一、一组", Cells: []string{"一、一组"}}}
			for i, r := range tt.rows {
				lines = append(lines, Line{No: i + 3, Text: strings.Join(r, "\t"), Cells: r})
			}
			p := Parse(lines, Options{Year: 2046})
			var got []string
			for _, it := range p.Items {
				got = append(got, fmt.Sprintf("%s[%s]%s/%s:%d", it.ID, it.Section, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), len(it.Targets)))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("items %s, want %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestTablePastedLeadingEmpty reads a table pasted from a spreadsheet
// whose rows begin with empty cells: the header's second row, with only
// the quarters under 时间节点, stays out of the tasks, and each cell stays
// under its header.
func TestTablePastedLeadingEmpty(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"second header row",
			"序号\t重点工作\t牵头处室\t配合单位\t时间节点\t\t进展情况\n" +
				"\t\t\t\t第一季度\t第二季度\t\n" +
				"1\t推进甲项工作。\t甲处\t乙处\t3月底前印发方案\t6月底前完成\t进行中\n" +
				"2\t推进乙项工作。\t乙处\t\t\t6月底前完成\t",
			"1:推进甲项工作:甲处/乙处|2:推进乙项工作:乙处/"},
		{"indented second header row",
			"序号\t重点工作\t牵头处室\t配合单位\t时间节点\t\n" +
				"  \t\t\t\t第一季度\t第二季度\n" +
				"1\t推进甲项工作。\t甲处\t\t3月底前\t6月底前\n" +
				"2\t推进乙项工作。\t乙处\t甲处\t\t6月底前",
			"1:推进甲项工作:甲处/|2:推进乙项工作:乙处/甲处"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{Year: 2049})
			var got []string
			for _, it := range p.Items {
				got = append(got, fmt.Sprintf("%s:%s:%s/%s", it.ID, it.Title, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、")))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "|"), strings.ReplaceAll(tt.want, "|", "\n"))
			}
		})
	}
}

// TestTableProgressPrinted reads a ledger whose 进展情况 cell says a
// task's plan is printed (已印发): the row is a task's, not the line of
// who printed the document, and the table goes on after it.
func TestTableProgressPrinted(t *testing.T) {
	text := "序号\t重点工作\t牵头处室\t配合单位\t完成时限\t进展情况\n" +
		"1\t推进甲项工作。\t甲处\t乙处\t3月底前\t方案已印发\n" +
		"2\t推进乙项工作。\t乙处\t\t6月底前\t进行中\n" +
		"澜州市卫生健康委员会办公室　2049年3月5日印发"
	p := Parse(linesOf(text), Options{Year: 2049})
	var got []string
	for _, it := range p.Items {
		got = append(got, fmt.Sprintf("%s:%s:%s/%s", it.ID, it.Title, strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、")))
	}
	if want := "1:推进甲项工作:甲处/乙处|2:推进乙项工作:乙处/"; strings.Join(got, "|") != want {
		t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "|"), strings.ReplaceAll(want, "|", "\n"))
	}
}

// TestTableMatrix reads a task table in matrix form (矩阵式分工表): a
// column for each unit, headed by its name, whose cells mark the unit's
// role in the row's task.
func TestTableMatrix(t *testing.T) {
	tests := []struct {
		name  string
		rows  [][]string
		notes []string // lines before the table
		want  string
	}{
		{"one header row",
			[][]string{
				{"序号", "工作任务", "目标要求", "综合股", "财务股", "县统计局", "完成时限"},
				{"1", "编制年度预算", "预算执行率达到95%。", "○", "●", "", "年底前"},
				{"2", "开展统计调查", "完成调查样本800户。", "●", "", "●", "9月底前"},
			}, nil, "1:财务股/综合股|2:综合股、县统计局/"},
		{"a header of two rows, merged cells left empty",
			[][]string{
				{"序号", "工作任务", "目标要求", "责任单位", "", "", "完成时限"},
				{"", "", "", "综合股", "财务\n股", "各乡镇（街道）", ""},
				{"1", "编制年度预算", "预算执行率达到95%。", "○", "●", "○", "年底前"},
			}, nil, "1:财务股/综合股"},
		{"a header of two rows, merged cells filled down",
			[][]string{
				{"序号", "工作任务", "目标要求", "责任单位", "", "完成时限"},
				{"序号", "工作任务", "目标要求", "综合股", "财务股", "完成时限"},
				{"1", "编制年度预算", "预算执行率达到95%。", "〇", "●", "年底前"},
			}, nil, "1:财务股/综合股"},
		{"ticks: the first ticked leads",
			[][]string{
				{"序号", "工作任务", "综合股", "财务股", "县统计局"},
				{"1", "编制年度预算", "", "√", "√"},
			}, nil, "1:财务股/县统计局"},
		{"roles written out",
			[][]string{
				{"序号", "工作任务", "综合股", "财务股", "县统计局"},
				{"1", "编制年度预算", "配合", "牵头", ""},
			}, nil, "1:财务股/综合股"},
		{"a legend of other marks",
			[][]string{
				{"序号", "工作任务", "综合股", "财务股", "县统计局"},
				{"1", "编制年度预算", "▲", "★", "▲"},
			}, []string{"说明：★表示牵头，▲表示配合。"}, "1:财务股/综合股、县统计局"},
		{"one unit in the header is no matrix",
			[][]string{
				{"序号", "工作任务", "责任单位", "综合股", "完成时限"},
				{"1", "编制年度预算", "财务股", "", "年底前"},
			}, nil, "1:财务股/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []Line
			for _, n := range tt.notes {
				lines = append(lines, Line{No: len(lines) + 1, Text: n})
			}
			for _, r := range tt.rows {
				lines = append(lines, Line{No: len(lines) + 1, Text: strings.Join(r, "\t"), Cells: r})
			}
			p := Parse(lines, Options{Year: 2030})
			var got []string
			for _, it := range p.Items {
				got = append(got, it.ID+":"+strings.Join(it.Leads, "、")+"/"+strings.Join(it.Partners, "、"))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got %s, want %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// tableLines is a table's header and rows as a document or a workbook
// gives them to Parse: a Line of cells each, the header first.
func tableLines(header []string, rows [][]string) []Line {
	lines := []Line{{No: 1, Text: strings.Join(header, "\t"), Cells: header}}
	for i, r := range rows {
		lines = append(lines, Line{No: i + 2, Text: strings.Join(r, "\t"), Cells: r})
	}
	return lines
}
