package plan

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/internal/golden"
)

// seedsDir holds the real plans the project started from, beside the
// repository (../shared/seeds).
const seedsDir = "../../shared/seeds"

func readSeed(t *testing.T, prefix string) ([]Line, string) {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(seedsDir, prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found beside the repository (%s)", prefix, seedsDir)
	}
	f, err := os.Open(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, err := ReadText(f)
	if err != nil {
		t.Fatal(err)
	}
	return lines, filepath.Base(matches[0])
}

// describe writes a plan the way its golden file keeps it.
func describe(p Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "标题\t%s\n年份\t%d\n任务\t%d\n", p.Title, p.Year, len(p.Items))
	for _, it := range p.Items {
		fmt.Fprintf(&b, "\n%s\t[%s]\t%s\n", it.ID, it.Section, it.Title)
		fmt.Fprintf(&b, "  牵头\t%s\n  配合\t%s\n  备注\t%s\n  时限\t%s\n", it.Lead, strings.Join(it.Partners, "、"), it.Note, it.Deadline)
		for _, tg := range it.Targets {
			fmt.Fprintf(&b, "  目标\t%s\t%s\t%s\n", tg.Expected, tg.Phrase, tg.Deadline)
		}
	}
	for _, p := range p.Problems {
		fmt.Fprintf(&b, "问题\t%s %s %s\n", p.Code, p.Cell, p.Message)
	}
	return b.String()
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		seed    string
		items   int
		targets []string // target phrases the seeds' README names, as found
	}{
		{"000", 26, []string{"不低于65%", "100%覆盖社会办医疗机构"}},
		{"001", 45, []string{"控制在170/10万以内", "保持在95%以上"}},
		{"002", 70, []string{"保持在29%以上", "50个以上", "控制在8/10万以内", "控制在5‰以内", "不少于24家", "达到90元以上", "提高5-10个百分点", "2-3家医院通过电子病历应用水平5级评审", "全覆盖"}},
		{"003", 11, []string{"控制在17/10万以下"}},
		{"004", 31, []string{"控制在113以内", "提高10个百分点", "实现贫困人口签约服务全覆盖"}},
	}
	junk := regexp.MustCompile(`附件下载|扫一扫|版权所有|CopyRight|公司简介|联系我们|发布日期|阅读次数|本文地址|办公室\s*20\d\d年\d+月\d+日印发`)
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			lines, name := readSeed(t, tt.seed)
			p := Parse(lines, Options{File: name})
			if len(p.Items) != tt.items {
				t.Errorf("%d items, want %d", len(p.Items), tt.items)
			}
			var phrases []string
			for _, it := range p.Items {
				if junk.MatchString(it.Title + it.Content) {
					t.Errorf("item %s holds page debris: %.60s", it.ID, it.Content)
				}
				for _, tg := range it.Targets {
					phrases = append(phrases, tg.Phrase)
				}
			}
			all := strings.Join(phrases, "|")
			for _, want := range tt.targets {
				if !strings.Contains(all, want) {
					t.Errorf("target %q not found", want)
				}
			}
			golden.Check(t, "seed_"+tt.seed+".golden", describe(p))
		})
	}
}

// TestSeedDepartments checks that every department a seed names in its
// responsibility notes is the lead or a partner of that item.
func TestSeedDepartments(t *testing.T) {
	note := regexp.MustCompile(`\((?:牵头处室|责任处室)[^()]*(?:\([^()]*\)[^()]*)*\)\s*$`)
	for _, seed := range []string{"002", "004"} {
		lines, name := readSeed(t, seed)
		p := Parse(lines, Options{File: name})
		byLine := map[int]Item{}
		for _, it := range p.Items {
			byLine[it.Line] = it
		}
		checked := 0
		for _, l := range lines {
			it, ok := byLine[l.No]
			if !ok {
				continue
			}
			m := note.FindString(strings.TrimSpace(l.Text))
			if m == "" {
				continue
			}
			named := it.Lead + "、" + strings.Join(it.Partners, "、")
			for _, d := range regexp.MustCompile(`[:;、]`).Split(strings.Trim(m, "()"), -1) {
				d = strings.TrimSpace(d)
				if d == "" || strings.HasSuffix(d, "处室") && strings.Contains(d, "相关") || strings.Contains(d, "牵头") || strings.Contains(d, "配合") || strings.Contains(d, "责任") {
					continue
				}
				if !strings.Contains(named, strings.TrimSuffix(strings.TrimSuffix(d, "等各相关处室"), "等")) {
					t.Errorf("seed %s item %s: %q not among %q", seed, it.ID, d, named)
				}
				checked++
			}
		}
		if checked < 50 {
			t.Errorf("seed %s: only %d departments checked", seed, checked)
		}
	}
}
