package lists

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

var dir = units.NewDirectory(nil)

// sheet reads rows typed inline under a header, as a unit's workbook
// would hold them.
type sheet struct {
	file, unit string
	list       templates.Sheet
	header     []string
}

func (s sheet) reader() *Reader {
	r := NewReader(dir, s.file, s.list.Name, s.list.Recognize(s.header))
	r.From = Sender{Unit: dir.Unit(s.unit), Text: s.unit}
	return r
}

func (s sheet) tasks(rows ...[]string) []TaskRow {
	var out []TaskRow
	for i, c := range rows {
		out = append(out, s.reader().Task(c, i+2))
	}
	return out
}

func (s sheet) resps(rows ...[]string) []RespRow {
	var out []RespRow
	for i, c := range rows {
		out = append(out, s.reader().Resp(c, i+2))
	}
	return out
}

func (s sheet) outcomes(rows ...[]string) []OutcomeRow {
	var out []OutcomeRow
	for i, c := range rows {
		out = append(out, s.reader().Outcome(c, i+2))
	}
	return out
}

func taskSheet(file, unit string) sheet {
	return sheet{file, unit, templates.TaskList, []string{"任务编号", "任务名称", "完成时限"}}
}

func respSheet(file, unit string) sheet {
	return sheet{file, unit, templates.Responsibilities, []string{"任务编号", "牵头单位", "配合单位"}}
}

func outcomeSheet(file, unit string) sheet {
	return sheet{file, unit, templates.Outcomes, []string{"任务编号", "成果编号", "目标值", "完成值", "完成状态", "进展情况", "填报日期"}}
}

func ret(file, unit string) Return {
	return Return{File: file, From: Sender{Unit: dir.Unit(unit), Text: unit}}
}

func task(b Book, id string) Task {
	for _, t := range b.Tasks {
		if t.ID == id {
			return t
		}
	}
	return Task{}
}

func TestReaderTypesEveryCell(t *testing.T) {
	s := sheet{"a.xlsx", "医政医管处", templates.Outcomes, []string{"任务编号", "成果编号", "目标值", "完成值", "完成状态", "完成日期", "基线值", "备用列"}}
	o := s.outcomes([]string{" 7 ", "1", "不少于24家", "２６家", "基本完成", "2026年9月", "20家", "补充说明"})[0]
	if o.TaskID != "7" || o.Target.Value != 24 || o.Actual.Quantity.Value != 26 || !o.Mark.Approx ||
		o.DoneDate.Month != 9 || o.Baseline.Quantity.Value != 20 || o.Other != "备用列：补充说明" || o.From.Unit != "医政医管处" {
		t.Errorf("record %+v", o)
	}
	if c := o.At.Cell(templates.Actual).String(); c != "成果清单!D2" {
		t.Errorf("完成值 at %s, want 成果清单!D2", c)
	}
	if c := o.At.Cell(templates.Progress).String(); c != "成果清单!A2" {
		t.Errorf("a column the sheet lacks is at %s, want the row's 任务编号 cell", c)
	}
	r := sheet{"a.xlsx", "", templates.Responsibilities, []string{"任务编号", "责任处室"}}.resps([]string{"3", "医政处、药政处"})[0]
	if !slices.Equal(r.Leads, []units.Unit{"医政医管处"}) || !slices.Equal(r.Partners, []units.Unit{"药物政策与基本药物制度处"}) {
		t.Errorf("under 责任处室 the first unit leads: %q %q", r.Leads, r.Partners)
	}
	r = respSheet("a.xlsx", "").resps([]string{"3", "医政处、药政处", "各相关处室"})[0]
	if len(r.Leads) != 2 || len(r.Partners) != 0 || !slices.Equal(r.Groups, []string{"各相关处室"}) {
		t.Errorf("under 牵头单位 both lead: %q %q %q", r.Leads, r.Partners, r.Groups)
	}
}

