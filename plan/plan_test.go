package plan

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/internal/golden"
	"github.com/qingdan/qingdan/units"
)

// seedsDir holds the real plans the project started from, beside the
// repository (../shared/seeds).
const seedsDir = "../../shared/seeds"

func readSeed(t *testing.T, prefix string) ([]Line, string) {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(seedsDir, prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found beside the repository (%s)", prefix, seedsDir)
	}
	f, err := os.Open(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, err := ReadText(f)
	if err != nil {
		t.Fatal(err)
	}
	return lines, filepath.Base(matches[0])
}

// describe writes a plan the way its golden file keeps it.
func describe(p Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "标题\t%s\n年份\t%d\n任务\t%d\n", p.Title, p.Year, len(p.Items))
	for _, it := range p.Items {
		fmt.Fprintf(&b, "\n%s\t[%s]\t%s\n", it.ID, it.Section, it.Title)
		fmt.Fprintf(&b, "  牵头\t%s\n  配合\t%s\n  备注\t%s\n  时限\t%s\n", strings.Join(it.Leads, "、"), strings.Join(it.Partners, "、"), it.Note, it.Deadline)
		for _, tg := range it.Targets {
			fmt.Fprintf(&b, "  目标\t%s\t%s\t%s\n", tg.Expected, tg.Phrase, tg.Deadline)
		}
	}
	for _, p := range p.Problems {
		fmt.Fprintf(&b, "问题\t%s %s %s\n", p.Code, p.At.Cell(), p.Message)
	}
	return b.String()
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		seed    string
		items   int
		targets []string // target phrases the seeds' README names, as found
	}{
		{"000", 26, []string{"基层医疗机构配备使用比例|不低于65%", "二级医疗机构配备使用比例|不低于40%", "质控检查工作覆盖社会办医疗机构|100%"}},
		{"001", 45, []string{"乙类传染病发病率|控制在170/10万以内", "儿童预防接种率|保持在95%以上"}},
		{"002", 70, []string{"居民健康素养|保持在29%以上", "新增省级健康村(社区)|50个以上", "孕产妇死亡率|控制在8/10万以内", "婴幼儿死亡率|控制在5‰以内", "启动建设单位|不少于24家", "常住人口项目补助水平人均|达到90元以上", "提高5-10个百分点", "医院通过电子病历应用水平5级评审|2-3家", "|全覆盖", "新建老年关爱中心|8家"}},
		{"003", 11, []string{"孕产妇死亡率|控制在17/10万以下", "5岁以下儿童死亡率|控制在9‰以下"}},
		{"004", 31, []string{"出生人口性别比|控制在113以内", "赔付比例|提高10个百分点", "贫困人口签约服务|全覆盖", "婴儿死亡率|控制在3.5‰以下", "剖宫产率|控制在58%以下", "争创省级示范区|1-2个"}},
	}
	junk := regexp.MustCompile(`附件下载|扫一扫|版权所有|CopyRight|公司简介|联系我们|发布日期|阅读次数|本文地址|办公室\s*20\d\d年\d+月\d+日印发`)
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			lines, name := readSeed(t, tt.seed)
			p := Parse(lines, Options{File: name})
			if len(p.Items) != tt.items {
				t.Errorf("%d items, want %d", len(p.Items), tt.items)
			}
			var phrases []string
			for _, it := range p.Items {
				if junk.MatchString(it.Title + it.Content) {
					t.Errorf("item %s holds page debris: %.60s", it.ID, it.Content)
				}
				for _, tg := range it.Targets {
					phrases = append(phrases, tg.Expected+"|"+tg.Phrase)
				}
			}
			all := strings.Join(phrases, "|")
			for _, want := range tt.targets {
				if !strings.Contains(all, want) {
					t.Errorf("target %q not found", want)
				}
			}
			golden.Check(t, "seed_"+tt.seed+".golden", describe(p))
		})
	}
}

