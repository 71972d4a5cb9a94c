package lists

import (
	"slices"
	"testing"
	"time"

	"github.com/qingdan/qingdan/templates"
)

// mk builds a row of the given sheet sent by dept from file at row n.
func mk(dept, file, sheet string, n int, kv ...string) Row {
	r := Row{Values: map[templates.Key]string{}, Dept: dept, Source: Source{File: file, Sheet: sheet, Row: n},
		Columns: map[templates.Key]int{templates.TaskID: 0, templates.TaskName: 2}}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Values[templates.Key(kv[i])] = kv[i+1]
	}
	return r
}

const (
	id, name, lead, partners = templates.TaskID, templates.TaskName, templates.Lead, templates.Partners
	oid, status, reportDate  = templates.OutcomeID, templates.Status, templates.ReportDate
)

func TestMergeLeadAndPartners(t *testing.T) {
	a := Return{File: "a.xlsx", Dept: "医政医管处", Lists: Lists{
		Tasks:            []Row{mk("医政医管处", "a.xlsx", "任务清单", 2, string(id), "7", string(name), "提升医疗质量")},
		Responsibilities: []Row{mk("医政医管处", "a.xlsx", "责任清单", 2, string(id), "7", string(lead), "医政医管处", string(partners), "科技教育处、各相关处室")},
		Outcomes:         []Row{mk("医政医管处", "a.xlsx", "成果清单", 2, string(id), "7", string(oid), "1", string(status), "推进中")},
	}}
	b := Return{File: "b.xlsx", Dept: "科技教育处", Lists: Lists{
		Tasks:            []Row{mk("科技教育处", "b.xlsx", "任务清单", 3, string(id), "7", string(name), "提升医疗质量。")},
		Responsibilities: []Row{mk("科技教育处", "b.xlsx", "责任清单", 3, string(id), "7", string(lead), "医政医管处")},
		Outcomes: []Row{mk("科技教育处", "b.xlsx", "成果清单", 3, string(id), "7", string(oid), "1",
			string(templates.Progress), "已配合")},
	}}
	book := Merge([]Return{b, a})
	if len(book.Plan) != 1 {
		t.Fatalf("plan has %d tasks, want 1 (same ID, same name up to punctuation)", len(book.Plan))
	}
	task := book.Plan[0]
	if task.Lead != "医政医管处" || !slices.Equal(task.Partners, []string{"科技教育处"}) {
		t.Errorf("lead %q partners %q", task.Lead, task.Partners)
	}
	if task.From.Source.File != "a.xlsx" {
		t.Errorf("task fields taken from %s, want the lead's file", task.From.Source.File)
	}
	o := task.Outcomes[0]
	if o.Lead == nil || o.Lead.Source.File != "a.xlsx" || len(o.Others) != 1 || o.Others[0].Dept != "科技教育处" {
		t.Errorf("outcome lead %+v others %+v", o.Lead, o.Others)
	}
	if len(book.Tasks) != 2 || len(book.Outcomes) != 2 {
		t.Errorf("merged rows: %d tasks, %d outcomes; want every row kept", len(book.Tasks), len(book.Outcomes))
	}
	if len(book.Problems) != 0 {
		t.Errorf("problems: %v", book.Problems)
	}
}

func TestMergeIDCollision(t *testing.T) {
	a := Return{File: "a.xlsx", Dept: "财务处", Lists: Lists{
		Tasks:    []Row{mk("财务处", "a.xlsx", "任务清单", 2, string(id), "1", string(name), "加强预算管理")},
		Outcomes: []Row{mk("财务处", "a.xlsx", "成果清单", 2, string(id), "1", string(status), "已完成")},
	}}
	b := Return{File: "b.xlsx", Dept: "办公室", Lists: Lists{
		Tasks:    []Row{mk("办公室", "b.xlsx", "任务清单", 2, string(id), "1", string(name), "加强党的建设")},
		Outcomes: []Row{mk("办公室", "b.xlsx", "成果清单", 2, string(id), "1", string(status), "推进中")},
	}}
	book := Merge([]Return{a, b})
	if len(book.Plan) != 2 {
		t.Fatalf("plan has %d tasks, want both kept", len(book.Plan))
	}
	owners := []string{book.Plan[0].Owner, book.Plan[1].Owner}
	slices.Sort(owners)
	if !slices.Equal(owners, []string{"办公室", "财务处"}) {
		t.Errorf("owners %q", owners)
	}
	for _, task := range book.Plan {
		if task.Outcomes[0].Lead == nil || task.Outcomes[0].Lead.Dept != task.Owner {
			t.Errorf("task %s/%s: outcome not paired with its own department's row", task.Owner, task.Name)
		}
	}
	if !hasCode(book.Problems, TaskIDConflict) {
		t.Errorf("problems %v, want %s", book.Problems, TaskIDConflict)
	}
	if !hasCode(book.Problems, LeadUnknown) {
		t.Errorf("problems %v, want %s for tasks with no 责任清单", book.Problems, LeadUnknown)
	}
}