func TestMergeLeadAndPartners(t *testing.T) {
	a := ret("a.xlsx", "医政医管处")
	a.Tasks = taskSheet("a.xlsx", "医政医管处").tasks([]string{"7", "提升医疗质量"})
	a.Resps = respSheet("a.xlsx", "医政医管处").resps([]string{"7", "医政医管处", "科技教育处、各相关处室"})
	a.Outcomes = outcomeSheet("a.xlsx", "医政医管处").outcomes([]string{"7", "1", "", "", "推进中"})
	b := ret("b.xlsx", "科技教育处")
	b.Tasks = taskSheet("b.xlsx", "科技教育处").tasks([]string{"7", "提升医疗质量。"})
	b.Resps = respSheet("b.xlsx", "科技教育处").resps([]string{"7", "医政医管处"})
	b.Outcomes = outcomeSheet("b.xlsx", "科技教育处").outcomes([]string{"7", "1", "", "", "", "已配合"})
	book := Merge([]Return{b, a}, MergeOptions{Directory: dir})
	if len(book.Tasks) != 1 {
		t.Fatalf("%d tasks, want 1 (same ID, same name up to punctuation)", len(book.Tasks))
	}
	tk := book.Tasks[0]
	if !slices.Equal(tk.Leads, []units.Unit{"医政医管处"}) || !slices.Equal(tk.Partners, []units.Unit{"科技教育处"}) {
		t.Errorf("leads %q partners %q", tk.Leads, tk.Partners)
	}
	if tk.At.Pos.File != "a.xlsx" {
		t.Errorf("task fields taken from %s, want the lead's file", tk.At.Pos.File)
	}
	o := tk.Outcomes[0]
	if len(o.Reports) != 1 || o.Reports[0].Row == nil || o.Reports[0].Row.At.Pos.File != "a.xlsx" || len(o.Feedback) != 1 || o.Feedback[0].From.Unit != "科技教育处" {
		t.Errorf("outcome reports %+v feedback %+v", o.Reports, o.Feedback)
	}
	if len(book.Problems) != 0 {
		t.Errorf("problems: %v", book.Problems)
	}
}

func TestMergeCoLeads(t *testing.T) {
	plan := Return{File: "任务总表.xlsx"}
	plan.Tasks = taskSheet("任务总表.xlsx", "").tasks([]string{"4", "推进药品集中采购", "年底前"})
	plan.Resps = respSheet("任务总表.xlsx", "").resps([]string{"4", "医政处、药政处", "财务处"})
	plan.Outcomes = outcomeSheet("任务总表.xlsx", "").outcomes([]string{"4", "1", "不少于20家"})
	a := ret("医政.xlsx", "医政医管处")
	a.Outcomes = outcomeSheet("医政.xlsx", "医政医管处").outcomes([]string{"4", "1", "", "22家", "已完成"})
	book := Merge([]Return{a}, MergeOptions{Directory: dir, Plan: &plan})
	tk := task(book, "4")
	if !slices.Equal(tk.Leads, []units.Unit{"医政医管处", "药物政策与基本药物制度处"}) {
		t.Fatalf("leads %q", tk.Leads)
	}
	o := tk.Outcomes[0]
	if len(o.Reports) != 2 || o.Reports[0].Row == nil || o.Reports[1].Row != nil {
		t.Errorf("reports %+v: want the first lead's row and none from the second", o.Reports)
	}
	if !slices.Contains(book.Silent, "药物政策与基本药物制度处") || !slices.Contains(book.Silent, "财务处") {
		t.Errorf("silent %q: a lead and a partner that sent nothing", book.Silent)
	}
	shares := Shares(&plan, book)
	led := map[units.Unit][]string{}
	for _, s := range shares {
		led[s.Unit] = s.Led
	}
	if !slices.Equal(led["医政医管处"], []string{"4"}) || !slices.Equal(led["药物政策与基本药物制度处"], []string{"4"}) {
		t.Errorf("both co-leads get the task as led: %v", led)
	}
}

