package check

import "testing"

var benchTargets = []string{"保持在29%以上", "控制在8/10万以内", "不少于24家", "1-2家", "年内完成章程制定工作", "全覆盖", "提高5个百分点", "≥90%"}
var benchValues = []string{"31.2％", "３２个", "约30%", "已完成32家", "8.5/10万", "1,234", "一百二十", "96.2%"}

// BenchmarkParseTarget measures target parses; merge runs one per row.
func BenchmarkParseTarget(b *testing.B) {
	i := 0
	for b.Loop() {
		if _, err := ParseTarget(benchTargets[i%len(benchTargets)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkParseValue measures value parses.
func BenchmarkParseValue(b *testing.B) {
	i := 0
	for b.Loop() {
		if _, err := ParseValue(benchValues[i%len(benchValues)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkParseDeadline measures deadline parses.
func BenchmarkParseDeadline(b *testing.B) {
	in := []string{"年底前", "2026-09-30", "8月底前", "上半年", "第三季度", "2026年8月31日"}
	i := 0
	for b.Loop() {
		if _, err := ParseDeadline(in[i%len(in)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