func TestMergeDuplicateAndSilentLead(t *testing.T) {
	older := mk("妇幼健康处", "a.xlsx", "成果清单", 2, string(id), "3", string(status), "推进中", string(reportDate), "2026-06-30")
	newer := mk("妇幼健康处", "a(1).xlsx", "成果清单", 2, string(id), "3", string(status), "已完成", string(reportDate), "2026-09-30")
	resp := func(file, task, l string) Row {
		return mk("妇幼健康处", file, "责任清单", 2, string(id), task, string(lead), l)
	}
	book := Merge([]Return{
		{File: "a(1).xlsx", Dept: "妇幼健康处", Lists: Lists{Outcomes: []Row{newer}, Responsibilities: []Row{resp("a(1).xlsx", "3", "妇幼健康处"), resp("a(1).xlsx", "9", "老龄健康处")}}},
		{File: "a.xlsx", Dept: "妇幼健康处", Lists: Lists{Outcomes: []Row{older}, Responsibilities: []Row{resp("a.xlsx", "3", "妇幼健康处")}}},
	})
	var t3 Task
	for _, task := range book.Plan {
		if task.ID == "3" {
			t3 = task
		}
	}
	if got := t3.Outcomes[0].Lead; got == nil || got.Source.File != "a(1).xlsx" {
		t.Errorf("the later 填报日期 should win, got %+v", got)
	}
	if !hasCode(book.Problems, DuplicateOutcome) {
		t.Errorf("problems %v, want %s", book.Problems, DuplicateOutcome)
	}
	if !hasCode(book.Problems, LeadSilent) {
		t.Errorf("problems %v, want %s for 老龄健康处", book.Problems, LeadSilent)
	}
}

func hasCode(ps []Problem, c Code) bool {
	for _, p := range ps {
		if p.Code == c {
			return true
		}
	}
	return false
}

func TestCompareIDs(t *testing.T) {
	ids := []string{"10", "", "3.2", "2", "3.10", "3.1", "3", "A1"}
	slices.SortFunc(ids, CompareIDs)
	want := []string{"2", "3", "3.1", "3.2", "3.10", "10", "A1", ""}
	if !slices.Equal(ids, want) {
		t.Errorf("sorted %q, want %q", ids, want)
	}
}

func TestDeptFromFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"医政医管处-成果清单(1).xlsx", "医政医管处"},
		{"回收表/医政医管处-成果清单（2）.xlsx", "医政医管处"},
		{`C:\报送\疾病预防控制处_工作清单.xlsx`, "疾病预防控制处"},
		{"副本 办公室-工作清单.xlsx", "办公室"},
		{"财务处.xlsx", "财务处"},
		{"成果清单.xlsx", ""},
		{"模板.xlsx", ""},
		{"各相关处室.xlsx", ""},
	}
	for _, tt := range tests {
		if got := DeptFromFileName(tt.in); got != tt.want {
			t.Errorf("DeptFromFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitDepts(t *testing.T) {
	got := SplitDepts("办公室（对外合作交流处、外事办）、健康促进处，医政医管处等各相关处室")
	want := []string{"办公室（对外合作交流处、外事办）", "健康促进处", "医政医管处"}
	if !slices.Equal(got, want) {
		t.Errorf("SplitDepts = %q, want %q", got, want)
	}
}

func TestColumnName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := ColumnName(i); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", i, got, want)
		}
	}
}

func FuzzDeptFromFileName(f *testing.F) {
	for _, s := range []string{"医政医管处-成果清单(1).xlsx", "副本 x.xlsx", "", "-", "(1)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := DeptFromFileName(s)
		if d != "" && !IsDept(d) {
			t.Errorf("DeptFromFileName(%q) = %q, not a department", s, d)
		}
	})
}

func TestDirectory(t *testing.T) {
	d := NewDirectory([]Alias{{"规划财务处", "规划处"}, {"办公室", "对外合作交流处"}})
	tests := []struct{ in, name string }{
		{"医政处", "医政医管处"},     // a default alias
		{" 医政医管处 ", "医政医管处"}, // the name itself
		{"中医处", "中医药处"},
		{"规划处", "规划财务处"}, // the 单位 sheet overrides a default
		{"对外合作交流处", "办公室"},
		{"办公室（对外合作交流处）", "办公室"},  // the bracketed second name is dropped
		{"财务处（审计处）", "财务处（审计处）"}, // kept as written when the directory does not know it...
		{"新设处室", "新设处室"},
	}
	for _, tt := range tests {
		if got := d.Name(tt.in); got != tt.name {
			t.Errorf("Name(%q) = %q, want %q", tt.in, got, tt.name)
		}
	}
	// ...but one department with 办公室 all the same.
	if d.Key("财务处（审计处）") != d.Key("财务处") || d.Key("ＸＹ处") != d.Key("XY处") {
		t.Error("spellings of one department have different keys")
	}
	if d.Key("医政处") == d.Key("中医处") {
		t.Error("two departments share a key")
	}
}