func TestMergeIDCollision(t *testing.T) {
	a := ret("a.xlsx", "财务处")
	a.Tasks = taskSheet("a.xlsx", "财务处").tasks([]string{"1", "加强预算管理"})
	a.Outcomes = outcomeSheet("a.xlsx", "财务处").outcomes([]string{"1", "", "", "", "已完成"})
	b := ret("b.xlsx", "办公室")
	b.Tasks = taskSheet("b.xlsx", "办公室").tasks([]string{"1", "加强党的建设"})
	b.Outcomes = outcomeSheet("b.xlsx", "办公室").outcomes([]string{"1", "", "", "", "推进中"})
	book := Merge([]Return{a, b}, MergeOptions{Directory: dir})
	if len(book.Tasks) != 2 {
		t.Fatalf("%d tasks, want both kept", len(book.Tasks))
	}
	owners := []units.Unit{book.Tasks[0].Owner, book.Tasks[1].Owner}
	slices.Sort(owners)
	if !slices.Equal(owners, []units.Unit{"办公室", "财务处"}) {
		t.Errorf("owners %q", owners)
	}
	for _, tk := range book.Tasks {
		if r := tk.Outcomes[0].Reports; len(r) != 1 || r[0].Row == nil || r[0].Row.From.Unit != tk.Owner {
			t.Errorf("task %s/%s: outcome not paired with its own unit's row", tk.Owner, tk.Name)
		}
	}
	if !book.Problems.Has(problems.TaskIDConflict) || !book.Problems.Has(problems.LeadUnknown) {
		t.Errorf("problems %v, want M01 and M03", book.Problems)
	}
}

// TestMergeRenamedTask: a lead that renamed a task in the workbook sent
// from the plan keeps one task, not two.
func TestMergeRenamedTask(t *testing.T) {
	lead := ret("医政.xlsx", "医政医管处")
	lead.PlanID = "p1"
	lead.Tasks = taskSheet("医政.xlsx", "医政医管处").tasks([]string{"2", "提升医疗服务质量（已调整）"})
	lead.Resps = respSheet("医政.xlsx", "医政医管处").resps([]string{"2", "医政医管处", "科技教育处"})
	lead.Outcomes = outcomeSheet("医政.xlsx", "医政医管处").outcomes([]string{"2", "1", "", "", "已完成"})
	help := ret("科教.xlsx", "科技教育处")
	help.PlanID = "p1"
	help.Tasks = taskSheet("科教.xlsx", "科技教育处").tasks([]string{"2", "提升医疗服务质量"})
	help.Resps = respSheet("科教.xlsx", "科技教育处").resps([]string{"2", "医政医管处", "科技教育处"})
	for _, rs := range [][]Return{{lead, help}, {help, lead}} {
		book := Merge(rs, MergeOptions{Directory: dir})
		if len(book.Tasks) != 1 || book.Problems.Has(problems.TaskIDConflict) {
			t.Errorf("%d tasks, problems %v; want one renamed task", len(book.Tasks), book.Problems)
		}
	}
	help.PlanID = ""
	book := Merge([]Return{help, lead}, MergeOptions{Directory: dir})
	if len(book.Tasks) != 1 {
		t.Errorf("%d tasks: two returns naming the same lead describe one task", len(book.Tasks))
	}
}

func TestMergeDuplicateAndSilentLead(t *testing.T) {
	s := outcomeSheet("", "妇幼健康处")
	newer := ret("a(1).xlsx", "妇幼健康处")
	s.file = newer.File
	newer.Outcomes = s.outcomes([]string{"3", "", "", "", "已完成", "", "2026-09-30"})
	newer.Resps = respSheet(newer.File, "妇幼健康处").resps([]string{"3", "妇幼健康处"}, []string{"9", "老龄健康处"})
	older := ret("a.xlsx", "妇幼健康处")
	s.file = older.File
	older.Outcomes = s.outcomes([]string{"3", "", "", "", "推进中", "", "2026-06-30"})
	older.Resps = respSheet(older.File, "妇幼健康处").resps([]string{"3", "妇幼健康处"})
	book := Merge([]Return{newer, older}, MergeOptions{Directory: dir})
	if r := task(book, "3").Outcomes[0].Reports[0].Row; r == nil || r.At.Pos.File != "a(1).xlsx" {
		t.Errorf("the later 填报日期 should win, got %+v", r)
	}
	if !book.Problems.Has(problems.DuplicateOutcome) || !book.Problems.Has(problems.UnitSilent) {
		t.Errorf("problems %v, want M02 and M05 for 老龄健康处", book.Problems)
	}
	if !slices.Equal(book.Silent, []units.Unit{"老龄健康处"}) {
		t.Errorf("silent %q", book.Silent)
	}
}

