package figures

import (
	"slices"
	"testing"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/units"
)

func TestMissing(t *testing.T) {
	tests := []struct {
		name string
		v    Verdict
		want string
	}{
		{"not reported", Verdict{Status: check.Unreported}, "完成值、完成状态、进展情况和佐证材料"},
		{"no status", Verdict{Reported: true, Status: check.Unreported}, "完成状态"},
		{"overdue blank", Verdict{Reported: true, Status: check.Overdue}, "完成值、完成情况；未完成的说明原因和完成时间"},
		{"overdue", Verdict{Reported: true, Status: check.Overdue, Actual: "3家"}, "完成情况；未完成的说明原因和完成时间"},
		{"lagging", Verdict{Reported: true, Status: check.Lagging}, "滞后原因和赶进度的措施"},
		{"done", Verdict{Reported: true, Status: check.Done}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Missing(tt.v); got != tt.want {
				t.Errorf("Missing = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestChases(t *testing.T) {
	item := func(id string, vs ...Verdict) Item { return Item{TaskID: id, Leaders: vs} }
	ev := Evaluation{
		Items: []Item{
			item("1", Verdict{Unit: "乙处", Reported: true, Status: check.Done}),
			item("2", Verdict{Unit: "乙处", Reported: true, Status: check.Lagging}, Verdict{Unit: "甲处", Reported: true, Status: check.Done}),
			item("3", Verdict{Unit: "丙处", Status: check.Unreported}),
			item("4", Verdict{Unit: "甲处", Reported: true, Status: check.Missed}),
		},
		Silent: []SilentUnit{{Unit: "丙处", Led: 1}, {Unit: "丁处", Partnered: 2}},
	}
	got := Chases(ev)
	var names []units.Unit
	for _, c := range got {
		names = append(names, c.Unit)
	}
	want := []units.Unit{"丙处", "丁处", "乙处"}
	if !slices.Equal(names, want) {
		t.Fatalf("chased %v, want %v (pinyin order; 甲处's 未达标 is not chased)", names, want)
	}
	if !got[0].Silent || len(got[0].Items) != 1 || got[1].Partnered != 2 || len(got[1].Items) != 0 || got[2].Items[0].Item.TaskID != "2" {
		t.Errorf("chases %+v", got)
	}
}
