package check

import (
	"errors"
	"testing"
	"time"
)

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in   string
		op   Op
		v, u float64
		unit string
		rel  bool
	}{
		{"≥29%", AtLeast, 29, 0, "%", false},
		{">=29%", AtLeast, 29, 0, "%", false},
		{"29%以上", AtLeast, 29, 0, "%", false},
		{"保持在29%以上", AtLeast, 29, 0, "%", false},
		{"保持在 29 ％ 以上", AtLeast, 29, 0, "%", false},
		{"达到95%以上", AtLeast, 95, 0, "%", false},
		{"不低于65%", AtLeast, 65, 0, "%", false},
		{"不少于24家", AtLeast, 24, 0, "家", false},
		{"不少于２４家", AtLeast, 24, 0, "家", false},
		{"至少1家", AtLeast, 1, 0, "家", false},
		{"人均达到90元以上", AtLeast, 90, 0, "元", false},
		{"新增医养结合机构50个以上", AtLeast, 50, 0, "个", false},
		{"超过80%", Above, 80, 0, "%", false},
		{"突破2600亿元", Above, 2600, 0, "亿元", false},
		{"24家", AtLeast, 24, 0, "家", false},
		{"保持在6至9个月", Between, 6, 9, "个月", false},
		{"稳定在40%至45%", Between, 40, 45, "%", false},
		{"控制在2‰到3‰之间", Between, 2, 3, "‰", false},
		{"提高到85%", AtLeast, 85, 0, "%", false},
		{"控制在350米以内", AtMost, 350, 0, "米", false},
		{"不少于2.5千米", AtLeast, 2.5, 0, "千米", false},
		{"达到30万亩", AtLeast, 30, 0, "万亩", false},
		{"不少于200公顷", AtLeast, 200, 0, "公顷", false},
		{"新增1.2万公顷", AtLeast, 1.2, 0, "万公顷", false},
		{"3个工作日内办结", AtMost, 3, 0, "个工作日", false},
		{"为零", AtMost, 0, 0, "", false},
		{"为0", AtMost, 0, 0, "", false},
		{"0起", AtMost, 0, 0, "起", false},
		{"1个工作日办结", AtMost, 1, 0, "个工作日", false},
		{"不少于30分钟", AtLeast, 30, 0, "分钟", false},
		{"下降到40DDDs以内", AtMost, 40, 0, "DDDs", false},
		{"100%", AtLeast, 100, 0, "%", false},
		{"≤8/10万", AtMost, 8, 0, "/10万", false},
		{"控制在8/10万以内", AtMost, 8, 0, "/10万", false},
		{"8/10万以内", AtMost, 8, 0, "/10万", false},
		{"5‰以内", AtMost, 5, 0, "‰", false},
		{"8%以下", AtMost, 8, 0, "%", false},
		{"不高于10%", AtMost, 10, 0, "%", false},
		{"不超过60%", AtMost, 60, 0, "%", false},
		{"控制在8天以内", AtMost, 8, 0, "天", false},
		{"零发生", AtMost, 0, 0, "", false},
		{"“零”发生", AtMost, 0, 0, "", false},
		{"零事故", AtMost, 0, 0, "", false},
		{"零死亡", AtMost, 0, 0, "", false},
		{"降至9.3%", AtMost, 9.3, 0, "%", false},
		{"低于5%", Below, 5, 0, "%", false},
		{"1-2家", Between, 1, 2, "家", false},
		{"力争2—3家", Between, 2, 3, "家", false},
		{"2～3家", Between, 2, 3, "家", false},
		{"85%左右", Around, 85, 0, "%", false},
		{"全覆盖", AtLeast, 100, 0, "%", false},
		{"提高5个百分点", AtLeast, 0, 0, "", true},
		{"提升0.2个等级", AtLeast, 0, 0, "", true},
		{"增长6.2%", AtLeast, 0, 0, "", true},
		{"提高5-10个百分点", AtLeast, 0, 0, "", true},
		{"提高0.3岁", AtLeast, 0, 0, "", true},
		{"缩短0.5天", AtMost, 0, 0, "", true},
		{"压缩2个工作日以上", AtMost, 0, 0, "", true},
		{"提高5元", AtLeast, 0, 0, "", true},
		{"增长12亿元", AtLeast, 0, 0, "", true},
		{"提高到99元", AtLeast, 99, 0, "元", false},
		{"缩短至3天", AtMost, 3, 0, "天", false},
		{"年内完成章程制定工作", Qualitative, 0, 0, "", false},
		{"2026年底前建成30个以上", AtLeast, 30, 0, "个", false},
		{"", Qualitative, 0, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseTarget(tt.in)
			if err != nil {
				t.Fatalf("ParseTarget(%q): %v", tt.in, err)
			}
			if got.Op != tt.op || got.Value != tt.v || got.Upper != tt.u || got.Unit != tt.unit || got.Relative != tt.rel {
				t.Errorf("ParseTarget(%q) = %+v, want op %v value %v upper %v unit %q relative %v",
					tt.in, got, tt.op, tt.v, tt.u, tt.unit, tt.rel)
			}
			if got.Text != tt.in {
				t.Errorf("Text = %q, want the input", got.Text)
			}
		})
	}
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		in   string
		v    float64
		unit string
	}{
		{"31.2%", 31.2, "%"},
		{"31.2％", 31.2, "%"},
		{"３２个", 32, "个"},
		{"约30%", 30, "%"},
		{"已完成32家", 32, "家"},
		{"8.5/10万", 8.5, "/10万"},
		{"1,234", 1234, ""},
		{"1，234人次", 1234, "人次"},
		{"一百二十", 120, ""},
		{"三十二家", 32, "家"},
		{"两千", 2000, ""},
		{"12.6‰", 12.6, "‰"},
		{"94元", 94, "元"},
		{"1.5万元", 1.5, "万元"},
		{"1.5万", 1.5, "万"},
		{"约2亿", 2, "亿"},
		{"12万人次", 12, "万人次"},
		{"62万亩", 62, "万亩"}, {"26万吨", 26, "万吨"}, {"35万头", 35, "万头"}, {"3.5亿美元", 3.5, "亿美元"}, {"28微克/立方米", 28, "微克/立方米"},
		{"2026年9月完成26家", 26, "家"},
		{" 7.6 天 ", 7.6, "天"},
		{"0.312", 0.312, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseValue(tt.in)
			if err != nil {
				t.Fatalf("ParseValue(%q): %v", tt.in, err)
			}
			if got.Value != tt.v || got.Unit != tt.unit {
				t.Errorf("ParseValue(%q) = %v, want %v%s", tt.in, got, tt.v, tt.unit)
			}
		})
	}
	for _, bad := range []string{"", "已完成", "见附件", "abc"} {
		_, err := ParseValue(bad)
		var se *SyntaxError
		if !errors.As(err, &se) || se.Text != bad {
			t.Errorf("ParseValue(%q) error = %v, want a SyntaxError naming the text", bad, err)
		}
	}
}