// TestSeedDepartments checks that every department a seed names in its
// responsibility notes is the lead or a partner of that item.
func TestSeedDepartments(t *testing.T) {
	note := regexp.MustCompile(`\((?:牵头处室|责任处室)[^()]*(?:\([^()]*\)[^()]*)*\)\s*$`)
	for _, seed := range []string{"002", "004"} {
		lines, name := readSeed(t, seed)
		p := Parse(lines, Options{File: name})
		byLine := map[int]Item{}
		for _, it := range p.Items {
			byLine[it.Line] = it
		}
		checked := 0
		for _, l := range lines {
			it, ok := byLine[l.No]
			if !ok {
				continue
			}
			m := note.FindString(strings.TrimSpace(l.Text))
			if m == "" {
				continue
			}
			named := strings.Join(it.Leads, "、") + "、" + strings.Join(it.Partners, "、")
			for _, d := range regexp.MustCompile(`[:;、]`).Split(strings.Trim(m, "()"), -1) {
				d = strings.TrimSpace(d)
				if d == "" || strings.HasSuffix(d, "处室") && strings.Contains(d, "相关") || strings.Contains(d, "牵头") || strings.Contains(d, "配合") || strings.Contains(d, "责任") {
					continue
				}
				if !strings.Contains(named, strings.TrimSuffix(strings.TrimSuffix(d, "等各相关处室"), "等")) {
					t.Errorf("seed %s item %s: %q not among %q", seed, it.ID, d, named)
				}
				checked++
			}
		}
		if checked < 50 {
			t.Errorf("seed %s: only %d departments checked", seed, checked)
		}
	}
}

func readFixture(t *testing.T, name string) []Line {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var lines []Line
	if strings.HasSuffix(name, ".docx") {
		lines, err = ReadDocx(strings.NewReader(string(data)), int64(len(data)))
	} else {
		lines, err = ReadText(strings.NewReader(string(data)))
	}
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// TestForms reads a plan written for the purpose: every numbering and
// every responsibility form, with a cover notice and page debris around it.
func TestForms(t *testing.T) {
	p := Parse(readFixture(t, "forms_fullwidth.txt"), Options{File: "forms.txt"})
	got := describe(p)
	golden.Check(t, "forms.golden", got)

	want := []struct {
		id, title, lead, partners, note string
		targets                         int
	}{
		{"1", "推进公立医院改革", "体制改革处、医政医管处", "财务处", "配合：各相关处室", 1},
		{"2", "完善分级诊疗体系", "基层卫生健康处", "医政医管处", "", 1},
		{"3", "深化药品采购改革落实国家集采结果", "财务处", "药政处、医政医管处", "", 1},
		{"4.1", "新增市级临床重点专科不少于10个", "医政医管处", "科技教育处", "", 1},
		{"4.2", "力争2—3家医院通过三级医院评审，8月底前完成评审申报", "医政医管处、规划发展处", "", "", 1},
		{"5", "改善群众就医体验", "医政医管处", "", "", 2},
		{"6", "强化疾病预防控制", "疾病预防控制处", "基层卫生健康处", "配合：各区卫生健康局", 2},
		{"7", "保障母婴安全", "妇幼健康处", "医政医管处", "", 2},
		{"8", "推进健康城市建设年内新增健康社区20个以上", "健康促进处", "", "配合：各相关处室", 2},
		{"9", "全面加强党的建设", "机关党委", "", "", 0},
		{"10", "做好安全生产工作", "办公室", "", "配合：各处室", 1},
	}
	if len(p.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(p.Items), len(want))
	}
	for i, w := range want {
		it := p.Items[i]
		if it.ID != w.id || it.Title != w.title || strings.Join(it.Leads, "、") != w.lead || strings.Join(it.Partners, "、") != w.partners ||
			it.Note != w.note || len(it.Targets) != w.targets {
			t.Errorf("item %d = %s %q lead %q partners %q note %q targets %d;\nwant %+v",
				i, it.ID, it.Title, it.Leads, it.Partners, it.Note, len(it.Targets), w)
		}
		if strings.Contains(it.Content, "印发") || strings.Contains(it.Content, "附件下载") || strings.Contains(it.Content, "责任单位") {
			t.Errorf("item %s content holds what is not plan text: %q", it.ID, it.Content)
		}
	}
	if p.Title != "2026年全市卫生健康工作要点" || p.Year != 2026 {
		t.Errorf("title %q year %d", p.Title, p.Year)
	}

	// The same plan as GBK text and as a .docx written by LibreOffice.
	for _, name := range []string{"forms_gbk.txt", "forms_fullwidth.docx"} {
		if other := describe(Parse(readFixture(t, name), Options{File: "forms.txt"})); other != got {
			t.Errorf("%s reads differently from the UTF-8 text", name)
		}
	}
}

