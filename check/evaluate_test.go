package check

import (
	"strings"
	"testing"
	"time"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

var asOf = time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)

// outcomeRow is a 成果清单 row sent by dept.
func outcomeRow(dept string, kv ...string) lists.Row {
	r := lists.Row{Values: map[templates.Key]string{}, Dept: dept,
		Source:  lists.Source{File: dept + ".xlsx", Sheet: "成果清单", Row: 2},
		Columns: map[templates.Key]int{templates.Target: 3, templates.Actual: 4, templates.Status: 5}}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Values[templates.Key(kv[i])] = kv[i+1]
	}
	return r
}

func TestJudge(t *testing.T) {
	tests := []struct {
		name     string
		deadline string
		lead     *lists.Row // nil: the lead sent nothing
		want     Status
		light    Light
		reason   string // a part of the reason
		problem  lists.Code
	}{
		{"done and met", "年底前", row("target", "≥29%", "actual", "31.2%", "status", "已完成"), Done, Green, "达到目标", ""},
		{"done, text value", "年底前", row("target", "不少于24家", "actual", "２６家", "status", "已完成"), Done, Green, "", ""},
		{"done, qualitative", "年底前", row("target", "", "status", "已完成"), Done, Green, "", ""},
		{"done below target", "年底前", row("target", "≥29%", "actual", "27.5%", "status", "已完成"), Missed, Red, "未达到目标", ""},
		{"done, no value", "年底前", row("target", "≥29%", "status", "已完成"), Missed, Red, "未填写完成值", lists.ActualMissing},
		{"done, unit mismatch", "年底前", row("target", "≥29%", "actual", "26家", "status", "已完成"), Missed, Red, "单位", lists.UnitMismatch},
		{"done, unreadable value", "年底前", row("target", "≥29%", "actual", "见附件", "status", "已完成"), Missed, Red, "无法识别", lists.ValueUnreadable},
		{"done late still done", "上半年", row("target", "", "status", "已完成"), Done, Green, "", ""},
		{"overdue in progress", "上半年", row("status", "推进中"), Overdue, Red, "已过", ""},
		{"overdue beats unreported", "上半年", nil, Overdue, Red, "已过", ""},
		{"deadline is today", "9月底前", row("status", "推进中"), Ongoing, Green, "", ""},
		{"unreported, no row", "年底前", nil, Unreported, Red, "未报送", ""},
		{"unreported, blank status", "年底前", row("target", "≥29%"), Unreported, Red, "未填写完成状态", ""},
		{"unknown status text", "年底前", row("status", "见附件"), Unreported, Red, "", lists.StatusUnknown},
		{"marked lagging", "年底前", row("status", "滞后"), Lagging, Yellow, "自报", ""},
		{"not started near deadline", "10月20日前", row("status", "未启动"), Lagging, Yellow, "仅剩7%", ""},
		{"not started, time left", "2027年6月底", row("status", "未启动"), Ongoing, Green, "尚未启动", ""},
		{"not started, 25% left", "年底前", row("status", "未启动"), Lagging, Yellow, "仅剩25%", ""},
		{"behind pace", "年底前", row("expected", "新增市级临床重点专科", "target", "不少于10个", "actual", "6个", "status", "推进中"), Lagging, Yellow, "序时进度", ""},
		{"on pace", "年底前", row("expected", "新增市级临床重点专科", "target", "不少于10个", "actual", "7个", "status", "推进中"), Ongoing, Green, "", ""},
		{"a rate has no pace", "年底前", row("target", "≥90%", "actual", "10%", "status", "推进中"), Ongoing, Green, "", ""},
		{"relative met", "年底前", row("target", "提高5个百分点", "baseline", "30%", "actual", "35.5%", "status", "已完成"), Done, Green, "≥35%", ""},
		{"relative missed", "年底前", row("target", "下降10%", "baseline", "200例", "actual", "185例", "status", "已完成"), Missed, Red, "≤180例", ""},
		{"relative without baseline", "年底前", row("target", "提高5个百分点", "actual", "35%", "status", "已完成"), Done, Green, "", lists.BaselineMissing},
		{"relative, baseline in wrong unit", "年底前", row("target", "提高5个百分点", "baseline", "30家", "status", "推进中"), Ongoing, Green, "", lists.UnitMismatch},
		{"in progress", "年底前", row("status", "推进中", "actual", "20%"), Ongoing, Green, "", ""},
		{"open deadline", "长期", row("status", "推进中"), Ongoing, Green, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			task := lists.Task{ID: "1", Name: "任务", Lead: "医政医管处", Deadline: tt.deadline}
			o := lists.Outcome{ID: "1", Lead: tt.lead}
			if tt.lead != nil {
				o.Target = tt.lead.Get(templates.Target)
				o.Expected = tt.lead.Get(templates.Expected)
			}
			task.Outcomes = []lists.Outcome{o}
			ev := Evaluate(lists.Book{Plan: []lists.Task{task}}, Options{AsOf: asOf, Year: 2026})
			if len(ev.Items) != 1 {
				t.Fatalf("got %d items, want 1", len(ev.Items))
			}
			it := ev.Items[0]
			if it.Status != tt.want || it.Light() != tt.light {
				t.Errorf("status %v (%v), want %v (%v); reason %q", it.Status, it.Light(), tt.want, tt.light, it.Reason)
			}
			if !strings.Contains(it.Reason, tt.reason) {
				t.Errorf("reason %q does not say %q", it.Reason, tt.reason)
			}
			var codes []lists.Code
			for _, p := range ev.Problems {
				codes = append(codes, p.Code)
			}
			if tt.problem != "" && !containsCode(ev.Problems, tt.problem) {
				t.Errorf("problems %v, want one with code %s", codes, tt.problem)
			}
			if tt.problem == "" && len(ev.Problems) > 0 {
				t.Errorf("unexpected problems %v", ev.Problems)
			}
		})
	}
}