func TestParseDeadline(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
		open bool
	}{
		{"2020-08-31", d(2020, 8, 31), false},
		{"2020/8/31", d(2020, 8, 31), false},
		{"2020.8.31", d(2020, 8, 31), false},
		{"2020年8月31日", d(2020, 8, 31), false},
		{"２０２０年８月３１日", d(2020, 8, 31), false},
		{"2020年8月", d(2020, 8, 31), false},
		{"2020年2月", d(2020, 2, 29), false},
		{"8月份", d(2026, 8, 31), false},
		{"8月底前", d(2026, 8, 31), false},
		{"八月底前", d(2026, 8, 31), false},
		{"10月20日前", d(2026, 10, 20), false},
		{"10月中旬", d(2026, 10, 20), false},
		{"上半年", d(2026, 6, 30), false},
		{"下半年", d(2026, 12, 31), false},
		{"第三季度", d(2026, 9, 30), false},
		{"三季度末", d(2026, 9, 30), false},
		{"2026年3季度", d(2026, 9, 30), false},
		{"年内", d(2026, 12, 31), false},
		{"年底前", d(2026, 12, 31), false},
		{"年底", d(2026, 12, 31), false},
		{"到2020年底", d(2020, 12, 31), false},
		{"2025年底前", d(2025, 12, 31), false},
		{"6月底前出台方案，年底前全面推开", d(2026, 12, 31), false},
		{"46022", d(2025, 12, 31), false},
		{"长期", time.Time{}, true},
		{"持续推进", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDeadline(tt.in)
			if err != nil {
				t.Fatalf("ParseDeadline(%q): %v", tt.in, err)
			}
			if day := got.In(2026); !day.Equal(tt.want) || got.Open != tt.open {
				t.Errorf("ParseDeadline(%q) in 2026 = %v open=%v, want %v open=%v", tt.in, day, got.Open, tt.want, tt.open)
			}
		})
	}
	if _, err := ParseDeadline("尽快"); err == nil {
		t.Error("ParseDeadline(尽快) gave no error")
	}
}

