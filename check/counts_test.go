package check

import "testing"

// TestArabicCounts checks which counts in Chinese numerals are written in
// digits for reading targets.
func TestArabicCounts(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"after a verb of doing", "改建两座污水泵站", "改建2座污水泵站"},
		{"after a comparison word", "每半年巡查不少于三次", "每半年巡查不少于3次"},
		{"closing a clause", "培育龙头企业十二家，带动农户增收", "培育龙头企业12家，带动农户增收"},
		{"tens", "组织技能竞赛二十场", "组织技能竞赛20场"},
		{"a larger scale after", "转移就业两万人", "转移就业2万人"},
		{"a lone one is an article", "建立一个协调机制", "建立一个协调机制"},
		{"a lone er orders", "推进医院二期、三期工程", "推进医院二期、三期工程"},
		{"an ordinal", "公布第三批名录", "公布第三批名录"},
		{"every two", "每两年开展一次普查", "每两年开展一次普查"},
		{"a slogan in quotes", "落实“三个必须”要求", "落实“三个必须”要求"},
		{"a count of no target", "增强四个意识", "增强四个意识"},
		{"a period name", "完成十二五期间规划", "完成十二五期间规划"},
		{"tallies a list before", "整合甲站、乙站两个平台", "整合甲站、乙站两个平台"},
		{"tallies a list after", "完成三个乡镇(东岭、西坪、南塘)的改造", "完成三个乡镇(东岭、西坪、南塘)的改造"},
		{"digits untouched", "新建3所学校", "新建3所学校"},
		{"a share in tenths", "示范村占比达到三成以上", "示范村占比达到30%以上"},
		{"a share in tenths over", "付费占比超过七成", "付费占比超过70%"},
		{"tenths after no comparison", "建成三成熟度模型", "建成三成熟度模型"},
		{"a share as a half", "巡察覆盖率达到二分之一以上", "巡察覆盖率达到50%以上"},
		{"a share as three quarters", "占比超过四分之三", "占比超过75%"},
		{"a share in digits", "占比不低于5分之2", "占比不低于40%"},
		{"a share written with a slash", "基层就诊率达到1/2以上", "基层就诊率达到50%以上"},
		{"a rate per so many stays", "孕产妇死亡率控制在9/10万以下", "孕产妇死亡率控制在9/10万以下"},
		{"a rate per so many after a bound stays", "死亡率不超过9/10万", "死亡率不超过9/10万"},
		{"a third with a slash stays", "覆盖率达到1/3以上", "覆盖率达到1/3以上"},
		{"doubled", "示范点数量较上年翻一番", "示范点数量较上年增长100%"},
		{"doubled twice", "产值翻两番", "产值增长300%"},
		{"a third stays", "覆盖率达到三分之一以上", "覆盖率达到三分之一以上"},
		{"a fraction after no comparison", "减少三分之一的环节", "减少三分之一的环节"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := arabicCounts(tt.in); got != tt.want {
				t.Errorf("arabicCounts(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFindTargetsChineseCounts finds the targets a plan sets with counts
// in Chinese numerals.
func TestFindTargetsChineseCounts(t *testing.T) {
	tests := []struct {
		in, subject, target string
	}{
		{"新建两所乡镇敬老院", "新建乡镇敬老院", "≥2所"},
		{"开展入户走访不少于四轮", "开展入户走访", "≥4轮"},
		{"培育省级示范合作社三家", "培育省级示范合作社", "≥3家"},
		{"举办十场就业招聘会", "举办就业招聘会", "≥10场"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := FindTargets(tt.in)
			if len(got) != 1 || got[0].Subject != tt.subject || got[0].Target.String() != tt.target {
				t.Fatalf("FindTargets(%q) = %+v, want %s %s", tt.in, got, tt.subject, tt.target)
			}
		})
	}
	for _, in := range []string{"做到两个维护", "公布第三批名录", "整合甲站、乙站两个平台", "每两年开展一次普查"} {
		if got := FindTargets(in); len(got) != 0 {
			t.Errorf("FindTargets(%q) = %+v, want none", in, got)
		}
	}
	if tg, err := ParseTarget("不少于两次"); err != nil || tg.String() != "≥2次" {
		t.Errorf("ParseTarget(不少于两次) = %v, %v, want ≥2次", tg, err)
	}
}
