package plan

import (
	"strings"
	"testing"
)

func TestFindResponsibility(t *testing.T) {
	tests := []struct {
		name, text, leads, partners, note string
		rest                              string // "" for 做好工作, with or without its full stop
	}{
		{"co-lead label", "做好工作。（牵头单位：甲处、乙处；配合单位：丙处）", "甲处、乙处", "丙处", "", ""},
		{"each responsible", "做好工作。（甲处、乙处分别负责）", "甲处、乙处", "", "", ""},
		{"roles in a bracket after the heading", "做好工作（甲科牵头，乙科配合）。全年完成培训100人次。", "甲科", "乙科", "", "做好工作。全年完成培训100人次。"},
		{"labels with 为", "做好工作。牵头单位为甲局，配合单位为乙局、丙局。", "甲局", "乙局、丙局", "", ""},
		{"labels with 为, in brackets", "做好工作。（牵头单位为甲局，配合单位为乙局）", "甲局", "乙局", "", ""},
		{"a partner and a collective joined by 及", "做好工作。甲局牵头，乙局、丙局及各乡镇（街道）配合。", "甲局", "乙局、丙局", "配合：各乡镇（街道）", ""},
		{"two partners joined by 和", "做好工作。（甲局牵头，乙局和丙中心配合）", "甲局", "乙局、丙中心", "", ""},
		{"a unit whose name holds 和", "做好工作。（县文化和旅游局牵头）", "县文化和旅游局", "", "", ""},
		{"partners none", "做好工作。责任单位：甲科　配合单位：无", "甲科", "", "", ""},
		{"partners a dash", "做好工作。（牵头单位：甲科；配合单位：—）", "甲科", "", "", ""},
		{"roles said as kinds of unit", "做好工作。甲部为牵头科室，乙部、丙科为配合科室。", "甲部", "乙部、丙科", "", ""},
		{"roles said as kinds of unit, in brackets", "做好工作。（甲局为牵头单位，乙局为配合单位）", "甲局", "乙局", "", ""},
		{"responsible by their division of work", "做好工作。甲部、乙部按分工负责。", "甲部、乙部", "", "", ""},
		{"responsible, then others by their duties", "做好工作。由甲部负责，乙部、丙科按职责分工负责。", "甲部", "乙部、丙科", "", ""},
		{"responsible together by their duties", "做好工作。（甲部、乙部按职责分工负责）", "甲部、乙部", "", "", ""},
		{"lead in union", "做好工作。甲部、乙部联合牵头，丙科配合。", "甲部、乙部", "丙科", "", ""},
		{"lead and see it done", "做好工作。甲部、乙部共同牵头抓落实，丙科配合。", "甲部、乙部", "丙科", "", ""},
		{"each responsible for a named part", "做好工作。甲中心、乙科分别负责影像和检验中心建设，丙中心配合。", "甲中心、乙科", "丙中心", "", ""},
		{"each responsible for a named part, in brackets", "做好工作。（甲部、乙部分别负责门诊和住院部分）", "甲部、乙部", "", "", ""},
		{"responsible for a named work", "做好工作。由甲处负责培训工作。", "甲处", "", "", ""},
		{"a doing that is no unit's", "做好工作。开展培训负责人轮训。", "", "", "", "做好工作。开展培训负责人轮训。"},
		{"jointly lead", "做好工作。（甲处、乙处共同牵头，丙处配合）", "甲处、乙处", "丙处", "", ""},
		{"lead then partner", "做好工作。（甲处牵头、乙处配合）", "甲处", "乙处", "", ""},
		{"roles in a label", "做好工作。责任单位：甲局牵头，乙局、丙局配合", "甲局", "乙局、丙局", "", ""},
		{"duty list first leads", "做好工作。（责任处室：甲处、乙处）", "甲处", "乙处", "", ""},
		{"county cities", "做好工作。牵头单位：市卫生健康委；配合单位：市发展改革委、市财政局，各区、县级市", "市卫生健康委", "市发展改革委、市财政局", "配合：各区、县级市", ""},
		{"related departments", "做好工作。（牵头处室：甲处等各相关处室）", "甲处", "", "牵头：各相关处室", ""},
		{"county government", "做好工作。（甲局牵头，县政府有关部门配合）", "甲局", "", "配合：县政府有关部门", ""},
		{"sentence of roles", "做好工作。由甲局牵头，乙局配合。", "甲局", "乙局", "", ""},
		{"square brackets", "做好工作。【责任单位：甲局；配合单位：乙局】", "甲局", "乙局", "", ""},
		{"lead mark", "做好工作。责任单位：甲局（牵头）、乙局", "甲局", "乙局", "", ""},
		{"star before the lead", "做好工作。责任单位：★甲科、乙中心", "甲科", "乙中心", "", ""},
		{"star on a later unit", "做好工作。责任单位：乙局、★甲中心、丙局", "甲中心", "乙局、丙局", "", ""},
		{"star after the lead", "做好工作。（责任单位：甲科★、乙局、各区（县）气象局）", "甲科", "乙局", "配合：各区（县）气象局", ""},
		{"by", "做好工作。（由甲局牵头，乙局配合）", "甲局", "乙局", "", ""},
		{"together with", "做好工作。由甲处会同乙处、丙局负责。", "甲处", "乙处、丙局", "", ""},
		{"together with in brackets", "做好工作。（甲处会同乙处牵头）", "甲处", "乙处", "", ""},
		{"institute labels", "做好工作。（责任科所：甲所；协作科所：乙中心、丙科）", "甲所", "乙中心、丙科", "", ""},
		{"institute labels after the text", "做好工作。责任科所：甲所；协作科所：乙所。", "甲所", "乙所", "", ""},
		{"jointly responsible", "做好工作。（甲室、乙室共同负责）", "甲室、乙室", "", "", ""},
		{"those who carry it out", "做好工作。由甲局会同乙局负责，各区县卫生健康局抓好落实。", "甲局", "乙局", "配合：各区县卫生健康局", ""},
		{"a unit that carries it out", "做好工作。（甲局负责，丙医院具体实施）", "甲局", "丙医院", "", ""},
		{"units after the text", "做好工作。甲股、县乙中心", "甲股、县乙中心", "", "", ""},
		{"units in a bracket", "做好工作。（县乙中心、省文化和旅游厅）", "县乙中心、省文化和旅游厅", "", "", ""},
		{"units and a collective phrase", "做好工作。甲局、各乡镇人民政府", "甲局", "", "牵头：各乡镇人民政府", ""},
		{"lead, then those responsible", "做好工作。（甲局牵头，乙局、各镇街按职责分工负责）", "甲局", "乙局", "配合：各镇街", ""},
		{"names then a partner label", "做好工作。（甲处、乙中心；配合：丙处）", "甲处、乙中心", "丙处", "", ""},
		{"a name then a partner label", "做好工作。（甲处；配合单位：丙处、丁局）", "甲处", "丙处、丁局", "", ""},
		{"the main one", "做好工作。（甲处为主，乙处配合）", "甲处", "乙处", "", ""},
		{"the one who coordinates", "做好工作。（甲处统筹，乙处、丙局配合）", "甲处", "乙处、丙局", "", ""},
		{"the one who takes charge", "做好工作。（甲局主抓，乙局配合）", "甲局", "乙局", "", ""},
		{"partners joined by and", "做好工作。（甲处牵头，乙处和丙局配合）", "甲处", "乙处、丙局", "", ""},
		{"leads joined by and", "做好工作。（甲处及乙中心负责，丙局配合）", "甲处、乙中心", "丙局", "", ""},
		{"a name with and inside", "做好工作。（市人力资源和社会保障局牵头，省文化和旅游厅配合）", "市人力资源和社会保障局", "省文化和旅游厅", "", ""},
		{"brackets of roles side by side", "做好工作。（责任科室：甲科）（配合科室：乙科、丙中心）", "甲科", "乙科、丙中心", "", ""},
		{"a bracket of text before a bracket of roles", "做好工作（含甲项）。（责任科室：甲科）", "甲科", "", "", "做好工作（含甲项）。"},
		{"main and assisting offices", "做好工作。（甲局主办，乙委协办）", "甲局", "乙委", "", ""},
		{"main and joint labels", "做好工作。（主责单位：甲局；协同单位：乙分局）", "甲局", "乙分局", "", ""},
		{"a person beside the units", "做好工作。（牵头单位：甲局 责任人：李某某）", "甲局", "", "", ""},
		{"a leader before the units", "做好工作。（牵头领导：张某某；牵头单位：甲局；配合单位：乙局）", "甲局", "乙局", "", ""},
		{"labels in square brackets", "做好工作。【牵头单位】甲股【配合单位】各乡镇（街道）、乙局", "甲股", "乙局", "配合：各乡镇（街道）", ""},
		{"names with no role, then partners", "做好工作。（甲股、乙支部；各乡镇（街道）、丙局配合）", "甲股、乙支部", "丙局", "配合：各乡镇（街道）", ""},
		{"roles apart by a space", "做好工作。（甲局牵头 乙局配合）", "甲局", "乙局", "", ""},
		{"ASCII square brackets", "做好工作。[责任单位：甲局]", "甲局", "", "", ""},
		{"a list closed by its kind", "做好工作。（甲局牵头，乙局等部门配合）", "甲局", "乙局", "", ""},
		{"bare role labels", "做好工作。（牵头：甲科；配合：乙科、各市场监管所）", "甲科", "乙科", "配合：各市场监管所", ""},
		{"lead and monitor", "做好工作。以上指标由甲股牵头监测，乙股配合。", "甲股", "乙股", "", ""},
		{"section offices", "做好工作。（牵头股室：甲股、乙股；配合股室：丙中心）", "甲股、乙股", "丙中心", "", ""},
		{"lead and divide, others carry out together", "做好工作。上述指标由甲科牵头分解，乙中心、各街道共同落实。", "甲科", "乙中心", "配合：各街道", ""},
		{"units in a bracket, one with its other name", "做好工作。（县委组织部（县人才办）、县人社局）", "县委组织部（县人才办）、县人社局", "", "", ""},
		{"units after the text, one with its other name", "做好工作。县文旅局（县文物局）、县财政局", "县文旅局（县文物局）、县财政局", "", "", ""},
		{"a lead with its other name", "做好工作。（县委组织部（县人才办）牵头，县人社局配合）", "县委组织部（县人才办）", "县人社局", "", ""},
		{"lead, then implement together", "做好工作。（甲局牵头，乙局、丙局共同推进）", "甲局", "乙局、丙局", "", ""},
		{"duty label after the lead's", "做好工作。牵头单位：甲处\u3000责任单位：乙厅、丙委", "甲处", "乙厅、丙委", "", ""},
		{"duty label after the lead's, in brackets", "做好工作。（牵头单位：甲处；责任单位：乙厅、各设区市医疗保障局）", "甲处", "乙厅", "配合：各设区市医疗保障局", ""},
		{"lead duty label, then partners", "做好工作。（牵头责任单位：甲处；配合单位：乙厅）", "甲处", "乙厅", "", ""},
		// Before the text, between it and its heading.
		{"square brackets after the heading", "做好工作。【牵头单位：甲股；配合单位：乙局、丙局】一是完成培训6场次；二是达到90%。", "甲股", "乙局、丙局", "", "做好工作。一是完成培训6场次；二是达到90%。"},
		{"tortoise shell brackets, the lead marked", "做好工作。〔责任单位：甲股（牵头），乙局、丙局〕安置率保持100%。", "甲股", "乙局、丙局", "", "做好工作。安置率保持100%。"},
		{"at a heading with no full stop", "做好工作（牵头单位：甲股；配合单位：乙局）审结率达到95%以上。", "甲股", "乙局", "", "做好工作。审结率达到95%以上。"},
		{"a unit in brackets of its own", "做好工作（牵头单位：甲股；配合单位：乙局、各乡镇（街道））成功率达到97%。", "甲股", "乙局", "配合：各乡镇（街道）", "做好工作。成功率达到97%。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := findResponsibility(tt.text)
			if got := strings.Join(r.leads, "、"); got != tt.leads {
				t.Errorf("leads %q, want %q", got, tt.leads)
			}
			if got := strings.Join(r.partners, "、"); got != tt.partners {
				t.Errorf("partners %q, want %q", got, tt.partners)
			}
			if r.note != tt.note {
				t.Errorf("note %q, want %q", r.note, tt.note)
			}
			if tt.rest != "" && r.rest != tt.rest || tt.rest == "" && r.rest != "做好工作。" && r.rest != "做好工作" {
				t.Errorf("rest %q, want %q", r.rest, tt.rest)
			}
		})
	}
}

