package lists

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/qingdan/qingdan/templates"
)

// DeptKey returns the form in which two spellings of a department's name
// compare equal: folded widths, no white space.
func DeptKey(name string) string {
	return templates.Fold(name)
}

// notDepts are phrases that stand where department names stand but name
// none (各相关处室: "every department concerned").
var notDepts = []string{"各相关处室", "各相关单位", "各有关处室", "各有关单位", "相关处室", "相关单位", "各处室", "各成员单位"}

// IsDept reports whether name names one department rather than a group of
// them.
func IsDept(name string) bool {
	k := DeptKey(name)
	if k == "" {
		return false
	}
	for _, n := range notDepts {
		if strings.HasSuffix(k, n) {
			return false
		}
	}
	return true
}

var deptSeparators = regexp.MustCompile(`[、，,；;/／\s]+`)

// SplitDepts splits a 配合单位 cell into department names, dropping
// phrases such as 各相关处室 that name no department.
func SplitDepts(cell string) []string {
	var out []string
	for _, part := range deptSeparators.Split(cell, -1) {
		part = strings.TrimSpace(part)
		part = strings.TrimPrefix(part, "等")
		part = strings.TrimSuffix(part, "等")
		if IsDept(part) {
			out = append(out, part)
		}
	}
	return out
}

// fileNameNoise is what people and mail clients add to file names: copy
// marks, version numbers in brackets, the list's own name.
var fileNameNoise = regexp.MustCompile(`^(副本|复件|Copy of)\s*|\s*[(（]\d+[)）]$|\s*-\s*副本$|\s*副本$`)

var fileNameListWords = []string{"重点工作任务清单", "工作清单", "三张清单", "任务清单", "责任清单", "成果清单", "清单", "模板", "报送", "填报"}

// DeptFromFileName guesses a department from a return's file name, such as
// "医政医管处-成果清单(1).xlsx" → "医政医管处". It returns "" when the name
// holds nothing but the list's own words.
func DeptFromFileName(path string) string {
	base := filepath.Base(strings.ReplaceAll(path, `\`, "/"))
	name := strings.TrimSuffix(base, filepath.Ext(base))
	for prev := ""; prev != name; {
		prev = name
		name = strings.TrimSpace(fileNameNoise.ReplaceAllString(name, ""))
	}
	for _, sep := range []string{"-", "－", "_", "—", " "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
			break
		}
	}
	for _, w := range fileNameListWords {
		name = strings.TrimSuffix(name, w)
	}
	name = strings.Trim(name, "-_— 　")
	if !IsDept(name) || strings.ContainsAny(name, "0123456789") && len([]rune(name)) < 3 {
		return ""
	}
	return name
}
