package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// encodedItem is an item as encoding/json writes it in check --json.
func encodedItem(t testing.TB, it jsonItem) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(it); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// TestItemJSON: an item is written as encoding/json writes it, whatever
// its texts hold.
func TestItemJSON(t *testing.T) {
	for _, it := range []jsonItem{
		{},
		{Leads: []string{}},
		{TaskID: "1.2", OutcomeID: "1.2-1", Dept: "医政医管处", Lead: "医政医管处、疾控处", Leads: []string{"医政医管处", "疾控处"},
			TaskName: "提升“急救”能力 <a&b>", Target: "≥29%", Actual: "31.2％", Deadline: "2026-12-31", Status: "已完成",
			Light: "绿灯", Reason: "第一行\n第二行\t\"引号\" \\ 反斜杠", File: `回收表\医政处.xlsx`, Position: "成果清单!12"},
		{Reason: "\x00\x01\b\f\x1f\x7f \u2028\u2029 \xff\xfe 半个\xe5\x8c 汉字", Leads: []string{"\xc0"}},
	} {
		want := encodedItem(t, it)
		if got := string(it.appendIndented(nil)); got != want {
			t.Errorf("item %+v\ngot  %s\nwant %s", it, got, want)
		}
	}
}

func FuzzItemJSON(f *testing.F) {
	f.Add("1.2", "医政医管处", "31.2％\n", "\xff\u2028\"\\", 2)
	f.Fuzz(func(t *testing.T, id, unit, actual, reason string, leads int) {
		it := jsonItem{TaskID: id, OutcomeID: id + "-1", Dept: unit, Lead: unit, TaskName: reason,
			Target: actual, Actual: actual, Reason: reason, File: unit, Position: id}
		if leads >= 0 {
			it.Leads = []string{}
			for range leads % 4 {
				it.Leads = append(it.Leads, unit, reason)
			}
		}
		if got, want := string(it.appendIndented(nil)), encodedItem(t, it); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	})
}
