package figures

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

var (
	asOf = time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)
	dir  = units.NewDirectory(nil)
)

// row reads a 成果清单 row typed inline: status, actual, done date.
func row(unit, status, actual, done string) *lists.OutcomeRow {
	l := templates.Outcomes.Recognize([]string{"任务编号", "完成值", "完成状态", "完成日期"})
	r := lists.NewReader(dir, unit+".xlsx", "成果清单", l)
	r.From = lists.Sender{Unit: units.Unit(unit), Text: unit}
	o := r.Outcome([]string{"1", actual, status, done}, 2)
	return &o
}

func deadline(s string) check.Deadline {
	d, _ := check.ParseDeadline(s)
	return d
}

func outcome(id string, reports ...lists.Report) lists.Outcome {
	return lists.Outcome{ID: id, Reports: reports}
}

// late is an outcome with a deadline of its own.
func late(id string, due check.Deadline, reports ...lists.Report) lists.Outcome {
	o := outcome(id, reports...)
	o.Deadline = due
	return o
}

func rep(unit string, r *lists.OutcomeRow) lists.Report {
	return lists.Report{Unit: units.Unit(unit), Row: r}
}

func TestEvaluateUnits(t *testing.T) {
	b := lists.Book{Tasks: []lists.Task{
		{ID: "1", Leads: []units.Unit{"医政医管处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{
			outcome("1", rep("医政医管处", row("医政医管处", "已完成", "", ""))),
			outcome("2", rep("医政医管处", row("医政医管处", "推进中", "", ""))),
		}},
		{ID: "2", Leads: []units.Unit{"办公室"}, Deadline: deadline("上半年"), Outcomes: []lists.Outcome{
			outcome("1", rep("办公室", row("办公室", "推进中", "", ""))),
		}},
		{ID: "3", Leads: []units.Unit{"医政医管处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{outcome("", rep("医政医管处", nil))}},
	}}
	ev := Evaluate(b, Options{AsOf: asOf})
	if ev.Tasks != 3 || len(ev.Items) != 4 || ev.Year != 2026 {
		t.Fatalf("tasks %d items %d year %d", ev.Tasks, len(ev.Items), ev.Year)
	}
	// In pinyin order: 办公室 (ban) before 医政医管处 (yi).
	if len(ev.Units) != 2 || ev.Units[0].Unit != "办公室" || ev.Units[1].Unit != "医政医管处" {
		t.Fatalf("units %+v", ev.Units)
	}
	yz := ev.Units[1]
	if yz.Tasks != 2 || yz.Outcomes != 3 || yz.Counts.Of(check.Done) != 1 || yz.Counts.Of(check.Unreported) != 1 || yz.Counts.Of(check.Ongoing) != 1 {
		t.Errorf("医政医管处 %+v", yz)
	}
	if ev.Units[0].Counts.Of(check.Overdue) != 1 || ev.Counts.Red() != 2 {
		t.Errorf("counts %+v", ev.Counts)
	}
}

// TestEvaluateCoLeads: an outcome with two leads is done only when both
// have done it; each lead's figures count its own result.
func TestEvaluateCoLeads(t *testing.T) {
	tests := []struct {
		name       string
		a, b       *lists.OutcomeRow
		want       check.Status
		reasonHas  string
		aSt, bSt   check.Status
		bothOnTime bool
	}{
		{"both done", row("医政医管处", "已完成", "", "2026-09-01"), row("药政处", "已完成", "", "2026-09-10"), check.Done, "", check.Done, check.Done, true},
		{"one silent", row("医政医管处", "已完成", "", ""), nil, check.Unreported, "药政处：牵头单位未报送", check.Done, check.Unreported, false},
		{"one lagging", row("医政医管处", "推进中", "", ""), row("药政处", "滞后", "", ""), check.Lagging, "", check.Ongoing, check.Lagging, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := lists.Book{Tasks: []lists.Task{{ID: "4", Leads: []units.Unit{"医政医管处", "药政处"}, Deadline: deadline("年底前"),
				Outcomes: []lists.Outcome{outcome("1", rep("医政医管处", tt.a), rep("药政处", tt.b))}}}}
			ev := Evaluate(b, Options{AsOf: asOf})
			it := ev.Items[0]
			if it.Status != tt.want || !strings.Contains(it.Reason, tt.reasonHas) || it.OnTime != tt.bothOnTime {
				t.Errorf("item %v %q on time %v", it.Status, it.Reason, it.OnTime)
			}
			a, _ := ev.Unit("医政医管处")
			bb, _ := ev.Unit("药政处")
			if a.Outcomes != 1 || a.Counts.Of(tt.aSt) != 1 || bb.Counts.Of(tt.bSt) != 1 || a.Tasks != 1 || bb.Tasks != 1 {
				t.Errorf("units %+v %+v", a, bb)
			}
		})
	}
}

func TestAssess(t *testing.T) {
	book := lists.Book{Tasks: []lists.Task{
		{ID: "1", Leads: []units.Unit{"甲处"}, Partners: []units.Unit{"乙处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{
			outcome("1", rep("甲处", row("甲处", "已完成", "", "2026-09-20"))),
			late("2", deadline("上半年"), rep("甲处", row("甲处", "已完成", "", "2026-08-10"))),
		}},
		{ID: "2", Leads: []units.Unit{"甲处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{outcome("1", rep("甲处", nil))}},
		{ID: "3", Leads: []units.Unit{"乙处"}, Partners: []units.Unit{"丙处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{
			outcome("1", rep("乙处", row("乙处", "推进中", "", ""))),
		}},
	}, Silent: []units.Unit{"丙处"}, Units: []lists.UnitSummary{{Unit: "丙处", Partnered: 1}}}
	ev := Evaluate(book, Options{AsOf: asOf})
	opts := DefaultAssessOptions()
	opts.Adjustments = []Adjustment{{Unit: "乙处", Points: 2, Reason: "获省级表彰"}}
	byUnit := map[units.Unit]Score{}
	scores := Assess(ev, opts)
	for _, s := range scores {
		byUnit[s.Unit] = s
	}
	// 甲处 leads three outcomes: on time (1), late (0.8), unreported (0),
	// and helps with nothing, so its led outcomes carry all 100 points.
	a := byUnit["甲处"]
	if a.Led != 3 || a.Partnered != 0 || a.Lead != 60 || a.Partner != 0 || a.Total != 60 || a.Grade != "合格" {
		t.Errorf("甲处 %+v", a)
	}
	if d := Deductions(ev, scores)[a.Unit]; len(d) != 2 || d[0].Result != DoneLate || d[0].Points != 6.67 || d[1].Points != 33.33 {
		t.Errorf("甲处 deductions %+v", d)
	}
	// 乙处 leads one outcome 推进中 (0.5 of 80) and helps with task 1's two
	// outcomes (0.9 of 20 on average), plus 2 points.
	b := byUnit["乙处"]
	if b.Lead != 40 || b.Partner != 18 || b.Adjust != 2 || b.Total != 60 {
		t.Errorf("乙处 %+v", b)
	}
	if a.Rank != 1 || b.Rank != 1 {
		t.Errorf("equal totals should share rank 1: %d %d", a.Rank, b.Rank)
	}
	// 丙处 only helps, and sent nothing: it earns nothing.
	if c := byUnit["丙处"]; c.Partnered != 1 || c.Total != 0 || c.Grade != "不合格" {
		t.Errorf("丙处 %+v", c)
	}
}

func TestSettings(t *testing.T) {
	o := DefaultAssessOptions()
	o.LeadWeight, o.PartnerWeight = 0.7, 0.3
	o.Adjustments = []Adjustment{{"甲处", -3, "安全生产事故"}, {"乙处", 2, "获省级表彰"}}
	rows := o.SettingsRows()
	rows = append(rows, []string{"等次：合格", "65"}, []string{"说明", "本表为测试"},
		[]string{"医政处", "-1", "按说明的格式写的减分"})
	got, errs := ParseSettings(rows, dir)
	if len(errs) != 0 {
		t.Errorf("errors %v", errs)
	}
	if got.LeadWeight != 0.7 || got.PartnerWeight != 0.3 || len(got.Adjustments) != 3 || got.Adjustments[0].Points != -3 {
		t.Errorf("read back %+v", got)
	}
	if a := got.Adjustments[2]; a.Unit != "医政医管处" || a.Points != -1 {
		t.Errorf("an adjustment for an alias is for its unit: %+v", a)
	}
	if grade(64, got.Bands) != "不合格" || grade(65, got.Bands) != "合格" {
		t.Errorf("bands %+v", got.Bands)
	}
	_, errs = ParseSettings([][]string{{LeadWeightLabel, "八成"}, {AdjustLabel, "甲处", "若干"}, {"牵头权重", "0.5"}}, dir)
	if len(errs) != 3 || errs[0].Row != 1 || errs[2].Row != 3 {
		t.Errorf("errors %v, want 3 naming rows 1 to 3", errs)
	}
	// A single band neither panics nor loses its name.
	one, _ := ParseSettings([][]string{{"等次：达标", "0"}}, dir)
	if d := one.Describe(); !strings.Contains(d, "0分及以上为达标") {
		t.Errorf("describe %q", d)
	}
}

func ExampleEvaluate() {
	b := lists.Book{Tasks: []lists.Task{{ID: "8", Name: "提升医疗质量", Leads: []units.Unit{"医政医管处"}, Deadline: deadline("年底前"),
		Outcomes: []lists.Outcome{outcome("1", rep("医政医管处", row("医政医管处", "推进中", "", "")))}}}}
	ev := Evaluate(b, Options{AsOf: asOf})
	it := ev.Items[0]
	fmt.Println(it.Number(), it.LeadNames(), it.Status, it.Light(), ev.Units[0].Unit, ev.Units[0].CompletionRate())
	// Output: 8-1 医政医管处 推进中 绿 医政医管处 0
}

// TestTallyInAnyOrder: items tallied in any order — as the shards of a
// large run judge them — score the units as Assess does.
func TestTallyInAnyOrder(t *testing.T) {
	book := lists.Book{Tasks: []lists.Task{
		{ID: "1", Leads: []units.Unit{"甲处"}, Partners: []units.Unit{"乙处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{
			outcome("1", rep("甲处", row("甲处", "已完成", "", "2026-09-20"))),
			late("2", deadline("上半年"), rep("甲处", row("甲处", "已完成", "", "2026-08-10"))),
		}},
		{ID: "2", Leads: []units.Unit{"甲处", "丙处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{
			outcome("1", rep("甲处", nil), rep("丙处", row("丙处", "推进中", "", ""))),
		}},
		{ID: "3", Leads: []units.Unit{"乙处"}, Partners: []units.Unit{"丙处", "丁处"}, Deadline: deadline("年底前"), Outcomes: []lists.Outcome{
			outcome("1", rep("乙处", row("乙处", "滞后", "", ""))),
		}},
	}, Silent: []units.Unit{"丁处"}, Units: []lists.UnitSummary{{Unit: "丁处", Partnered: 1}}}
	ev := Evaluate(book, Options{AsOf: asOf})
	if len(ev.Items) != 4 {
		t.Fatalf("%d items, want 4", len(ev.Items))
	}
	opts := DefaultAssessOptions()
	want := Assess(ev, opts)
	for _, order := range [][]int{{3, 2, 1, 0}, {2, 0, 3, 1}, {1, 3, 0, 2}} {
		var tally Tally
		for _, i := range order {
			tally.Add(&ev.Items[i])
		}
		if got := tally.Scores(ev, opts); !reflect.DeepEqual(got, want) {
			t.Errorf("tallied in order %v:\n got %+v\nwant %+v", order, got, want)
		}
	}
	if len(want) != 4 || want[len(want)-1].Unit != "丁处" || want[len(want)-1].Total != 0 {
		t.Errorf("scores %+v: 丁处 sent nothing and scores 0", want)
	}
}
