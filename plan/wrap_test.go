package plan

import (
	"strings"
	"testing"
)

func TestWrapCutUnitName(t *testing.T) {
	text := `序号  重点任务            工作目标                        责任部门              完成时间
1     推进甲项工作        甲项覆盖率达到100%，乙项        交易服务部、信息技术  全年
                          占比达到60%                     部
2     推进丙项工作        丙项办结率达到95%               办公室                全年
`
	tests := []struct {
		name, id, partners string
	}{
		{"name cut at line end", "1", "信息技术部"},
		{"row after", "2", ""},
	}
	p := Parse(linesOf(text), Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, it := range p.Items {
				if it.ID == tt.id {
					if got := strings.Join(it.Partners, "、"); got != tt.partners {
						t.Errorf("task %s partners = %q, want %q", tt.id, got, tt.partners)
					}
					return
				}
			}
			t.Errorf("no task %s", tt.id)
		})
	}
}

func TestWrapNoteAfterTable(t *testing.T) {
	text := `序号  重点任务            工作目标                        责任部门              完成时间
1     推进甲项工作        组织培训不少于6期，每人年度学习不  办公室                全年
                          少于40学时

注：责任部门栏列两个部门的，第一个为牵头部门。
`
	p := Parse(linesOf(text), Options{})
	for _, it := range p.Items {
		for _, tg := range it.Targets {
			if strings.Contains(tg.Expected, "注") {
				t.Errorf("target %q｜%q took in the note", tg.Expected, tg.Phrase)
			}
		}
	}
}