// TestFormsHalfWidth reads the same plan with half-width punctuation and
// 1. numbering that restarts in every section: tasks are cited with their
// section's number.
func TestFormsHalfWidth(t *testing.T) {
	p := Parse(readFixture(t, "forms_halfwidth.txt"), Options{File: "forms_halfwidth.txt"})
	golden.Check(t, "forms_halfwidth.golden", describe(p))
	var ids []string
	for _, it := range p.Items {
		ids = append(ids, it.ID)
	}
	if got := strings.Join(ids, ","); got != "1.1,1.2,1.3,2.1.1,2.1.2,2.2,3.1,3.2,3.3,4.1,4.2" {
		t.Errorf("ids %s", got)
	}
	full := Parse(readFixture(t, "forms_fullwidth.txt"), Options{})
	for i, it := range p.Items {
		f := full.Items[i]
		if strings.Join(it.Leads, "、") != strings.Join(f.Leads, "、") || strings.Join(it.Partners, "、") != strings.Join(f.Partners, "、") || len(it.Targets) != len(f.Targets) {
			t.Errorf("item %s reads differently from its full-width twin %s", it.ID, f.ID)
		}
	}
}

// TestPlanEnd reads where a plan's text ends: the attachments' line and
// page debris after the last item are not part of it.
func TestPlanEnd(t *testing.T) {
	tests := []struct{ name, last string }{
		{"attachment", "附件：2028年重点工作任务分解表.docx"},
		{"numbered attachment", "附件1：指标分解表"},
		{"attachment alone", "附件"},
		{"print button", "【打印本页】　【关闭窗口】"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "一、重点工作\n1．做好甲项工作。全年完成培训100人次。（甲处、乙处共同负责）\n" + tt.last + "\n主办：某某中心　　地址：某某路18号"
			lines := linesOf(text)
			p := Parse(lines, Options{Year: 2028})
			if len(p.Items) != 1 || strings.Join(p.Items[0].Leads, "、") != "甲处、乙处" || strings.Contains(p.Items[0].Content, "附件") {
				t.Errorf("items %+v", p.Items)
			}
		})
	}
}

// TestArticleFooter reads a plan copied from an article of an official
// account: the footer after the last item's line of units is no part of
// it, nor is anything after the footer.
func TestArticleFooter(t *testing.T) {
	tests := []struct{ name, footer string }{
		{"source", "来源：某某县农业农村局"},
		{"credits", "编辑：张三　审核：李四"},
		{"read more", "阅读原文"},
		{"buttons", "分享 收藏 点赞 在看"},
		{"earlier articles", "往期推荐"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "一、重点工作\n1.做好甲项工作。完成培训100人次。\n牵头科室：甲股　配合单位：乙中心\n" + tt.footer + "\n某某县去年新增就业3000人"
			lines := linesOf(text)
			p := Parse(lines, Options{Year: 2028})
			if len(p.Items) != 1 {
				t.Fatalf("items %+v", p.Items)
			}
			it := p.Items[0]
			if strings.Join(it.Leads, "、") != "甲股" || strings.Join(it.Partners, "、") != "乙中心" || len(it.Targets) != 1 {
				t.Errorf("leads %q, partners %q, targets %+v", it.Leads, it.Partners, it.Targets)
			}
		})
	}
}

// TestInheritedNote reads (1) items under an item whose note names the
// units: they take the note, and their targets come from their own text.
func TestInheritedNote(t *testing.T) {
	text := "一、重点工作\n（一）做好防控\n1.实施综合防控（甲处牵头，乙处配合）。\n（1）扩大管理覆盖面，管理率达到70%；\n（2）推进筛查，完成筛查12万人。"
	lines := linesOf(text)
	var got []string
	for _, it := range Parse(lines, Options{Year: 2028}).Items {
		s := it.ID + ":" + strings.Join(it.Leads, "、") + "/" + strings.Join(it.Partners, "、")
		for _, tg := range it.Targets {
			s += ":" + tg.Phrase
		}
		got = append(got, s)
	}
	want := "1.1:甲处/乙处:达到70%|1.2:甲处/乙处:12万人"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s, want %s", strings.Join(got, "|"), want)
	}
}

