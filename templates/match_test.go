package templates

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/width"
)

// The synonyms the end-to-end issue says every reader must accept.
func TestColumnSynonyms(t *testing.T) {
	tests := []struct {
		sheet  Sheet
		header string
		want   Key
	}{
		{TaskList, "序号", TaskID}, {TaskList, "编号", TaskID}, {TaskList, "任务编号", TaskID},
		{TaskList, "工作任务", TaskName}, {TaskList, "重点任务", TaskName},
		{TaskList, "具体内容", Content}, {TaskList, "主要内容", Content}, {TaskList, "工作措施", Content},
		{TaskList, "时间节点", Deadline}, {TaskList, "完成时间", Deadline}, {TaskList, "时限要求", Deadline},
		{Responsibilities, "牵头处室", Lead}, {Responsibilities, "牵头部门", Lead},
		{Responsibilities, "责任处室", Lead}, {Responsibilities, "责任单位", Lead},
		{Responsibilities, "配合处室", Partners}, {Responsibilities, "配合部门", Partners}, {Responsibilities, "协办单位", Partners},
		{Responsibilities, "牵头股室", Lead}, {Responsibilities, "责任科室", Lead}, {Responsibilities, "配合股室", Partners}, {Responsibilities, "配合科室", Partners},
		{Outcomes, "成果形式", Expected}, {Outcomes, "工作目标", Expected}, {Outcomes, "指标", Expected},
		{Outcomes, "目标", Target}, {Outcomes, "指标值", Target},
		{Outcomes, "实际值", Actual}, {Outcomes, "实际完成值", Actual},
		{Outcomes, "状态", Status}, {Outcomes, "进度", Status},
		{Outcomes, "工作进展", Progress}, {Outcomes, "推进情况", Progress},
		{Outcomes, "佐证", Evidence}, {Outcomes, "证明材料", Evidence},
		{Outcomes, "成果编号", OutcomeID},
		// Folding: spaces, line breaks, full-width forms, a trailing mark.
		{Outcomes, " 完成\n状态 ", Status}, {Outcomes, "完成值*", Actual}, {Outcomes, "目标值：", Target},
		{TaskList, "任务 编号", TaskID},
		// Columns merge adds, on any sheet.
		{TaskList, "来源文件", SourceFile}, {Responsibilities, "来源位置", SourceCell}, {TaskList, "填报单位", Dept},
	}
	for _, tt := range tests {
		c, ok := tt.sheet.Column(tt.header)
		if !ok || c.Key != tt.want {
			t.Errorf("%s.Column(%q) = %v, %v; want %v", tt.sheet.Name, tt.header, c.Key, ok, tt.want)
		}
	}
	for _, h := range []string{"", "审核人", "备注说明"} {
		if c, ok := Outcomes.Column(h); ok {
			t.Errorf("Outcomes.Column(%q) = %v, want none", h, c.Key)
		}
	}
}

func TestRecognizeAnyOrder(t *testing.T) {
	l := Outcomes.Recognize([]string{"状态", "", "序号", "实际完成值", "审核人", "目标", "指标"})
	want := map[Key]int{Status: 0, TaskID: 2, Actual: 3, Target: 5, Expected: 6}
	for k, i := range want {
		if l.Index[k] != i {
			t.Errorf("%s at %d, want %d", k, l.Index[k], i)
		}
	}
	if len(l.Unknown) != 1 || l.Unknown[0] != 4 {
		t.Errorf("unknown %v, want [4] (审核人)", l.Unknown)
	}
	if !l.IsHeader() {
		t.Error("not taken for a header")
	}
	title := Outcomes.Recognize([]string{"青川市2026年第三季度工作进展"})
	if title.IsHeader() {
		t.Error("a title row taken for a header")
	}
}

func TestHeadersUnique(t *testing.T) {
	for _, s := range Lists {
		seen := map[string]Key{}
		for _, c := range s.Columns {
			for _, h := range append([]string{c.Header}, c.Synonyms...) {
				if k, dup := seen[Fold(h)]; dup {
					t.Errorf("%s: %q names both %s and %s", s.Name, h, k, c.Key)
				}
				seen[Fold(h)] = c.Key
			}
		}
	}
}

func TestSheetNames(t *testing.T) {
	if TaskList.MatchesName("任务清单") != 2 || TaskList.MatchesName(" 重点任务清单 ") != 1 || TaskList.MatchesName("成果清单") != 0 {
		t.Error("sheet name matching")
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"完成\n状态", "ＡＢＣ", "目标值：", "", "3.2", "Task-1", "x*", "a b", "a\x01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if Fold(Fold(s)) != Fold(s) {
			t.Errorf("Fold is not idempotent on %q", s)
		}
		if got, want := Fold(s), foldEveryRune(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// foldEveryRune is Fold without its shortcut for text already folded.
func foldEveryRune(s string) string {
	var b strings.Builder
	for _, r := range width.Fold.String(s) {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimRight(b.String(), "*:：")
}
