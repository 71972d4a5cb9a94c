package plan

import "testing"

// TestClassify reads the numbering a line opens with.
func TestClassify(t *testing.T) {
	tests := []struct {
		name, text string
		level      level
		number     string
		rest       string
	}{
		{"section", "一、重点工作", section, "一", "重点工作"},
		{"item in Chinese numerals", "（三）做好甲项工作", cnItem, "三", "做好甲项工作"},
		{"item in digits", "3.做好甲项工作", arItem, "3", "做好甲项工作"},
		{"sub-item in brackets", "（2）做好甲项工作", subItem, "2", "做好甲项工作"},
		{"sub-item with a closing bracket only", "2）做好甲项工作", subItem, "2", "做好甲项工作"},
		{"sub-item with a half-width closing bracket", "12)做好甲项工作", subItem, "12", "做好甲项工作"},
		{"a number in the text", "1.5万人次完成体检", decimal, "1", "5万人次完成体检"},
		{"item after a triangle", "▲1.推进甲项工作", arItem, "1", "推进甲项工作"},
		{"item after a dot and a space", "● （二）推进甲项工作", cnItem, "二", "推进甲项工作"},
		{"a triangle with no number", "▲图为甲项工作现场", none, "", "▲图为甲项工作现场"},
		{"task and a Chinese numeral", "任务十二：推进甲项工作。", cnItem, "十二", "推进甲项工作。"},
		{"task and a digit", "任务3：推进甲项工作", arItem, "3", "推进甲项工作"},
		{"task and a full-width digit", "任务３：推进甲项工作", arItem, "3", "推进甲项工作"},
		{"the nth item", "第二项　推进甲项工作", cnItem, "二", "推进甲项工作"},
		{"the nth article", "第4条：推进甲项工作", arItem, "4", "推进甲项工作"},
		{"the word task in a sentence", "任务完成率达到100%", none, "", "任务完成率达到100%"},
		{"a part is no item", "第一部分 医疗质量", none, "", "第一部分 医疗质量"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lv, n, rest := classify(tt.text)
			if lv != tt.level || n != tt.number || rest != tt.rest {
				t.Errorf("classify(%q) = %v %q %q, want %v %q %q", tt.text, lv, n, rest, tt.level, tt.number, tt.rest)
			}
		})
	}
}