// TestListNote reads a list of (1) items whose note is a line of its own
// after the last: it is the note of every item of the list, unless one
// before the last names its own units.
func TestListNote(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"after the list", "一、重点工作\n（一）做好培养\n1.培养人才。\n（1）培养医学生100名；\n（2）培训医师200人次。\n（甲处、乙处负责）",
			"1.1:甲处、乙处/|1.2:甲处、乙处/"},
		{"sentence of roles after the list", "一、重点工作\n（一）做好培养\n（1）培养医学生100名；\n（2）培训医师200人次。\n由甲处牵头，乙处配合。",
			"1.1:甲处/乙处|1.2:甲处/乙处"},
		{"one before names its own", "一、重点工作\n（一）做好培养\n（1）培养医学生100名（丙处负责）；\n（2）培训医师200人次。\n（甲处负责）",
			"1.1:丙处/|1.2:甲处/"},
		{"items with no parent keep their own", "一、重点工作\n1.培养医学生100名。\n2.培训医师200人次。\n（甲处负责）",
			"1:/|2:甲处/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rolesOf(tt.text, 2028); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestCitedUnderItem reads the numbers of a list under an item: cited
// under the item when its level holds tasks of its own and each list
// starts at 1, as they are when Word numbers them; by their own number
// when they run on over the items.
func TestCitedUnderItem(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"one list under a task's sibling", "一、文化\n（一）建设书房5个。\n二、文物\n（一）抓好文物安全\n1.巡查文物100处。\n2.修缮文物2处。\n（二）认定传承人20名。",
			"1.1,2.1.1,2.1.2,2.2"},
		{"list under items that run on", "一、文化\n（一）建设书房5个。\n（二）抓好文物安全\n1.巡查文物100处。\n2.修缮文物2处。\n（三）认定传承人20名。",
			"1,2.1,2.2,3"},
		{"lists that run on", "一、重点工作\n（一）做好培养\n1.培养医学生100名。\n2.培训医师200人次。\n（二）做好引进\n3.引进人才10名。\n二、其他工作\n（一）认定传承人20名。",
			"1,2,3,2.1"},
		{"items that are groups only", "一、重点工作\n（一）做好培养\n1.培养医学生100名。\n（二）做好引进\n1.引进人才10名。",
			"1.1,2.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range Parse(linesOf(tt.text), Options{Year: 2028}).Items {
				got = append(got, it.ID)
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("got %s, want %s", strings.Join(got, ","), tt.want)
			}
		})
	}
}

