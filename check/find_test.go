package check

import (
	"strings"
	"testing"
)

func TestFindTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // subject|phrase|target
	}{
		{"rate", "全县儿童免疫接种率保持在95%以上。", []string{"儿童免疫接种率|保持在95%以上|≥95%"}},
		{"distributive", "孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在12/10万、4‰和6‰以下。",
			[]string{"孕产妇死亡率|控制在12/10万以下|≤12/10万", "婴儿死亡率|控制在4‰以下|≤4‰", "5岁以下儿童死亡率|控制在6‰以下|≤6‰"}},
		{"list", "床位使用率达到85%、平均住院日不超过9天。", []string{"床位使用率|达到85%|≥85%", "平均住院日|不超过9天|≤9天"}},
		{"plain count", "新建老年关爱中心8家。", []string{"新建老年关爱中心|8家|≥8家"}},
		{"range", "选择1-2家医院开展试点。", []string{"选择医院开展试点|1-2家|1-2家"}},
		{"unrelated noun", "力争2-3家医院通过信息化5级评审。", []string{"医院通过信息化5级评审|2-3家|2-3家"}},
		{"pair", "完成12个卫生院改造和30个村卫生室建设。", []string{"完成卫生院改造|12个|≥12个", "完成村卫生室建设|30个|≥30个"}},
		{"bare after clause", "持续提升居民健康素养，并保持在30%以上。", []string{"居民健康素养|保持在30%以上|≥30%"}},
		{"same sentence", "门诊预约率达到60%以上，并较上年提高3个百分点。", []string{"门诊预约率|达到60%以上|≥60%", "门诊预约率|提高3个百分点|提高3个百分点"}},
		{"two rates", "婴儿死亡率和新生儿死亡率控制在4‰以下。", []string{"婴儿死亡率|控制在4‰以下|≤4‰", "新生儿死亡率|控制在4‰以下|≤4‰"}},
		{"coverage", "实现家庭医生签约服务全覆盖。", []string{"家庭医生签约服务|全覆盖|≥100%"}},
		{"baseline", "在完成80个病种的基础上，努力扩大病种数量。", nil},
		{"age only", "65周岁以上老年人健康体检率达到省定目标。", nil},
		{"age before rate", "5岁以下儿童死亡率控制在6‰以下。", []string{"5岁以下儿童死亡率|控制在6‰以下|≤6‰"}},
		{"count reaching a standard", "乡镇卫生院达到服务能力推荐标准2-3家。", []string{"乡镇卫生院达到服务能力推荐标准|2-3家|2-3家"}},
		{"indicator then places", "配备使用比例基层医疗机构不低于60%，二级医院不低于40%。", []string{"基层医疗机构配备使用比例|不低于60%|≥60%", "二级医院配备使用比例|不低于40%|≥40%"}},
		{"enumeration total", "开展甲、乙、丙等12项行动。", nil},
		{"each of two", "新增国家和省级示范区各1个。", []string{"新增国家示范区|1个|≥1个", "新增省级示范区|1个|≥1个"}},
		{"list with a numberless part", "选择3-5家二、三级医院、10-20个基层机构建立医联体。", []string{"选择二、三级医院|3-5家|3-5家", "基层机构建立医联体|10-20个|10-20个"}},
		{"in brackets", "鼓励县医院增加康复床位(不少于20张)。", []string{"鼓励县医院增加康复床位|不少于20张|≥20张"}},
		{"of which", "人均筹资不低于80元，其中城区达90元。", []string{"人均筹资|不低于80元|≥80元", "城区人均筹资|90元|≥90元"}},
		{"qualifying duration", "工龄不足3年的新发病例占比下降到4%以下。", []string{"工龄不足3年的新发病例占比|下降到4%以下|≤4%"}},
		{"shorten", "平均反应时间缩短至12分钟以内。", []string{"平均反应时间|缩短至12分钟以内|≤12"}},
		{"time unit", "平均候诊时间控制在30分钟以内。", []string{"平均候诊时间|控制在30分钟以内|≤30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range FindTargets(tt.text) {
				got = append(got, f.Subject+"|"+f.Phrase+"|"+f.Target.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("FindTargets(%q) =\n%s\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestFindDeadlinesVerb(t *testing.T) {
	// 持续推进 is found, and reads as no deadline.
	for _, p := range FindDeadlines("持续推进健康促进工作") {
		if d, err := ParseDeadline(p); err == nil && !d.In(2026).IsZero() {
			t.Errorf("%q reads as a deadline", p)
		}
	}
}

func FuzzFindTargets(f *testing.F) {
	for _, s := range []string{"孕产妇死亡率、婴儿死亡率分别控制在10/10万、4‰以下", "新建8家", "1-2家医院5级评审", "并保持在29%以上", "和和分别、、"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, found := range FindTargets(s) {
			if found.Phrase == "" {
				t.Errorf("FindTargets(%q): an empty phrase", s)
			}
		}
	})
}