func TestSentTwiceByDate(t *testing.T) {
	row := func(file, date string) []OutcomeRow {
		return outcomeSheet(file, "财务处").outcomes([]string{"5", "", "", "", "推进中", "", date})
	}
	resp := respSheet("a.xlsx", "财务处").resps([]string{"5", "财务处"})
	a, b := ret("a.xlsx", "财务处"), ret("b.xlsx", "财务处")
	a.Resps, a.Outcomes = resp, row("a.xlsx", "2026年9月29日")
	b.Outcomes = row("b.xlsx", "2026-09-28")
	// As text "2026年9月29日" sorts before "2026-09-28"; as dates it is later.
	if got := Merge([]Return{a, b}, MergeOptions{Directory: dir}).Tasks[0].Outcomes[0].Reports[0].Row.At.Pos.File; got != "a.xlsx" {
		t.Errorf("the row of %s was taken, want the later a.xlsx", got)
	}
	// Without dates, the file saved later wins.
	a.Outcomes, b.Outcomes = row("a.xlsx", ""), row("b.xlsx", "")
	a.Modified, b.Modified = time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	if got := Merge([]Return{a, b}, MergeOptions{Directory: dir}).Tasks[0].Outcomes[0].Reports[0].Row.At.Pos.File; got != "a.xlsx" {
		t.Errorf("the row of %s was taken, want a.xlsx, saved later", got)
	}
}

func TestMergeWithPlan(t *testing.T) {
	plan := Return{File: "任务总表.xlsx"}
	plan.Tasks = taskSheet("任务总表.xlsx", "").tasks([]string{"1", "推进公立医院改革", "2026年底前"})
	plan.Resps = respSheet("任务总表.xlsx", "").resps([]string{"1", "体制改革处"})
	plan.Outcomes = outcomeSheet("任务总表.xlsx", "").outcomes([]string{"1", "1", "不低于36%"})
	r := ret("体改.xlsx", "体制改革处")
	r.PlanID = "old"
	r.Tasks = taskSheet("体改.xlsx", "体制改革处").tasks([]string{"1", "推进公立医院改革", "年底前"}, []string{"99", "新任务", "6月底"})
	r.Outcomes = outcomeSheet("体改.xlsx", "体制改革处").outcomes([]string{"1", "1", "≥30%", "", "推进中"}, []string{"99", "1", "", "", "推进中"})
	b := Merge([]Return{r}, MergeOptions{Plan: &plan, PlanID: "new", Year: 2026, Directory: dir})
	t1 := task(b, "1")
	if !t1.InPlan || !slices.Equal(t1.Leads, []units.Unit{"体制改革处"}) || t1.Deadline.Text != "2026年底前" ||
		t1.Outcomes[0].Target.Text != "不低于36%" || t1.Outcomes[0].Reports[0].Row == nil {
		t.Errorf("task 1 not taken from the plan: %+v", t1)
	}
	for _, c := range []problems.Code{problems.OtherPlan, problems.NotInPlan, problems.PlanChanged} {
		if !b.Problems.Has(c) {
			t.Errorf("problems %v, want %s", b.Problems, c)
		}
	}
	if n := len(b.Problems.Of(problems.PlanChanged)); n != 1 {
		t.Errorf("%d M06: 年底前 is the plan's 2026年底前; only the target changed", n)
	}
}