// TestAboveNote reads a note at a section's end that speaks of all the
// tasks above it: it is the note of the section's items that name none,
// at any depth, and of no other section's.
func TestAboveNote(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"items and a list before it", "一、防控\n（一）强化防控\n1.报告及时率达到100%。\n2.筛查1.5万人次。\n（二）管理率达到92%。\n以上任务由甲科牵头，乙中心、丙院配合。\n二、中医\n（三）覆盖率达到100%。",
			"1.1:甲科/乙中心、丙院|1.2:甲科/乙中心、丙院|2:甲科/乙中心、丙院|3:/"},
		{"an item names its own", "一、防控\n（一）报告及时率达到100%。（丁科负责）\n（二）管理率达到92%。\n上述工作由甲科牵头，乙中心配合。",
			"1:丁科/|2:甲科/乙中心"},
		{"in brackets", "一、防控\n（一）报告及时率达到100%。\n（二）管理率达到92%。\n（以上任务由甲科负责）",
			"1:甲科/|2:甲科/"},
		{"a note of the last item only", "一、防控\n（一）报告及时率达到100%。\n（二）管理率达到92%。\n由甲科牵头，乙中心配合。",
			"1:/|2:甲科/乙中心"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rolesOf(tt.text, 2041); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestSectionNote reads a note under a section's heading that speaks of
// all the section's tasks: it is the note of those that name none, and
// of no other section's.
func TestSectionNote(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an item names its own", "一、防控\n本部分任务由甲科牵头，乙中心配合（另有注明的除外）。\n任务一：报告及时率达到100%。\n任务二：管理率达到92%。（责任单位：丁科）\n二、中医\n任务三：覆盖率达到100%。",
			"1:甲科/乙中心|2:丁科/|3:/"},
		{"in brackets", "一、防控\n（本节工作由甲科负责）\n1.报告及时率达到100%。\n2.管理率达到92%。",
			"1:甲科/|2:甲科/"},
		{"the tasks below", "一、防控\n以下各项任务均由甲科、乙科共同牵头。\n（一）报告及时率达到100%。\n（二）管理率达到92%。",
			"1:甲科、乙科/|2:甲科、乙科/"},
		{"a note of another section's", "一、防控\n本部分任务由甲科牵头。\n（一）报告及时率达到100%。\n二、中医\n（二）覆盖率达到100%。",
			"1:甲科/|2:/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rolesOf(tt.text, 2057); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestHeadingOnItsOwnLine(t *testing.T) {
	tests := []struct {
		name, text, title, subject string
	}{
		{"heading over its text", "一、重点工作\n３．开展法治督察\n组织开展法治督察4次，整改率达到100%。\n责任单位：甲股（牵头），乙局",
			"开展法治督察", "组织开展法治督察"},
		{"heading with a conjunction", "一、重点工作\n1.加强社区矫正和安置帮教\n社区矫正对象教育帮扶覆盖率达到100%。（甲局负责）",
			"加强社区矫正和安置帮教", "社区矫正对象教育帮扶覆盖率"},
		{"a sentence wrapped onto the next line", "一、重点工作\n1.做好培训工作，全年组织开展业务\n培训4次。（甲局负责）",
			"做好培训工作，全年组织开展业务培训4次", "组织开展业务培训"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{})
			if len(p.Items) != 1 {
				t.Fatalf("%d items, want 1", len(p.Items))
			}
			it := p.Items[0]
			if it.Title != tt.title {
				t.Errorf("title %q, want %q", it.Title, tt.title)
			}
			if len(it.Targets) == 0 || it.Targets[0].Expected != tt.subject {
				t.Errorf("targets %+v, want the first of %q", it.Targets, tt.subject)
			}
		})
	}
}

