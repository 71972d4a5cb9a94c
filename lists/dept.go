package lists

import (
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/qingdan/qingdan/templates"
)

// DeptKey returns the form in which two spellings of a department's name
// compare equal: folded widths, no white space, and no second name in
// brackets, so that 办公室（对外合作交流处） and 办公室 are one department.
func DeptKey(name string) string {
	k := templates.Fold(name)
	if i := strings.IndexAny(k, "(（"); i > 0 {
		k = k[:i]
	}
	return k
}

// notDepts are phrases that stand where department names stand but name
// none (各相关处室: "every department concerned").
var notDepts = []string{"各相关处室", "各相关单位", "各有关处室", "各有关单位", "相关处室", "相关单位", "各处室", "各成员单位"}

// IsDept reports whether name names one department rather than a group of
// them.
func IsDept(name string) bool {
	k := DeptKey(name)
	if k == "" || strings.HasPrefix(k, "各") {
		return false // 各区卫生健康局: every one of a kind
	}
	for _, n := range notDepts {
		if strings.HasSuffix(k, n) {
			return false
		}
	}
	return true
}

// SplitDepts splits a 配合单位 cell into department names at 、，,；; and
// line breaks outside brackets, dropping phrases such as 各相关处室 that name
// no department.
func SplitDepts(cell string) []string {
	cell = groupAfterList.ReplaceAllString(cell, "、$1")
	var out []string
	depth := 0
	start := 0
	add := func(part string) {
		part = strings.TrimSpace(part)
		part = strings.TrimSuffix(strings.TrimPrefix(part, "等"), "等")
		if IsDept(part) {
			out = append(out, part)
		}
	}
	for i, r := range cell {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			depth = max(0, depth-1)
		case depth == 0 && strings.ContainsRune("、，,；;/／\n\t ", r):
			add(cell[start:i])
			start = i + len(string(r))
		}
	}
	add(cell[start:])
	return out
}

// groupAfterList finds "等" before a group phrase: "A、B等各相关处室".
var groupAfterList = regexp.MustCompile(`等((?:各|相关|有关)[^、，,；;]*)`)

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

// Alias says that Alias is another name of the department Name.
type Alias struct {
	Name  string // 单位名称, as reports should print it
	Alias string // 别名
}

// DefaultAliases are the short names health commissions commonly use for
// their departments. A 单位 sheet can add to them or override them.
var DefaultAliases = []Alias{
	{"医政医管处", "医政处"},
	{"中医药处", "中医处"},
	{"科技教育处", "科教处"},
	{"疾病预防控制处", "疾控处"},
	{"妇幼健康处", "妇幼处"},
	{"基层卫生健康处", "基层卫生处"},
	{"基层卫生健康处", "基层处"},
	{"规划发展与信息化处", "规划信息处"},
	{"规划发展与信息化处", "规划处"},
	{"体制改革处", "体改处"},
	{"综合监督处", "监督处"},
	{"老龄健康处", "老龄处"},
	{"药物政策与基本药物制度处", "药政处"},
	{"人口监测与家庭发展处", "人口家庭处"},
	{"卫生应急办公室", "应急办"},
}

// Directory turns the spellings of department names into one name each.
type Directory struct {
	names map[string]string // DeptKey of a spelling → the name to use
}

// NewDirectory returns a directory of DefaultAliases and the given aliases;
// a given alias overrides a default one.
func NewDirectory(aliases []Alias) *Directory {
	d := &Directory{names: map[string]string{}}
	for _, a := range append(append([]Alias{}, DefaultAliases...), aliases...) {
		name := strings.TrimSpace(a.Name)
		if !IsDept(name) || !IsDept(a.Alias) {
			continue
		}
		d.names[DeptKey(a.Alias)] = name
		if _, ok := d.names[DeptKey(name)]; !ok {
			d.names[DeptKey(name)] = name
		}
	}
	return d
}

// Name returns the name a department is reported under: the directory's
// name for an alias, else name itself without surrounding space.
func (d *Directory) Name(name string) string {
	if d != nil {
		if n, ok := d.names[DeptKey(name)]; ok {
			return n
		}
	}
	return strings.TrimSpace(name)
}

// Key returns the form in which any two spellings of one department,
// aliases included, compare equal.
func (d *Directory) Key(name string) string {
	return DeptKey(d.Name(name))
}

// NameOrder returns a comparison of department names in the order Chinese
// readers expect them listed: by pinyin.
func NameOrder() func(a, b string) int {
	return collate.New(language.Chinese).CompareString
}