func TestMergeAliases(t *testing.T) {
	r := ret("医政处.xlsx", "医政处")
	r.Resps = respSheet(r.File, "医政处").resps([]string{"1", "医政处", "中医处、科教处等各相关处室"})
	r.Outcomes = outcomeSheet(r.File, "医政处").outcomes([]string{"1", "", "", "", "推进中"})
	b := Merge([]Return{r}, MergeOptions{Directory: dir})
	tk := b.Tasks[0]
	if !slices.Equal(tk.Leads, []units.Unit{"医政医管处"}) || !slices.Equal(tk.Partners, []units.Unit{"中医药处", "科技教育处"}) {
		t.Errorf("leads %q partners %q", tk.Leads, tk.Partners)
	}
	if tk.Outcomes[0].Reports[0].Row == nil {
		t.Error("the row sent as 医政处 was not taken as the lead's")
	}
	if len(b.Units) != 3 || b.Units[1].Unit != "医政医管处" || !slices.Equal(b.Units[1].Spellings, []string{"医政处"}) || !b.Units[1].Sent || b.Units[1].Led != 1 {
		t.Errorf("units %+v", b.Units)
	}
}

// TestMergeOrderIsFixed merges the same returns many times: the book must
// be the same each time.
func TestMergeOrderIsFixed(t *testing.T) {
	var rs []Return
	for i := range 12 {
		u := fmt.Sprintf("第%02d处", i)
		r := ret(u+".xlsx", u)
		for j := range 8 {
			id := fmt.Sprint(j)
			r.Resps = append(r.Resps, respSheet(r.File, u).resps([]string{id, fmt.Sprintf("第%02d处", j), u})...)
			r.Outcomes = append(r.Outcomes, outcomeSheet(r.File, u).outcomes([]string{id, "", "", "", "推进中", "进展"})...)
		}
		rs = append(rs, r)
	}
	dump := func() string {
		data, err := json.Marshal(Merge(rs, MergeOptions{Directory: dir}))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	first := dump()
	for range 50 {
		if got := dump(); got != first {
			t.Fatal("two merges of the same returns differ")
		}
	}
}

func TestCompareIDs(t *testing.T) {
	ids := []string{"10", "", "3.2", "2", "3.10", "3.1", "3", "A1"}
	slices.SortFunc(ids, CompareIDs)
	want := []string{"2", "3", "3.1", "3.2", "3.10", "10", "A1", ""}
	if !slices.Equal(ids, want) {
		t.Errorf("sorted %q, want %q", ids, want)
	}
}

func ExampleMerge() {
	s := outcomeSheet("医政医管处.xlsx", "医政医管处")
	r := ret("医政医管处.xlsx", "医政医管处")
	r.Resps = respSheet(r.File, "医政医管处").resps([]string{"8", "医政医管处"})
	r.Outcomes = s.outcomes([]string{"8", "1", "≥95%", "96%", "已完成"})
	b := Merge([]Return{r}, MergeOptions{Directory: dir})
	o := b.Tasks[0].Outcomes[0]
	fmt.Println(b.Tasks[0].ID, b.Tasks[0].Leads, o.Target.Text, o.Reports[0].Row.Actual.Text, o.Reports[0].Row.At.Cell(templates.Actual))
	// Output: 8 [医政医管处] ≥95% 96% 成果清单!D2
}

// A task of many outcomes, reported by its lead and then by a partner,
// pairs each partner row with the lead's outcome of the same number,
// whether there are a few outcomes or many, in any spelling of the number.
func TestMergeManyOutcomes(t *testing.T) {
	for _, n := range []int{1, 3, manyOutcomes, manyOutcomes + 1, 40} {
		a := ret("a.xlsx", "医政医管处")
		a.Resps = respSheet("a.xlsx", "医政医管处").resps([]string{"7", "医政医管处", "科技教育处"})
		b := ret("b.xlsx", "科技教育处")
		var lead, partner [][]string
		for i := n; i >= 1; i-- {
			lead = append(lead, []string{"7", fmt.Sprint(i), "", "", "推进中"})
			partner = append(partner, []string{"7", fmt.Sprintf("%d ", i), "", "", "", "已配合"})
		}
		a.Outcomes = outcomeSheet("a.xlsx", "医政医管处").outcomes(lead...)
		b.Outcomes = outcomeSheet("b.xlsx", "科技教育处").outcomes(partner...)
		book := Merge([]Return{a, b}, MergeOptions{Directory: dir})
		os := task(book, "7").Outcomes
		if len(os) != n {
			t.Errorf("%d outcomes: merged into %d", n, len(os))
			continue
		}
		for i, o := range os {
			if o.ID != fmt.Sprint(i+1) || len(o.Reports) != 1 || o.Reports[0].Row == nil || len(o.Feedback) != 1 {
				t.Errorf("%d outcomes: outcome %d is %s with %d reports and %d feedback", n, i+1, o.ID, len(o.Reports), len(o.Feedback))
				break
			}
		}
	}
}

// TestMergeCollisionInParts: a workbook read in parts whose first part
// has no rows of a shard still numbers that shard's tasks by its own
// rows, not by the return added before it — whatever the shards.
func TestMergeCollisionInParts(t *testing.T) {
	const n = 4
	other := ""
	for i := 2; other == ""; i++ {
		if id := fmt.Sprint(i); ShardOf(id, n) != ShardOf("1", n) {
			other = id
		}
	}
	a := ret("a.xlsx", "财务处")
	a.Tasks = taskSheet("a.xlsx", "财务处").tasks([]string{"1", "加强预算管理"})
	a.Outcomes = outcomeSheet("a.xlsx", "财务处").outcomes([]string{"1", "", "", "", "已完成"})
	first := ret("b.xlsx", "办公室")
	first.Tasks = taskSheet("b.xlsx", "办公室").tasks([]string{other, "做好机要保密"})
	rest := ret("b.xlsx", "办公室")
	rest.Continued = true
	rest.Tasks = taskSheet("b.xlsx", "办公室").tasks([]string{"1", "加强党的建设"})
	rest.Outcomes = outcomeSheet("b.xlsx", "办公室").outcomes([]string{"1", "", "", "", "推进中"})
	for _, shards := range []int{1, n} {
		book := Merge([]Return{a, first, rest}, MergeOptions{Directory: dir, Shards: shards})
		var ones []Task
		for _, tk := range book.Tasks {
			if tk.ID == "1" {
				ones = append(ones, tk)
			}
		}
		if len(ones) != 2 {
			t.Errorf("%d shards: %d tasks numbered 1, want one for each unit", shards, len(ones))
			continue
		}
		for _, tk := range ones {
			if r := tk.Outcomes[0].Reports; len(r) != 1 || r[0].Row == nil || r[0].Row.From.Unit != tk.Owner {
				t.Errorf("%d shards: task %s/%s: outcome not paired with its own unit's row", shards, tk.Owner, tk.Name)
			}
		}
	}
}

// TestMergeLeadVote: when the 责任清单 of several returns name different
// leads for a task, most returns win, a tie goes to the lead named first,
// and the disagreement is a warning.
func TestMergeLeadVote(t *testing.T) {
	for _, tc := range []struct {
		name  string
		leads []string // each return's 牵头单位 for task 3, in file order
		want  []units.Unit
	}{
		{"all agree", []string{"疾控处", "疾控处"}, []units.Unit{"疾病预防控制处"}},
		{"most win", []string{"医政处", "疾控处", "疾控处"}, []units.Unit{"疾病预防控制处"}},
		{"a tie goes to the first", []string{"医政处", "疾控处"}, []units.Unit{"医政医管处"}},
		{"two leads are one vote", []string{"医政处、疾控处", "疾控处", "医政处、疾控处"}, []units.Unit{"医政医管处", "疾病预防控制处"}},
		{"one names none", []string{"", "疾控处"}, []units.Unit{"疾病预防控制处"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []Return
			for i, lead := range tc.leads {
				file := fmt.Sprintf("%d.xlsx", i+1)
				r := ret(file, "办公室")
				r.Resps = respSheet(file, "办公室").resps([]string{"3", lead})
				rs = append(rs, r)
			}
			book := Merge(rs, MergeOptions{Directory: dir})
			if got := task(book, "3").Leads; !slices.Equal(got, tc.want) {
				t.Errorf("leads %q, want %q", got, tc.want)
			}
			distinct := map[string]bool{}
			for _, l := range tc.leads {
				if l != "" {
					distinct[l] = true
				}
			}
			if got, want := book.Problems.Has(problems.LeadConflict), len(distinct) > 1; got != want {
				t.Errorf("lead conflict reported %v, want %v: %v", got, want, book.Problems)
			}
		})
	}
}