func TestNumberBeforeDigit(t *testing.T) {
	text := `一、重点工作
10.做好甲项工作。全年完成培训1.5万人次。（甲处负责）
11.121人才梯队项目全面启动。（乙处负责）
12、2026年底前建成丙系统。（丙处负责）
1.5万份问卷已回收。`
	lines := linesOf(text)
	p := Parse(lines, Options{})
	var got []string
	for _, it := range p.Items {
		got = append(got, it.ID+":"+it.Title)
	}
	want := "10:做好甲项工作|11:121人才梯队项目全面启动|12:2026年底前建成丙系统"
	if strings.Join(got, "|") != want {
		t.Errorf("items %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestDueLabel reads items that give their deadline under a label of its
// own, after the units' labels or after their note: the label is no unit,
// and its deadline is the item's.
func TestDueLabel(t *testing.T) {
	tests := []struct {
		name, text, leads, partners, deadline string
	}{
		{"after the labels", "做好甲项工作，完成率达到90%。\n责任单位：甲科；配合单位：乙科、丙中心；完成时限：2027年9月30日", "甲科", "乙科、丙中心", "2027年9月30日"},
		{"after the note", "做好甲项工作，完成率达到90%。（甲科牵头，乙科配合）完成时限：9月底前", "甲科", "乙科", "9月底前"},
		{"after a sentence of roles", "做好甲项工作，完成率达到90%。由甲科负责，乙科配合。时间节点：2027年10月底前", "甲科", "乙科", "2027年10月底前"},
		{"before the labels", "做好甲项工作，完成率达到90%。完成时限：2027年8月底前；牵头科室：甲科；配合科室：乙科", "甲科", "乙科", "2027年8月底前"},
		{"a label inside a sentence", "做好甲项工作，明确时间节点：分三步推进。（甲科负责）", "甲科", "", "2027年底前"},
		{"within the note's bracket", "做好甲项工作，完成率达到90%。（责任科室：甲科；完成时限：2027年6月）", "甲科", "", "2027年6月"},
		{"a line of its own after the units' line", "做好甲项工作，完成率达到90%。\n责任单位：甲科、乙科\n完成时限：2027年6月", "甲科", "乙科", "2027年6月"},
		{"no deadline in it", "做好甲项工作，完成率达到90%。（甲科负责）完成时限：持续推进", "甲科", "", "2027年底前"},
		{"a label a table's header may be", "做好甲项工作，完成率达到90%。\n责任单位：甲科\n时间安排：2027年5月底前", "甲科", "", "2027年5月底前"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := linesOf("一、重点工作\n1." + tt.text)
			p := Parse(lines, Options{Year: 2027})
			if len(p.Items) != 1 {
				t.Fatalf("%d items, want 1", len(p.Items))
			}
			it := p.Items[0]
			if got := strings.Join(it.Leads, "、"); got != tt.leads {
				t.Errorf("leads %q, want %q", got, tt.leads)
			}
			if got := strings.Join(it.Partners, "、"); got != tt.partners {
				t.Errorf("partners %q, want %q", got, tt.partners)
			}
			if it.Deadline != tt.deadline {
				t.Errorf("deadline %q, want %q", it.Deadline, tt.deadline)
			}
			if strings.Contains(it.Content, "时限") || strings.Contains(it.Content, "时间节点") != strings.Contains(tt.name, "inside") {
				t.Errorf("content keeps the label: %q", it.Content)
			}
		})
	}
}

// TestNoNamesAtEnd checks that what only looks like a list of units at an
// item's end is read as text: a phrase of doing, a scope.
func TestNoNamesAtEnd(t *testing.T) {
	for _, text := range []string{
		"做好工作。建设县域医疗中心",
		"推进检查结果互认（二级以上医院）",
		"做好工作。乡镇卫生院达到推荐标准",
		"推行电子健康卡（码）",
	} {
		if r := findResponsibility(text); r.found() {
			t.Errorf("findResponsibility(%q): leads %q", text, r.leads)
		}
	}
}

func TestColonLabels(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"spaces", "牵头领导 王某 牵头单位 甲办 责任单位 乙办、丙所", "牵头领导：王某 牵头单位：甲办 责任单位：乙办、丙所"},
		{"ideographic spaces", "责任科室　甲股　配合单位　乙局", "责任科室：甲股 配合单位：乙局"},
		{"a value of two words", "分管领导 王某 李某 牵头部门 甲部", "分管领导：王某 李某 牵头部门：甲部"},
		{"with a deadline", "牵头科室 甲科 完成时限 6月底前", "牵头科室：甲科 完成时限：6月底前"},
		{"a header of labels", "牵头单位 配合单位 完成时限", "牵头单位 配合单位 完成时限"},
		{"one label", "牵头单位 甲办", "牵头单位 甲办"},
		{"roles alone", "牵头 甲科 配合 乙科", "牵头 甲科 配合 乙科"},
		{"colons already", "牵头单位：甲办 配合单位：乙办", "牵头单位：甲办 配合单位：乙办"},
		{"prose", "牵头单位要加强统筹 配合单位要主动对接", "牵头单位要加强统筹 配合单位要主动对接"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := colonLabels(tt.line); got != tt.want {
				t.Errorf("colonLabels(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// A line of labels without colons under an item names its units.
func TestSpacedLabelLine(t *testing.T) {
	text := "一、重点工作\n1.做好甲项工作。完成甲项8个。\n牵头领导 王某 牵头单位 甲办 责任单位 乙办、各社区\n2.做好乙项工作。完成乙项3个。\n牵头领导 李某  牵头单位 丙所、丁站  责任单位 乙办"
	if got, want := rolesOf(text, 2030), "1:甲办/乙办|2:丙所、丁站/乙办"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