func TestParseMark(t *testing.T) {
	tests := []struct {
		in   string
		want Mark
		ok   bool
	}{
		{"", NoMark, true},
		{"已完成", Completed, true},
		{" 完成 ", Completed, true},
		{"未完成", InProgress, true},
		{"基本完成", InProgress, true}, // read as 推进中, and reported as such (V10)
		{"推进中", InProgress, true},
		{"正在推进", InProgress, true},
		{"未启动", NotStarted, true},
		{"滞后", Behind, true},
		{"进度滞后", Behind, true},
		{"见附件", NoMark, false},
	}
	for _, tt := range tests {
		got, ok := ParseMark(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseMark(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDeadlineYear checks that a deadline read once gives its day in any
// plan year, and that a date naming its year keeps it.
func TestDeadlineYear(t *testing.T) {
	tests := []struct {
		in         string
		y2020, y25 string
	}{
		{"年底前", "2020-12-31", "2025-12-31"},
		{"2月底", "2020-02-29", "2025-02-28"},
		{"2月29日", "2020-02-29", "2025-02-28"},
		{"2026年8月", "2026-08-31", "2026-08-31"},
		{"2026年3月启动，6月底前完成", "2026-06-30", "2026-06-30"}, // the year named applies to the other date
	}
	for _, tt := range tests {
		d, err := ParseDeadline(tt.in)
		if err != nil {
			t.Fatalf("ParseDeadline(%q): %v", tt.in, err)
		}
		if got := d.Format(2020); got != tt.y2020 {
			t.Errorf("%q in 2020 = %s, want %s", tt.in, got, tt.y2020)
		}
		if got := d.Format(2025); got != tt.y25 {
			t.Errorf("%q in 2025 = %s, want %s", tt.in, got, tt.y25)
		}
	}
	a, _ := ParseDeadline("年底前")
	b, _ := ParseDeadline("2026年12月31日")
	if !a.Same(b, 2026) || a.Same(b, 2025) {
		t.Error("年底前 and 2026年12月31日 should be the same day in 2026 only")
	}
	if _, err := ParseDate("9月30日"); err == nil {
		t.Error("ParseDate accepted a date without a year")
	}
	if d, err := ParseDate("2026年9月30日"); err != nil || d.Format("2006-01-02") != "2026-09-30" {
		t.Errorf("ParseDate = %v, %v", d, err)
	}
}

func TestReadMark(t *testing.T) {
	for in, want := range map[string]Marked{
		"已完成":  {Mark: Completed, Text: "已完成", Known: true},
		"基本完成": {Mark: InProgress, Text: "基本完成", Known: true, Approx: true},
		"见附件":  {Text: "见附件"},
		"":     {Known: true},
	} {
		if got := ReadMark(in); got != want {
			t.Errorf("ReadMark(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestTargetMet(t *testing.T) {
	tests := []struct {
		target, actual string
		met            bool
		mismatch       bool
	}{
		{"≥29%", "31.2%", true, false},
		{"≥29%", "29%", true, false},
		{"≥29%", "28.9%", false, false},
		{"≥29%", "31.2", true, false}, // a bare number is in the target's unit
		{"≥29%", "300‰", true, false}, // 300‰ = 30%
		{"≥29%", "26家", false, true},  // cannot be compared
		{"控制在8/10万以内", "6.5/10万", true, false},
		{"控制在8/10万以内", "8.1/10万", false, false},
		{"不少于24家", "24家", true, false},
		{"人均达到90元以上", "0.01万元", true, false}, // 100元
		{"1-2家", "1家", true, false},
		{"85%左右", "82%", true, false},
		{"85%左右", "79%", false, false},
		{"低于5%", "5%", false, false},
		{"城镇新增就业1.2万人", "1.5万", true, false},
		{"不少于20000人", "1.5万", false, false},
		{"不少于12000人", "1.5万", true, false},
		{"2万户", "15000户", false, false},
		{"≥20000", "1.5万", false, false},
		{"≥90%", "1.5万", false, true},
		{"零发生", "0起", true, false}, // none is none in any unit
		{"零发生", "1起", false, false},
		{"零发生", "0", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.actual, func(t *testing.T) {
			tg, err := ParseTarget(tt.target)
			if err != nil {
				t.Fatal(err)
			}
			q, err := ParseValue(tt.actual)
			if err != nil {
				t.Fatal(err)
			}
			met, err := tg.Met(q)
			if tt.mismatch != errors.Is(err, ErrUnitMismatch) {
				t.Fatalf("Met error = %v, want mismatch %v", err, tt.mismatch)
			}
			if met != tt.met {
				t.Errorf("Met = %v, want %v", met, tt.met)
			}
		})
	}
}
