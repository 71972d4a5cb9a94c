package check

import "testing"

// FuzzAccumulates: the word list answers as the expression built from it
// does, on any text.
func FuzzAccumulates(f *testing.F) {
	for _, s := range []string{"", "新增市级临床重点专科10个", "培训基层医生500人次", "公立医院综合改革覆盖率",
		"新", "增", "完 成", "已完成", "建设项目", "评审认定", "打造品牌", "\xe6\x96\xb0增"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := accumulates(s), cumulativeVerb.MatchString(s); got != want {
			t.Errorf("accumulates(%q) = %v, the expression says %v", s, got, want)
		}
	})
}
