package units

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestIsGroup(t *testing.T) {
	tests := []struct {
		phrase string
		group  bool
	}{
		{"各相关处室", true},
		{"各有关单位", true},
		{"各成员单位", true},
		{"各区卫生健康局", true},
		{"各乡镇人民政府", true},
		{"相关处室", true},
		{"相关部门", true},
		{"县政府有关部门", true},
		{"市直有关单位", true},
		{"局主办科室", true},
		{"成员单位", true},
		{"县级市", true},
		{"处室", true},
		{"其他处室", true},
		{"医政医管处", false},
		{"办公室", false},
		{"市发展改革委", false},
		{"市财政局", false},
		{"疾控中心", false},
		{"市人民医院", false},
		{"办公室（对外合作交流处）", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsGroup(tt.phrase); got != tt.group {
			t.Errorf("IsGroup(%q) = %v, want %v", tt.phrase, got, tt.group)
		}
	}
}

func TestSplit(t *testing.T) {
	d := NewDirectory(nil)
	tests := []struct {
		cell   string
		units  []Unit
		groups []string
	}{
		{"办公室（对外合作交流处、外事办）、健康促进处，医政医管处等各相关处室",
			[]Unit{"办公室", "健康促进处", "医政医管处"}, []string{"各相关处室"}},
		{"市发展改革委、市财政局，各区、县级市", []Unit{"市发展改革委", "市财政局"}, []string{"各区", "县级市"}},
		{"各区、县级市卫生健康局", nil, []string{"各区", "县级市卫生健康局"}},
		{"各相关处室、市发展改革委", []Unit{"市发展改革委"}, []string{"各相关处室"}},
		{"医政处、医政医管处", []Unit{"医政医管处"}, nil},
		{"局主办科室", nil, []string{"局主办科室"}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		got := d.Split(tt.cell)
		if !slices.Equal(got.Units, tt.units) || !slices.Equal(got.Groups, tt.groups) {
			t.Errorf("Split(%q) = %q %q, want %q %q", tt.cell, got.Units, got.Groups, tt.units, tt.groups)
		}
	}
}

func TestDirectory(t *testing.T) {
	d := NewDirectory([]Alias{{"规划财务处", "规划处"}, {"办公室", "对外合作交流处"}})
	tests := []struct {
		in   string
		unit Unit
	}{
		{"医政处", "医政医管处"},     // a default alias
		{" 医政医管处 ", "医政医管处"}, // the name itself
		{"中医处", "中医药处"},
		{"规划处", "规划财务处"}, // the 单位 sheet overrides a default
		{"对外合作交流处", "办公室"},
		{"办公室（对外合作交流处）", "办公室"}, // the bracketed second name is dropped
		{"财务处（审计处）", "财务处"},
		{"孔××（规划处）", "规划财务处"}, // the person beside the unit is dropped
		{"ＸＹ处", "XY处"},
		{"新设处室", "新设处室"},
		{"各相关处室", ""},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := d.Unit(tt.in); got != tt.unit {
			t.Errorf("Unit(%q) = %q, want %q", tt.in, got, tt.unit)
		}
	}
	if d.Canon("规划处") != "规划财务处" || d.Canon("财务处") != "财务处" {
		t.Error("Canon does not map an alias to its unit")
	}
}

func TestFromFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"医政医管处-成果清单(1).xlsx", "医政医管处"},
		{"回收表/医政医管处-成果清单（2）.xlsx", "医政医管处"},
		{`C:\报送\疾病预防控制处_工作清单.xlsx`, "疾病预防控制处"},
		{"副本 办公室-工作清单.xlsx", "办公室"},
		{"财务处.xlsx", "财务处"},
		{"成果清单.xlsx", ""},
		{"模板.xlsx", ""},
		{"各相关处室.xlsx", ""},
	}
	for _, tt := range tests {
		if got := FromFileName(tt.in); got != tt.want {
			t.Errorf("FromFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	us := []Unit{"综合监督处", "办公室", "医政医管处", "财务处"}
	slices.SortFunc(us, Compare)
	want := []Unit{"办公室", "财务处", "医政医管处", "综合监督处"}
	if !slices.Equal(us, want) {
		t.Errorf("sorted %q, want %q", us, want)
	}
}

func FuzzFromFileName(f *testing.F) {
	for _, s := range []string{"医政医管处-成果清单(1).xlsx", "副本 x.xlsx", "", "-", "(1)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := FromFileName(s); n != "" && IsGroup(n) {
			t.Errorf("FromFileName(%q) = %q, a group phrase", s, n)
		}
	})
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"各区、县级市", "A、B等各相关处室", "（（", "医政处", "、、"} {
		f.Add(s)
	}
	d := NewDirectory(nil)
	f.Fuzz(func(t *testing.T, s string) {
		l := d.Split(s)
		// A cell read again, its parts remembered, and by a directory
		// that remembers nothing yet, reads the same.
		if again, fresh := d.Split(s), NewDirectory(nil).Split(s); !reflect.DeepEqual(again, l) || !reflect.DeepEqual(fresh, l) {
			t.Errorf("Split(%q) gave %v, then %v, and %v afresh", s, l, again, fresh)
		}
		seen := map[Unit]bool{}
		for _, u := range l.Units {
			if u == "" || seen[u] {
				t.Errorf("Split(%q) gave unit %q twice or blank", s, u)
			}
			seen[u] = true
		}
	})
}