// TestPersonLineUnderUnits reads a line naming the leader in charge
// under the line of units: a person, no part of the last unit.
func TestPersonLineUnderUnits(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"hospital leader", "一、医疗质量\n1、提升效率\n主要指标：平均住院日≤8.5天。\n责任部门：甲部（牵头）、乙部\n分管院领导：张某\n完成时间：全年",
			"1:甲部/乙部"},
		{"bureau leader", "一、重点工作\n1、做好工作\n责任科室：甲股\n分管局领导：李某\n完成时限：6月底前",
			"1:甲股/"},
		{"leader on the line", "一、重点工作\n1、做好工作\n责任科室：甲股 分管局领导：李某",
			"1:甲股/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rolesOf(tt.text, 2028); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// A plan that says how its lists read: with the rule that unmarked lists
// lead together, every unit of such a list leads; without it, the first.
// A sign-off below the last item names no unit of it.
func TestJointUnmarked(t *testing.T) {
	body := "一、重点工作\n1、做好甲项工作\n责任部门：甲部（牵头）、乙部\n完成时间：全年\n2、做好乙项工作\n责任部门：丙部、丁部\n完成时间：全年\n"
	tests := []struct{ name, text, want string }{
		{"no rule", "东城医院文件\n" + body, "1:甲部/乙部|2:丙部/丁部"},
		{"unmarked lead together", "标注（牵头）的为牵头部门，未标注的由所列部门共同牵头。\n" + body, "1:甲部/乙部|2:丙部、丁部/"},
		{"all listed lead", "所列部门均为牵头部门。\n" + body, "1:甲部/乙部|2:丙部、丁部/"},
		{"a task's own words", body + "3、做好丙项工作，戊部牵头，多个部门共同牵头推进\n责任部门：己部、庚部\n", "1:甲部/乙部|2:丙部/丁部|3:己部/庚部"},
		{"sign-off", body + "\n医院办公室（联系电话：0000-1234567）\n2059年1月5日", "1:甲部/乙部|2:丙部/丁部"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rolesOf(tt.text, 2059); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// An article copied from a web page: sections numbered "01丨", a caption
// under a picture, and a list whose bracket says its units lead each
// their part.
func TestArticleSections(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"bar sections", "01丨甲方面\n▲1.做好甲项工作\n措施。\n【责任科室】甲股\n【配合单位】乙局\n02丨乙方面\n▲2.做好乙项工作\n措施。\n【责任科室】丙股",
			"甲方面 1:甲股/乙局|乙方面 2:丙股/"},
		{"caption", "01丨甲方面\n▲1.做好甲项工作\n措施。\n【责任科室】甲股\n【配合单位】乙局\n▲图为甲项工作现场\n02丨乙方面\n▲2.做好乙项工作\n措施。\n【责任科室】丙股",
			"甲方面 1:甲股/乙局|乙方面 2:丙股/"},
		{"each their part", "一、甲方面\n1.做好甲项工作\n措施。\n【责任科室】办公室、机关党支部（按职责分别负责）\n【配合单位】各基层单位",
			"甲方面 1:办公室、机关党支部/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range Parse(linesOf(tt.text), Options{Year: 2059}).Items {
				got = append(got, it.Section+" "+it.ID+":"+strings.Join(it.Leads, "、")+"/"+strings.Join(it.Partners, "、"))
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got %s, want %s", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// A target of two bars is judged by its floor (确保); the stretch bar (力争)
// goes to the task's 备注.
func TestStretchNote(t *testing.T) {
	tests := []struct{ name, text, target, note string }{
		{"stretch after the floor", "一、重点工作\n1.扩大消费。餐饮收入确保增长5%、力争增长7%。（商务股负责）",
			"餐饮收入|增长5%", "餐饮收入力争增长7%（按“增长5%”考核）"},
		{"note kept", "一、重点工作\n1.扩大消费。餐饮收入确保增长5%、力争增长7%。（商务股负责，各乡镇配合）",
			"餐饮收入|增长5%", "配合：各乡镇；餐饮收入力争增长7%（按“增长5%”考核）"},
		{"one bar", "一、重点工作\n1.扩大消费。餐饮收入增长5%。（商务股负责）", "餐饮收入|增长5%", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(linesOf(tt.text), Options{Year: 2030})
			if len(p.Items) != 1 {
				t.Fatalf("%d items, want 1", len(p.Items))
			}
			var got []string
			for _, tg := range p.Items[0].Targets {
				got = append(got, tg.Expected+"|"+tg.Phrase)
			}
			if strings.Join(got, "/") != tt.target {
				t.Errorf("targets %s, want %s", strings.Join(got, "/"), tt.target)
			}
			ret := p.Return("要点.txt", units.NewDirectory(nil))
			if n := ret.Tasks[0].Note; n != tt.note {
				t.Errorf("note %q, want %q", n, tt.note)
			}
		})
	}
}

// rolesOf reads text as a plan of year and writes each item's number, its
// leads and its partners: "1:甲处、乙处/丙处|2:丁处/".
func rolesOf(text string, year int) string {
	var got []string
	for _, it := range Parse(linesOf(text), Options{Year: year}).Items {
		got = append(got, it.ID+":"+strings.Join(it.Leads, "、")+"/"+strings.Join(it.Partners, "、"))
	}
	return strings.Join(got, "|")
}

// A note of all a section's tasks may be written in the section's heading.
func TestSectionNoteInHeading(t *testing.T) {
	text := "一、强化基层服务（本部分任务由甲科牵头，乙科配合）\n（一）做好甲项工作。全年完成甲项8个。\n（二）做好乙项工作。（丙科负责）\n二、加强队伍建设\n（三）做好丙项工作。"
	if got, want := rolesOf(text, 2059), "1:甲科/乙科|2:丙科/|3:/"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	p := Parse(linesOf(text), Options{Year: 2059})
	if got := p.Items[0].Section; got != "强化基层服务" {
		t.Errorf("section %q, want 强化基层服务", got)
	}
}
