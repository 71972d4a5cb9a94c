// Package units owns the identity of a department (单位, 处室): the one
// name it is reported under, the other names it is written as (医政处 for
// 医政医管处), the phrases that stand where names stand but name no
// single unit (各相关处室, 各区、县级市, 局主办科室), and the person a cell
// may write beside a unit (待遇保障处（刘××）), no part of its name.
//
// Every package that meets a department's name turns it into a Unit here,
// once, and compares Units from then on.
package units

import (
	"bytes"
	"cmp"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/qingdan/qingdan/fullwidth"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Unit is one department, by the name it is reported under. The zero Unit
// is none.
type Unit string

// String returns the unit's name.
func (u Unit) String() string { return string(u) }

// IsZero reports whether u is no unit.
func (u Unit) IsZero() bool { return u == "" }

// normalize folds full-width letters and digits to half width and removes
// white space of every kind, as names are compared.
func normalize(s string) string {
	s = fullwidth.Fold(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}

// stripSecond drops a second name in brackets: 办公室(对外合作交流处) is 办公室.
func stripSecond(n string) string {
	if i := strings.IndexAny(n, "(（"); i > 0 {
		return n[:i]
	}
	return n
}

// Key returns the form in which two spellings of one name compare equal:
// folded widths, no white space, Latin letters in lower case, and no second
// name in brackets.
func Key(name string) string {
	return strings.ToLower(stripSecond(normalize(name)))
}

// kindWords name a kind of unit rather than a unit: a phrase that is only
// one of these, or one of these after words that say "every" or "the ones
// concerned", names units collectively.
var kindWords = []string{
	"处室", "科室", "单位", "部门", "机构", "机关", "县级市", "县市区", "县(市、区)", "县(市,区)", "区县", "县区",
	"乡镇", "街道", "乡镇人民政府", "乡镇政府", "街道办事处", "人民政府", "政府", "社区", "医疗机构", "医院", "学校",
}

// admin are the kinds of place a distributive 各 goes over: 各区、县级市.
var admin = []string{"县(市、区)", "县市区", "县级市", "区县", "县区", "乡镇", "街道", "区", "县", "市", "省", "州", "旗", "地"}

var (
	// concerned are the words that make a kind collective: 相关处室,
	// 县政府有关部门, 其他成员单位.
	concerned = regexp.MustCompile(`相关|有关|所属|下属|直属|其他|其它|全体|所有|各级|涉及`)
	// roleQualifiers, before a kind, say which ones by role: 主办科室,
	// 成员单位, 责任部门.
	roleQualifiers = regexp.MustCompile(`^(?:市|县|区|省|局|委|厅|委机关|局机关|市直|县直|区直|市级|县级|区级|机关)*(?:主办|承办|成员|责任|牵头|配合|协办|协作|业务|职能|参与|属地|共建)+$`)
)

// endsInKind returns the part of n before the kind word it ends with, and
// whether it ends with one.
func endsInKind(n string) (string, bool) {
	best := -1
	for _, k := range kindWords {
		if strings.HasSuffix(n, k) && len(k) > best {
			best = len(k)
		}
	}
	if best < 0 {
		return "", false
	}
	return n[:len(n)-best], true
}

// IsGroup reports whether a phrase names units collectively rather than
// one unit: it distributes over a kind (各相关处室, 各区卫生健康局,
// 各乡镇人民政府), names the ones concerned (相关单位, 县政府有关部门), names
// them by role (成员单位, 局主办科室), or is a bare kind (县级市, 处室).
func IsGroup(phrase string) bool {
	n := stripSecond(normalize(phrase))
	if n == "" {
		return false
	}
	if strings.HasPrefix(n, "各") || strings.HasPrefix(n, "全市") && strings.HasSuffix(n, "单位") {
		return true
	}
	before, kind := endsInKind(n)
	if !kind {
		return isAdmin(n)
	}
	return before == "" || concerned.MatchString(before) || roleQualifiers.MatchString(before)
}

// isAdmin reports whether n is only the name of a kind of place: 区, 县级市.
func isAdmin(n string) bool {
	for _, a := range admin {
		if n == a {
			return true
		}
	}
	return false
}

// opensDistribution reports whether a 各 phrase distributes over places
// the next items of its list continue: 各区 in 各区、县级市卫生健康局.
func opensDistribution(n string) bool {
	rest, ok := strings.CutPrefix(n, "各")
	if !ok || rest == "" {
		return false
	}
	for rest != "" {
		found := false
		for _, a := range admin {
			if strings.HasPrefix(rest, a) {
				rest, found = rest[len(a):], true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// startsWithAdmin reports whether n begins with the name of a kind of place.
func startsWithAdmin(n string) bool {
	for _, a := range admin {
		if strings.HasPrefix(n, a) {
			return true
		}
	}
	return false
}

// Alias says that Alias is another name of the unit Name.
type Alias struct {
	Name  string // 单位名称, as reports print it
	Alias string // 别名
}

// Defaults are the short names health commissions commonly use for their
// departments. A 单位 sheet adds to them or overrides them.
var Defaults = []Alias{
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

// Directory turns the spellings of units' names into Units.
type Directory struct {
	names map[string]Unit // Key of a spelling → the unit
	extra []Alias         // the aliases given besides the defaults
	// parts remembers what Split read each part of a cell as: a merge
	// reads the same few names in every row. It is read and written by
	// the readers of many files at once.
	parts      sync.Map // string → partReading
	remembered atomic.Int64
}

// partReading is what one part of a cell naming units is.
type partReading struct {
	n            string // normalized
	group        bool
	admin        bool // starts with the name of a kind of place
	distributing bool // opens a distribution (各区、县级市)
	unit         Unit
}

// maxParts bounds the parts a Directory remembers.
const maxParts = 1 << 16

func (d *Directory) readPart(part string) partReading {
	if d != nil {
		if v, ok := d.parts.Load(part); ok {
			return v.(partReading)
		}
	}
	n := normalize(part)
	n = strings.TrimSuffix(strings.TrimPrefix(n, "等"), "等")
	r := partReading{n: n}
	if n != "" {
		r.group, r.admin, r.distributing = IsGroup(n), startsWithAdmin(n), opensDistribution(n)
		if !r.group {
			r.unit = d.Unit(n)
		}
	}
	if d != nil && d.remembered.Load() < maxParts {
		d.remembered.Add(1)
		d.parts.Store(part, r)
	}
	return r
}

// NewDirectory returns a directory of the Defaults and the given aliases;
// a given alias overrides a default one.
func NewDirectory(aliases []Alias) *Directory {
	d := &Directory{names: map[string]Unit{}, extra: slices.Clone(aliases)}
	for _, a := range append(append([]Alias{}, Defaults...), aliases...) {
		name := strings.TrimSpace(a.Name)
		if !isName(name) || !isName(a.Alias) {
			continue
		}
		d.names[Key(a.Alias)] = Unit(name)
		if _, ok := d.names[Key(name)]; !ok {
			d.names[Key(name)] = Unit(name)
		}
	}
	return d
}

func isName(s string) bool {
	return Key(s) != "" && !IsGroup(s)
}

// Aliases returns the aliases the directory was made with besides the
// defaults, so that another directory can extend it.
func (d *Directory) Aliases() []Alias {
	if d == nil {
		return nil
	}
	return slices.Clone(d.extra)
}

// Names splits a cell listing names, such as the 别名 of a 单位 sheet, into
// the names as written, leaving out phrases that name units collectively.
func Names(cell string) []string {
	var out []string
	for _, part := range splitList(groupAfterList.ReplaceAllString(cell, "、$1")) {
		if p := strings.TrimSpace(part); p != "" && !IsGroup(p) {
			out = append(out, p)
		}
	}
	return out
}

// splitList splits a cell at 、，,；; / and line breaks outside brackets.
func splitList(cell string) []string {
	return splitOutside(cell, "、，,；;/／\n\t ")
}

// splitOutside splits s at any of seps that stands outside brackets.
func splitOutside(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			depth = max(0, depth-1)
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(out, s[start:])
}

// Unit returns the unit a name is written for: the directory's unit for
// an alias or a name it knows, else the name itself, its widths folded,
// its white space, the person written beside it (see WithoutPerson) and
// any second name in brackets removed. A phrase that names no single unit
// (各相关处室) and a blank give the zero Unit.
func (d *Directory) Unit(spelled string) Unit {
	n := normalize(WithoutPerson(spelled))
	n = strings.TrimSuffix(strings.TrimPrefix(n, "等"), "等")
	if n == "" || IsGroup(n) {
		return ""
	}
	if d != nil {
		if u, ok := d.names[strings.ToLower(stripSecond(n))]; ok {
			return u
		}
	}
	if s := stripSecond(n); s != "" {
		return Unit(s)
	}
	return Unit(n)
}

// Canon returns the unit u is reported under in this directory: another
// name when u is one of its aliases.
func (d *Directory) Canon(u Unit) Unit {
	if u == "" || d == nil {
		return u
	}
	if c, ok := d.names[Key(string(u))]; ok {
		return c
	}
	return u
}

// List is what a cell naming units holds: the units, in order and once
// each, and the phrases that name units collectively.
type List struct {
	Units  []Unit
	Groups []string // as written: 各相关处室
}

// groupAfterList finds "等" before a group phrase: "A、B等各相关处室".
var groupAfterList = regexp.MustCompile(`等((?:各|相关|有关)[^、，,；;]*)`)

// Split reads a cell naming units: names separated by 、，,；; / and line
// breaks outside brackets. Phrases that name units collectively go to
// Groups, with the items a distributive 各 carries on to (各区、县级市).
func (d *Directory) Split(cell string) List {
	if strings.Contains(cell, "等") { // most cells have none: no regexp for them
		cell = groupAfterList.ReplaceAllString(cell, "、$1")
	}
	var out List
	seen := map[Unit]bool{}
	distributing := false
	add := func(part string) {
		part = strings.TrimSpace(strings.Trim(part, " 　"))
		r := d.readPart(part)
		if r.n == "" {
			return
		}
		if distributing && r.admin || r.group {
			out.Groups = append(out.Groups, part)
			distributing = distributing && r.admin || r.distributing
			return
		}
		distributing = false
		if u := r.unit; u != "" && !seen[u] {
			seen[u] = true
			out.Units = append(out.Units, u)
		}
	}
	for _, part := range splitList(cell) {
		add(part)
	}
	return out
}

// fileNameNoise is what people and mail clients add to file names: copy
// marks, version numbers in brackets.
var fileNameNoise = regexp.MustCompile(`^(副本|复件|Copy of)\s*|\s*[(（]\d+[)）]$|\s*-\s*副本$|\s*副本$`)

var fileNameListWords = []string{"重点工作任务清单", "工作清单", "三张清单", "任务清单", "责任清单", "成果清单", "清单", "模板", "报送", "填报"}

// FromFileName guesses a unit's name from a return's file name, such as
// "医政医管处-成果清单(1).xlsx" → "医政医管处". It returns "" when the name
// holds nothing but the list's own words.
func FromFileName(path string) string {
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
	if !isName(name) || strings.ContainsAny(name, "0123456789") && len([]rune(name)) < 3 {
		return ""
	}
	return name
}

var collators = sync.Pool{New: func() any { return collate.New(language.Chinese) }}

// Compare orders units as Chinese readers expect names listed: by pinyin,
// and two names pinyin cannot tell apart by their text, so that the order
// is the same whatever order they came in.
func Compare(a, b Unit) int {
	return cmp.Or(CompareNames(string(a), string(b)), strings.Compare(string(a), string(b)))
}

// SortBy sorts xs by the unit each names, in the order of Compare. Each
// name is collated once, rather than at every comparison: a large merge
// sorts thousands of units for every shard.
func SortBy[T any](xs []T, unit func(T) Unit) {
	if len(xs) < 2 {
		return
	}
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	type keyed struct {
		key  []byte
		name string
		x    T
	}
	var buf collate.Buffer // keys stay valid until it is reset
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		name := string(unit(x))
		ks[i] = keyed{key: c.KeyFromString(&buf, name), name: name, x: x}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(bytes.Compare(a.key, b.key), strings.Compare(a.name, b.name))
	})
	for i := range ks {
		xs[i] = ks[i].x
	}
}

// CompareNames orders names by pinyin.
func CompareNames(a, b string) int {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	return c.CompareString(a, b)
}
