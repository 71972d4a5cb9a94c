package check

import "testing"

// TestCountUnits checks that counts in 场次, 辆 and 处 are read whole,
// after a verb of doing as well as after their indicator.
func TestCountUnits(t *testing.T) {
	tests := []struct{ text, subject, target string }{
		{"开展阅读推广活动120场次。", "开展阅读推广活动", "≥120场次"},
		{"新增新能源出租车300辆。", "新增新能源出租车", "≥300辆"},
		{"完成文物保护修缮项目4处。", "完成文物保护修缮项目", "≥4处"},
		{"举办演出不少于40场。", "举办演出", "≥40场"},
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
