package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Words the generated returns are written in: Chinese text of the lengths
// real returns have.
var (
	verbs   = []string{"推进", "完善", "落实", "深化", "健全", "提升", "加强", "规范", "优化", "开展"}
	objects = []string{"基层医疗卫生服务能力建设", "公立医院综合改革", "家庭医生签约服务", "传染病监测预警体系", "中医药传承创新", "妇幼健康服务", "老年健康服务体系", "卫生健康信息化", "医疗质量安全管理", "职业病防治"}
	targets = []string{"不少于10个", "保持在95%以上", "控制在8/10万以内", "达到90%以上", "不少于24家", "全覆盖", "1-2家", "提高5个百分点"}
	marks   = []string{"已完成", "推进中", "推进中", "滞后", "未启动", ""}
)

// genReturn writes one standard return of unit i: rows tasks in each of
// the three lists, every cell text, as a unit fills the template.
func genReturn(path string, i, rows int) error {
	rng := rand.New(rand.NewPCG(uint64(i), 2026))
	unit := fmt.Sprintf("第%04d处", i)
	x := excelize.NewFile()
	defer x.Close()
	x.SetSheetName("Sheet1", "任务清单")
	for _, s := range []string{"责任清单", "成果清单"} {
		if _, err := x.NewSheet(s); err != nil {
			return err
		}
	}
	write := func(sheet string, header []string, row func(j int) []any) error {
		sw, err := x.NewStreamWriter(sheet)
		if err != nil {
			return err
		}
		h := make([]any, len(header))
		for k, v := range header {
			h[k] = v
		}
		if err := sw.SetRow("A1", h); err != nil {
			return err
		}
		for j := 1; j <= rows; j++ {
			if err := sw.SetRow("A"+strconv.Itoa(j+1), row(j)); err != nil {
				return err
			}
		}
		return sw.Flush()
	}
	id := func(j int) string { return fmt.Sprintf("%d.%d", i, j) }
	text := func(n int) string {
		s := ""
		for len([]rune(s)) < n {
			s += verbs[rng.IntN(len(verbs))] + objects[rng.IntN(len(objects))] + "，"
		}
		return s
	}
	if err := write("任务清单", []string{"任务编号", "所属板块", "任务名称", "工作内容", "完成时限", "备注"}, func(j int) []any {
		return []any{id(j), "一、" + objects[j%len(objects)], verbs[j%len(verbs)] + objects[rng.IntN(len(objects))], text(60), "年底前", ""}
	}); err != nil {
		return err
	}
	if err := write("责任清单", []string{"任务编号", "牵头单位", "配合单位", "分管领导", "责任人", "联系人", "联系电话"}, func(j int) []any {
		return []any{id(j), unit, fmt.Sprintf("第%04d处", (i+j)%997+1), "张三", "李四", "王五", "0571-8800" + strconv.Itoa(1000+j)}
	}); err != nil {
		return err
	}
	if err := write("成果清单", []string{"任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "进展情况", "佐证材料", "完成日期", "填报单位", "填报日期"}, func(j int) []any {
		return []any{id(j), "1", objects[j%len(objects)] + "覆盖率", targets[j%len(targets)], fmt.Sprintf("%d个", rng.IntN(20)),
			marks[rng.IntN(len(marks))], text(40), "文件第" + strconv.Itoa(j) + "号", "2026-09-" + strconv.Itoa(10+j%20), unit, "2026-09-30"}
	}); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := x.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// generate writes n returns into dir, unless they are there already.
func generate(dir string, n, rows int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		path := filepath.Join(dir, fmt.Sprintf("第%04d处-工作清单.xlsx", i))
		if _, err := os.Stat(path); err == nil {
			continue
		}
		if err := genReturn(path, i, rows); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}