func row(kv ...string) *lists.Row {
	r := outcomeRow("医政医管处", kv...)
	return &r
}

func containsCode(ps []lists.Problem, c lists.Code) bool {
	for _, p := range ps {
		if p.Code == c {
			return true
		}
	}
	return false
}

func TestEvaluateDepartments(t *testing.T) {
	done := row("status", "已完成")
	late := row("status", "推进中")
	b := lists.Book{Plan: []lists.Task{
		{ID: "1", Lead: "医政医管处", Deadline: "年底前", Outcomes: []lists.Outcome{{ID: "1", Lead: done}, {ID: "2", Lead: late}}},
		{ID: "2", Lead: "办公室", Deadline: "上半年", Outcomes: []lists.Outcome{{ID: "1", Lead: late}}},
		{ID: "3", Lead: "医政医管处", Deadline: "年底前", Outcomes: []lists.Outcome{{}}},
	}}
	ev := Evaluate(b, Options{AsOf: asOf})
	if ev.Tasks != 3 || len(ev.Items) != 4 {
		t.Fatalf("tasks %d items %d, want 3 and 4", ev.Tasks, len(ev.Items))
	}
	if ev.Year != 2026 {
		t.Errorf("year %d, want the as-of date's 2026", ev.Year)
	}
	// Sorted by pinyin: 办公室 (ban) before 医政医管处 (yi).
	if len(ev.Depts) != 2 || ev.Depts[0].Name != "办公室" || ev.Depts[1].Name != "医政医管处" {
		t.Fatalf("departments %+v", ev.Depts)
	}
	yz := ev.Depts[1]
	if yz.Tasks != 2 || yz.Outcomes != 3 || yz.Counts.Of(Done) != 1 || yz.Counts.Of(Unreported) != 1 || yz.Counts.Of(Ongoing) != 1 {
		t.Errorf("医政医管处 %+v", yz)
	}
	if got := yz.CompletionRate(); got < 0.333 || got > 0.334 {
		t.Errorf("completion rate %v, want 1/3", got)
	}
	if ev.Depts[0].Counts.Of(Overdue) != 1 || ev.Counts.Red() != 2 {
		t.Errorf("counts %+v", ev.Counts)
	}
}
