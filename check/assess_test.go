package check

import (
	"testing"

	"github.com/qingdan/qingdan/lists"
)

func TestAssess(t *testing.T) {
	done := row("status", "已完成", "done_date", "2026-12-20")
	late := row("status", "已完成", "done_date", "2027-01-10")
	ongoing := row("status", "推进中")
	book := lists.Book{Plan: []lists.Task{
		{ID: "1", Lead: "甲处", Partners: []string{"乙处"}, Deadline: "年底前", Outcomes: []lists.Outcome{{ID: "1", Lead: done}, {ID: "2", Lead: late}}},
		{ID: "2", Lead: "甲处", Deadline: "年底前", Outcomes: []lists.Outcome{{ID: "1"}}},
		{ID: "3", Lead: "乙处", Deadline: "年底前", Outcomes: []lists.Outcome{{ID: "1", Lead: ongoing}}},
	}}
	ev := Evaluate(book, Options{AsOf: asOf})
	opts := DefaultAssessOptions()
	opts.Adjustments = []Adjustment{{Dept: "乙处", Points: 2, Reason: "获省级表彰"}}
	scores := Assess(ev, opts)
	byDept := map[string]Score{}
	for _, s := range scores {
		byDept[s.Dept] = s
	}
	// 甲处 leads three outcomes: on time (1), late (0.8), unreported (0),
	// and helps with nothing, so its led outcomes carry all 100 points.
	a := byDept["甲处"]
	if a.Led != 3 || a.Partnered != 0 || a.Lead != 60 || a.Partner != 0 || a.Total != 60 || a.Grade != "合格" {
		t.Errorf("甲处 %+v", a)
	}
	if len(a.Deductions) != 2 || a.Deductions[0].Result != DoneLate || a.Deductions[0].Points != 6.67 || a.Deductions[1].Points != 33.33 {
		t.Errorf("甲处 deductions %+v", a.Deductions)
	}
	// 乙处 leads one outcome 推进中 (0.5 of 80) and helps with task 1's two
	// outcomes (0.9 of 20 on average), plus 2 points.
	b := byDept["乙处"]
	if b.Lead != 40 || b.Partner != 18 || b.Adjust != 2 || b.Total != 60 {
		t.Errorf("乙处 %+v", b)
	}
	if a.Rank != 1 || b.Rank != 1 {
		t.Errorf("equal totals should share rank 1: %d %d", a.Rank, b.Rank)
	}
	if d := opts.Describe(); d == "" {
		t.Error("no description")
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	o := DefaultAssessOptions()
	o.LeadWeight, o.PartnerWeight = 0.7, 0.3
	o.Adjustments = []Adjustment{{"甲处", -3, "安全生产事故"}, {"乙处", 2, "获省级表彰"}}
	rows := o.SettingsRows()
	rows = append(rows, []string{"等次：合格", "65"}, []string{"说明", "本表为测试"}, []string{LeadWeightLabel + "X", "abc"})
	got, errs := ParseSettings(rows)
	if len(errs) != 0 {
		t.Errorf("errors %v", errs)
	}
	if got.LeadWeight != 0.7 || got.PartnerWeight != 0.3 || len(got.Adjustments) != 2 || got.Adjustments[0].Points != -3 {
		t.Errorf("read back %+v", got)
	}
	if grade(64, got.Bands) != "不合格" || grade(65, got.Bands) != "合格" {
		t.Errorf("bands %+v", got.Bands)
	}
	_, errs = ParseSettings([][]string{{LeadWeightLabel, "八成"}, {AdjustLabel, "甲处", "若干"}})
	if len(errs) != 2 {
		t.Errorf("errors %v, want 2", errs)
	}
}
