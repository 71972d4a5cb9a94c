package check

import "testing"

// TestCountUnits checks that counts in 场次, 辆, 万辆, 处, 幢, 位次, 课时 and the
// measures of land, water and goods (平方公里, 立方米, 万吨, 万条) are read
// whole, after a verb of doing as well as after their indicator, and that
// 压缩至 compares, that a speed (公里/小时) is one unit, and that grain is
// weighed in 斤 (亿斤, 万斤), medals counted in 枚, video channels in 路,
// books in 册 (万册), lamps in 盏 and boards in 块.
func TestCountUnits(t *testing.T) {
	tests := []struct{ text, subject, target string }{
		{"开展阅读推广活动120场次。", "开展阅读推广活动", "≥120场次"},
		{"新增新能源出租车300辆。", "新增新能源出租车", "≥300辆"},
		{"完成文物保护修缮项目4处。", "完成文物保护修缮项目", "≥4处"},
		{"举办演出不少于40场。", "举办演出", "≥40场"},
		{"新增水土流失治理面积15平方公里。", "新增水土流失治理面积", "≥15平方公里"},
		{"全县用水总量控制在1.85亿立方米以内。", "用水总量", "≤1.85亿立方米"},
		{"治理中小河流河道28公里。", "治理中小河流河道", "≥28公里"},
		{"储备编织袋5万条。", "储备编织袋", "≥5万条"},
		{"新建保障性住房4幢。", "新建保障性住房", "≥4幢"},
		{"新增冷链物流仓储库容5万吨。", "新增冷链物流仓储库容", "≥5万吨"},
		{"综合考核进位不少于2个位次。", "综合考核进位", "≥2个位次"},
		{"审批事项平均办理时限压缩至5个工作日。", "审批事项平均办理时限", "≤5个工作日"},
		{"完成电动自行车登记上牌3.5万辆。", "完成电动自行车登记上牌", "≥3.5万辆"},
		{"交通安全教育每学期不少于4课时。", "交通安全教育", "≥4课时"},
		{"主干道平均车速保持在25-30公里/小时。", "主干道平均车速", "25-30公里/小时"},
		{"粮食总产量不低于7.2亿斤。", "粮食总产量", "≥7.2亿斤"},
		{"收购小麦3000万斤。", "收购小麦", "≥3000万斤"},
		{"金牌总数达到45枚。", "金牌总数", "≥45枚"},
		{"获得奖牌20枚。", "获得奖牌", "≥20枚"},
		{"接入视频监控点位不少于2500路。", "接入视频监控点位", "≥2500路"},
		{"公共图书馆人均藏书量达到1.6册。", "公共图书馆人均藏书量", "≥1.6册"},
		{"新增馆藏图书3.5万册。", "新增馆藏图书", "≥3.5万册"},
		{"完成背街小巷路灯补点改造1200盏。", "完成背街小巷路灯补点改造", "≥1200盏"},
		{"设置河长公示牌80块。", "设置河长公示牌", "≥80块"},
		{"更新宣传展板不少于12块。", "更新宣传展板", "≥12块"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			found := FindTargets(tt.text)
			if len(found) != 1 {
				t.Fatalf("FindTargets(%q) = %+v, want one target", tt.text, found)
			}
			pt, _ := ParseTarget(found[0].Phrase)
			if found[0].Subject != tt.subject || pt.String() != tt.target {
				t.Errorf("got %q %s, want %q %s", found[0].Subject, pt, tt.subject, tt.target)
			}
		})
	}
}
