package problems

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/source"
)

// TestCatalogue checks that every code has a title in plain Chinese and,
// unless it needs no action, a suggestion.
func TestCatalogue(t *testing.T) {
	codes := Codes()
	if len(codes) < 30 {
		t.Fatalf("only %d codes", len(codes))
	}
	for _, c := range codes {
		if c.Title() == "" || c.Title() == string(c) {
			t.Errorf("%s has no title", c)
		}
		if strings.ContainsAny(c.Title(), "abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("%s: title %q is not plain Chinese", c, c.Title())
		}
		if c.entry().suggestion == "" && c != FileSkipped {
			t.Errorf("%s has no suggestion", c)
		}
	}
}

func TestSort(t *testing.T) {
	rank := func(s string) int {
		return slices.Index([]string{"任务清单", "责任清单", "成果清单"}, s) + 1
	}
	l := List{
		New(ValueUnreadable, source.Pos{File: "b.xlsx", Sheet: "成果清单", Row: 3, Col: 5}, "x"),
		New(FileUnreadable, source.Pos{File: "a.xlsx"}, "y"),
		New(RowNoTaskID, source.Pos{File: "b.xlsx", Sheet: "任务清单", Row: 9, Col: 1}, "z"),
		New(StatusUnknown, source.Pos{File: "b.xlsx", Sheet: "成果清单", Row: 3, Col: 6}, "w"),
	}
	l.Sort(rank)
	var got []Code
	for _, p := range l {
		got = append(got, p.Code)
	}
	want := []Code{FileUnreadable, RowNoTaskID, ValueUnreadable, StatusUnknown}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %v, want %v", got, want)
	}
}

func ExampleNew() {
	p := New(ValueUnreadable, source.Pos{File: "医政医管处.xlsx", Sheet: "成果清单", Row: 12, Col: 5}, "无法识别的数值“三十左右”")
	fmt.Println(p.Level, p.Code.Title())
	fmt.Println(p)
	// Output:
	// 警告 完成值无法识别
	// 医政医管处.xlsx 成果清单!E12：无法识别的数值“三十左右”（请填写数字及单位，如 31.2% 或 26家）
}