func ExampleDirectory_Split() {
	d := NewDirectory(nil)
	l := d.Split("医政处、药政处，各区、县级市")
	fmt.Println(l.Units, l.Groups)
	// Output: [医政医管处 药物政策与基本药物制度处] [各区 县级市]
}

func TestRoles(t *testing.T) {
	d := NewDirectory(nil)
	tests := []struct {
		lead, partners string
		firstLeads     bool
		leads, helpers []Unit
		groups         []string
	}{
		{"医政医管处、药政处", "", false, []Unit{"医政医管处", "药物政策与基本药物制度处"}, nil, nil},
		{"医政医管处、药政处", "", true, []Unit{"医政医管处"}, []Unit{"药物政策与基本药物制度处"}, nil},
		{"办公室牵头，各科室配合", "", false, []Unit{"办公室"}, nil, []string{"各科室"}},
		{"医政处、中医处分别负责", "", false, []Unit{"医政医管处", "中医药处"}, nil, nil},
		{"医政处牵头，科教处、财务处配合", "", false, []Unit{"医政医管处"}, []Unit{"科技教育处", "财务处"}, nil},
		{"体改处", "医政处、体改处、各相关处室", false, []Unit{"体制改革处"}, []Unit{"医政医管处"}, []string{"各相关处室"}},
		{"", "市发展改革委配合", false, nil, []Unit{"市发展改革委"}, nil},
	}
	for _, tt := range tests {
		leads, helpers, groups := d.Roles(tt.lead, tt.partners, tt.firstLeads)
		if !slices.Equal(leads, tt.leads) || !slices.Equal(helpers, tt.helpers) || !slices.Equal(groups, tt.groups) {
			t.Errorf("Roles(%q, %q, %v) = %q %q %q, want %q %q %q", tt.lead, tt.partners, tt.firstLeads,
				leads, helpers, groups, tt.leads, tt.helpers, tt.groups)
		}
	}
}

// TestCompareIsTotal: two names pinyin cannot tell apart (one with a
// zero-width space) still have one order, whichever comes first, so that
// lists sorted by unit are the same from run to run.
func TestCompareIsTotal(t *testing.T) {
	a, b := Unit("甲处\u200b"), Unit("甲处")
	if CompareNames(string(a), string(b)) != 0 {
		t.Skip("the collator tells them apart: nothing to show")
	}
	if Compare(a, b) == 0 || Compare(a, b) != -Compare(b, a) {
		t.Errorf("Compare(%q, %q) = %d, reversed %d; want one order", a, b, Compare(a, b), Compare(b, a))
	}
	if Compare(b, b) != 0 {
		t.Error("a unit is not equal to itself")
	}
}

// SortBy orders units as sorting with Compare does.
func TestSortByIsCompare(t *testing.T) {
	names := []Unit{"办公室", "医政医管处", "疾病预防控制处", "财务处", "中医药处", "妇幼健康处", "基层卫生健康处",
		"科技教育处", "综合监督处", "体制改革处", "规划发展与信息化处", "药政处", "市疾控中心", "市中心医院", "A单位", "a单位", "", "第0001处", "第0010处", "第0002处", "办公室 "}
	want := slices.Clone(names)
	slices.SortFunc(want, Compare)
	for _, start := range [][]Unit{names, slices.Clone(want), reversed(want)} {
		got := slices.Clone(start)
		SortBy(got, func(u Unit) Unit { return u })
		if !slices.Equal(got, want) {
			t.Errorf("SortBy gives\n%q\nwant\n%q", got, want)
		}
	}
}

func reversed(us []Unit) []Unit {
	r := slices.Clone(us)
	slices.Reverse(r)
	return r
}

func TestWithoutPerson(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"社会事务科（黄××）", "社会事务科"},
		{"黄××（社会事务科）", "社会事务科"},
		{"县档案馆（邹某某）", "县档案馆"},
		{"邹某（县档案馆）", "县档案馆"},
		{"规划建设股（罗文静）", "规划建设股"},
		{"罗文静（规划建设股）", "规划建设股"},
		{"综合办（孔**，13812345678）", "综合办"},
		{"医政科（刘××，副科长）", "医政科"},
		{"钱丽娟 科长（规划建设股）", "规划建设股"},
		{"办公室（主任）", "办公室（主任）"},
		{"县委宣传部（县文明办）", "县委宣传部（县文明办）"},
		{"办公室（对外合作交流处）", "办公室（对外合作交流处）"},
		{"各县（市、区）", "各县（市、区）"},
		{"医政科（牵头）", "医政科（牵头）"},
		{"行政审批科", "行政审批科"},
	}
	for _, tt := range tests {
		if got := WithoutPerson(tt.name); got != tt.want {
			t.Errorf("WithoutPerson(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func FuzzWithoutPerson(f *testing.F) {
	for _, s := range []string{"医政科（刘××，副科长）", "张某（县档案馆）", "办公室（主任）", "（）", "（刘××）", "a(b)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := WithoutPerson(s)
		// The unit is what was written, or one side of its brackets: never
		// text of its own, never nothing where something was written.
		if !strings.Contains(s, got) || strings.TrimSpace(s) != "" && strings.TrimSpace(got) == "" {
			t.Errorf("WithoutPerson(%q) = %q", s, got)
		}
	})
}