func TestMergeAliases(t *testing.T) {
	b := Merge([]Return{{File: "医政处.xlsx", Dept: "医政处", Lists: Lists{
		Responsibilities: []Row{mk("医政处", "医政处.xlsx", "责任清单", 2, string(id), "1", string(lead), "医政处", string(partners), "中医处、科教处等各相关处室")},
		Outcomes:         []Row{mk("医政处", "医政处.xlsx", "成果清单", 2, string(id), "1", string(status), "推进中")},
	}}})
	task := b.Plan[0]
	if task.Lead != "医政医管处" || !slices.Equal(task.Partners, []string{"中医药处", "科技教育处"}) {
		t.Errorf("lead %q partners %q", task.Lead, task.Partners)
	}
	if task.Outcomes[0].Lead == nil {
		t.Error("the row sent as 医政处 was not taken as the lead's")
	}
	if len(b.Units) != 3 || b.Units[1].Name != "医政医管处" || !slices.Equal(b.Units[1].Spellings, []string{"医政处"}) || !b.Units[1].Sent || b.Units[1].Led != 1 {
		t.Errorf("units %+v", b.Units)
	}
	if hasCode(b.Problems, LeadSilent) {
		t.Errorf("problems %v", b.Problems)
	}
}

func TestSentTwiceByDate(t *testing.T) {
	row := func(file, date string) Row {
		return mk("财务处", file, "成果清单", 2, string(id), "5", string(status), "推进中", string(reportDate), date)
	}
	resp := mk("财务处", "a.xlsx", "责任清单", 2, string(id), "5", string(lead), "财务处")
	parse := func(s string) (time.Time, bool) {
		switch s {
		case "2026年9月29日":
			return time.Date(2026, 9, 29, 0, 0, 0, 0, time.UTC), true
		case "2026-09-28":
			return time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, false
	}
	// As text "2026年9月29日" sorts before "2026-09-28"; as dates it is later.
	b := MergeWith([]Return{
		{File: "a.xlsx", Lists: Lists{Responsibilities: []Row{resp}, Outcomes: []Row{row("a.xlsx", "2026年9月29日")}}},
		{File: "b.xlsx", Lists: Lists{Outcomes: []Row{row("b.xlsx", "2026-09-28")}}},
	}, MergeOptions{Date: parse})
	if got := b.Plan[0].Outcomes[0].Lead.Source.File; got != "a.xlsx" {
		t.Errorf("the row of %s was taken, want the later a.xlsx", got)
	}
	// Without dates, the file saved later wins.
	b = Merge([]Return{
		{File: "a.xlsx", Modified: time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC), Lists: Lists{Responsibilities: []Row{resp}, Outcomes: []Row{row("a.xlsx", "")}}},
		{File: "b.xlsx", Modified: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), Lists: Lists{Outcomes: []Row{row("b.xlsx", "")}}},
	})
	if got := b.Plan[0].Outcomes[0].Lead.Source.File; got != "a.xlsx" {
		t.Errorf("the row of %s was taken, want a.xlsx, saved later", got)
	}
}

func TestMergeWithPlan(t *testing.T) {
	plan := Return{File: "任务总表.xlsx", Lists: Lists{
		Tasks:            []Row{mk("", "任务总表.xlsx", "任务清单", 2, string(id), "1", string(name), "推进公立医院改革", string(templates.Deadline), "2026年底前")},
		Responsibilities: []Row{mk("", "任务总表.xlsx", "责任清单", 2, string(id), "1", string(lead), "体制改革处")},
		Outcomes:         []Row{mk("", "任务总表.xlsx", "成果清单", 2, string(id), "1", string(oid), "1", string(templates.Target), "不低于36%")},
	}}
	ret := Return{File: "体改.xlsx", Dept: "体制改革处", PlanID: "old", Lists: Lists{
		Outcomes: []Row{
			mk("体制改革处", "体改.xlsx", "成果清单", 2, string(id), "1", string(oid), "1", string(status), "推进中", string(templates.Target), "≥30%"),
			mk("体制改革处", "体改.xlsx", "成果清单", 3, string(id), "99", string(oid), "1", string(status), "推进中"),
		},
	}}
	b := MergeWith([]Return{ret}, MergeOptions{Plan: &plan, PlanID: "new"})
	var t1 Task
	for _, task := range b.Plan {
		if task.ID == "1" {
			t1 = task
		}
	}
	if !t1.InPlan || t1.Lead != "体制改革处" || t1.Deadline != "2026年底前" || t1.Outcomes[0].Target != "不低于36%" || t1.Outcomes[0].Lead == nil {
		t.Errorf("task 1 not taken from the plan: %+v", t1)
	}
	if !hasCode(b.Problems, OtherPlan) || !hasCode(b.Problems, NotInPlan) {
		t.Errorf("problems %v, want %s (sent from another plan) and %s (task 99)", b.Problems, OtherPlan, NotInPlan)
	}
	if len(b.Outcomes) != 2 {
		t.Errorf("merged %d outcome rows; the plan's own rows are not merged as reports", len(b.Outcomes))
	}
}
