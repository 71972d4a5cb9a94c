package plan

import (
	"strings"
	"testing"
)

// TestParseWorkbook reads plans kept in workbooks of several sheets.
func TestParseWorkbook(t *testing.T) {
	header := "序号\t工作任务\t目标要求\t牵头科室\t配合单位"
	tests := []struct {
		name   string
		sheets []string // "name|row\nrow…"
		want   []string // ID [section] leads
	}{
		{"numbers restart on numbered sheets", []string{
			"一、防汛抗旱|" + header + "\n1\t完善预案\t修编预案38个。\t甲股\t乙局\n2\t监测预警\t新建雨量站22处。\t甲股\t",
			"二、工程建设|" + header + "\n1\t建设项目\t完成投资6.5亿元。\t丙股\t丁局",
		}, []string{"1.1 [防汛抗旱] 甲股", "1.2 [防汛抗旱] 甲股", "2.1 [工程建设] 丙股"}},
		{"numbers restart on sheets named without numbers", []string{
			"说明|填报说明\n1.各股室每月报送进展。\n2.量化指标以统计数据为准。",
			"粮食安全|" + header + "\n1\t稳定面积\t播种面积62万亩。\t甲股\t",
			"乡村建设|" + header + "\n1\t改厕\t新改建户厕800户。\t乙股\t",
		}, []string{"1.1 [粮食安全] 甲股", "2.1 [乡村建设] 乙股"}},
		{"numbers run on", []string{
			"一、粮食安全|" + header + "\n1\t稳定面积\t播种面积62万亩。\t甲股\t\n2\t建农田\t新建农田3万亩。\t乙股\t",
			"二、乡村建设|" + header + "\n3\t改厕\t新改建户厕800户。\t丙股\t",
		}, []string{"1 [粮食安全] 甲股", "2 [粮食安全] 乙股", "3 [乡村建设] 丙股"}},
		{"group rows give the section", []string{
			"一、粮食安全|" + header + "\n（一）粮食生产\t\t\t\t\n1\t稳定面积\t播种面积62万亩。\t甲股\t",
			"二、乡村建设|" + header + "\n2\t改厕\t新改建户厕800户。\t丙股\t",
		}, []string{"1 [粮食生产] 甲股", "2 [乡村建设] 丙股"}},
		{"one sheet keeps no section", []string{
			"Sheet1|" + header + "\n1\t稳定面积\t播种面积62万亩。\t甲股\t",
		}, []string{"1 [] 甲股"}},
		{"two names with one number", []string{
			"一、防汛抗旱|" + header + "\n1\t完善预案\t修编预案38个。\t甲股\t",
			"一、工程建设|" + header + "\n1\t建设项目\t完成投资6.5亿元。\t丙股\t",
		}, []string{"1.1 [防汛抗旱] 甲股", "2.1 [工程建设] 丙股"}},
		{"a sheet of main indicators", []string{
			"一、防汛抗旱|" + header + "\n1\t完善预案\t修编预案38个。\t甲股\t",
			"二、工程建设|" + header + "\n1\t建设项目\t完成投资6.5亿元。\t丙股\t",
			"主要指标|序号\t指标名称\t单位\t目标值\t责任股室\n1\t水利建设投资\t亿元\t6.5\t丙股",
		}, []string{"0 [] 丙股", "1.1 [防汛抗旱] 甲股", "2.1 [工程建设] 丙股"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sheets []Sheet
			for _, s := range tt.sheets {
				name, rows, _ := strings.Cut(s, "|")
				sheets = append(sheets, textSheet(name, rows))
			}
			p := ParseWorkbook(sheets, Options{File: "清单.xlsx"})
			var got []string
			for _, it := range p.Items {
				got = append(got, it.ID+" ["+it.Section+"] "+strings.Join(it.Leads, "、"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, x := range p.Problems {
				if x.At.Row > 0 && x.At.Sheet == "" {
					t.Errorf("problem %q not placed on its sheet", x.Message)
				}
			}
		})
	}
}

// textSheet is a sheet named name whose rows are the lines of rows, cells
// parted by tabs, as ReadTable gives them.
func textSheet(name, rows string) Sheet {
	var lines []Line
	for i, r := range strings.Split(rows, "\n") {
		l := Line{No: i + 1, Text: r}
		if strings.Contains(r, "\t") {
			l.Cells = strings.Split(r, "\t")
		}
		lines = append(lines, l)
	}
	return Sheet{Name: name, Lines: lines}
}
