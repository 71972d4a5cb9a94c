// Package templates is the one definition of qingdan's standard template: the
// sheets a department fills in (任务清单, 责任清单, 成果清单), their columns in
// order, the other names each header is known by, the values of the status
// dropdown and the instructions printed on the 填表说明 sheet.
//
// Everything that writes or reads a workbook takes its sheet names, headers
// and dropdown values from here. The package holds data and the rules for
// recognizing a header; it does no I/O.
//
// Glossary of the template's terms, used across qingdan:
//
//	任务清单 TaskList         责任清单 Responsibilities  成果清单 Outcomes
//	任务编号 TaskID           所属板块 Section           任务名称 TaskName
//	工作内容 Content          完成时限 Deadline          备注     Note
//	牵头单位 Lead             配合单位 Partners          分管领导 Leader
//	责任人   Owner            联系人   Contact           联系电话 Phone
//	成果编号 OutcomeID        预期成果 Expected          目标值   Target
//	完成值   Actual           完成状态 Status            进展情况 Progress
//	佐证材料 Evidence         完成日期 DoneDate          填报单位 Dept
//	填报日期 ReportDate       基线值   Baseline          来源文件 SourceFile
//	来源位置 SourceCell       其他列   Other
package templates

import (
	"strconv"
	"strings"
)

// Version identifies this definition of the template. It is written into
// every workbook qingdan produces.
const Version = "2026.1"

// Key names a column independently of the header text a workbook uses for it.
type Key string

// The columns of the standard template.
const (
	TaskID     Key = "task_id"     // 任务编号
	Section    Key = "section"     // 所属板块
	TaskName   Key = "task_name"   // 任务名称
	Content    Key = "content"     // 工作内容
	Deadline   Key = "deadline"    // 完成时限
	Note       Key = "note"        // 备注
	Lead       Key = "lead"        // 牵头单位
	Partners   Key = "partners"    // 配合单位
	Leader     Key = "leader"      // 分管领导
	Owner      Key = "owner"       // 责任人
	Contact    Key = "contact"     // 联系人
	Phone      Key = "phone"       // 联系电话
	OutcomeID  Key = "outcome_id"  // 成果编号
	Expected   Key = "expected"    // 预期成果
	Target     Key = "target"      // 目标值
	Actual     Key = "actual"      // 完成值
	Status     Key = "status"      // 完成状态
	Progress   Key = "progress"    // 进展情况
	Evidence   Key = "evidence"    // 佐证材料
	DoneDate   Key = "done_date"   // 完成日期
	Dept       Key = "dept"        // 填报单位
	ReportDate Key = "report_date" // 填报日期
	Baseline   Key = "baseline"    // 基线值: the value a relative target is measured from
	Role       Key = "role"        // 本单位职责: 牵头 or 配合, in a unit's dispatched workbook

	// Other holds, in merged lists, the columns a department added that
	// the template does not have, as "列名：值" lines.
	Other Key = "other" // 其他列

	// SourceFile and SourceCell are added by merge to every merged row.
	SourceFile Key = "source_file" // 来源文件
	SourceCell Key = "source_cell" // 来源位置
)

// Kind says what a column holds, so that writers can add input checks and
// readers know how to read it.
type Kind int

// Kinds of column.
const (
	Text Kind = iota
	Number
	Date
	Choice // one of Statuses
)

// Column is one column of a template sheet.
type Column struct {
	Key      Key
	Header   string   // the header written in templates
	Synonyms []string // other headers departments use for the same column
	Width    float64  // column width in Excel's units, sized for Chinese text
	Kind     Kind
	Input    bool   // filled in by the department, left unlocked
	Optional bool   // a workbook without it is not reported
	Hint     string // shown as the input prompt of the column's cells
}

// Sheet is one sheet of the template.
type Sheet struct {
	Name     string
	Synonyms []string // other names departments give the sheet
	Columns  []Column
}

// The names of the sheets qingdan writes besides the three lists.
const (
	InstructionsSheet = "填表说明"
	EvaluationSheet   = "完成情况"
	SummarySheet      = "单位统计"
	ProblemsSheet     = "问题清单"
	UnitsSheet        = "单位"
	AssessSheet       = "考核设置"
	SuperviseSheet    = "督查设置"
	ScoresSheet       = "考核结果"
)

// Statuses are the values of the 完成状态 dropdown, in the order offered.
var Statuses = []string{"未启动", "推进中", "已完成", "滞后"}

var taskID = Column{Key: TaskID, Header: "任务编号", Synonyms: []string{"序号", "编号", "任务序号"}, Width: 10,
	Hint: "与工作要点中的编号一致，如 16 或 3.2"}

// TaskList is the 任务清单 sheet: what is to be done and by when.
var TaskList = Sheet{
	Name:     "任务清单",
	Synonyms: []string{"任务表", "重点任务清单", "工作任务清单", "任务"},
	Columns: []Column{
		taskID,
		{Key: Section, Header: "所属板块", Synonyms: []string{"板块", "类别", "工作板块"}, Width: 22},
		{Key: TaskName, Header: "任务名称", Synonyms: []string{"工作任务", "重点任务", "任务"}, Width: 28},
		{Key: Content, Header: "工作内容", Synonyms: []string{"具体内容", "主要内容", "工作措施", "任务内容"}, Width: 50},
		{Key: Deadline, Header: "完成时限", Synonyms: []string{"时间节点", "完成时间", "时限要求", "时限"}, Width: 14,
			Hint: "如 YYYY-09-30、YYYY年底前、上半年"},
		{Key: Note, Header: "备注", Width: 16},
		RoleColumn,
	},
}

// Responsibilities is the 责任清单 sheet: who leads, who helps, who answers.
var Responsibilities = Sheet{
	Name:     "责任清单",
	Synonyms: []string{"责任表", "责任分工", "任务分工"},
	Columns: []Column{
		taskID,
		{Key: Lead, Header: "牵头单位", Synonyms: []string{"牵头处室", "牵头部门", "责任处室", "责任单位", "牵头科室", "牵头股室", "责任科室", "责任股室"}, Width: 18},
		{Key: Partners, Header: "配合单位", Synonyms: []string{"配合处室", "配合部门", "协办单位", "协作单位", "配合科室", "配合股室"}, Width: 24},
		{Key: Leader, Header: "分管领导", Synonyms: []string{"分管委领导", "责任领导"}, Width: 12, Input: true},
		{Key: Owner, Header: "责任人", Synonyms: []string{"具体责任人"}, Width: 12, Input: true},
		{Key: Contact, Header: "联系人", Width: 12, Input: true},
		{Key: Phone, Header: "联系电话", Synonyms: []string{"电话", "联系方式"}, Width: 16, Input: true},
	},
}

// Outcomes is the 成果清单 sheet: each expected result, its target and what
// was achieved.
var Outcomes = Sheet{
	Name:     "成果清单",
	Synonyms: []string{"成果表", "完成情况表", "进展情况表", "成果"},
	Columns: []Column{
		taskID,
		{Key: OutcomeID, Header: "成果编号", Synonyms: []string{"成果序号"}, Width: 10},
		{Key: Expected, Header: "预期成果", Synonyms: []string{"成果形式", "工作目标", "指标", "预期目标"}, Width: 30},
		{Key: Target, Header: "目标值", Synonyms: []string{"目标", "指标值", "目标任务"}, Width: 18},
		{Key: Actual, Header: "完成值", Synonyms: []string{"实际值", "实际完成值", "完成数"}, Width: 14, Input: true, Kind: Number,
			Hint: "填写数字及单位，如 31.2% 或 26家，单位与目标值一致；没有量化目标的可不填"},
		{Key: Status, Header: "完成状态", Synonyms: []string{"状态", "进度", "完成情况"}, Width: 12, Input: true, Kind: Choice,
			Hint: "从下拉列表选择"},
		{Key: Progress, Header: "进展情况", Synonyms: []string{"工作进展", "推进情况", "进展"}, Width: 40, Input: true},
		{Key: Evidence, Header: "佐证材料", Synonyms: []string{"佐证", "证明材料", "佐证材料清单"}, Width: 24, Input: true},
		{Key: DoneDate, Header: "完成日期", Synonyms: []string{"实际完成时间", "完成时间"}, Width: 14, Input: true, Kind: Date,
			Hint: "日期，如 YYYY-09-30"},
		DeptColumn,
		{Key: ReportDate, Header: "填报日期", Synonyms: []string{"填报时间"}, Width: 14, Input: true, Kind: Date,
			Hint: "日期，如 YYYY-09-30"},
		// Optional, and last so that the columns before keep their places.
		{Key: Deadline, Header: "完成时限", Synonyms: []string{"时限要求", "时间节点"}, Width: 14, Kind: Date,
			Optional: true, Hint: "这项成果的完成时限；不填时按任务的完成时限"},
		{Key: Baseline, Header: "基线值", Synonyms: []string{"上年值", "基数", "基期值", "基准值", "上年完成值"}, Width: 12, Input: true, Kind: Number,
			Optional: true, Hint: "目标为“提高5个百分点”等相对目标时，填写上年值"},
		RoleColumn,
	},
}

// RoleColumn says, in a unit's dispatched workbook, whether the unit leads
// the row's task (牵头) or helps with it (配合). It is written, never read
// as data; merged lists leave it out.
var RoleColumn = Column{Key: Role, Header: "本单位职责", Synonyms: []string{"职责"}, Width: 10, Optional: true}

// Roles a unit has in a task, as RoleColumn shows them.
const (
	RoleLead    = "牵头"
	RolePartner = "配合"
)

// WithYear writes the examples of a text (YYYY-09-30, YYYY年底前) in year,
// so that a workbook of a plan shows its own year; 0 gives the year as YYYY
// does not: 2026.
func WithYear(s string, year int) string {
	if year == 0 {
		year = 2026
	}
	return strings.ReplaceAll(s, "YYYY", strconv.Itoa(year))
}

// Lists are the three list sheets in the order they appear in a workbook.
var Lists = []Sheet{TaskList, Responsibilities, Outcomes}

// DeptColumn is the 填报单位 column of 成果清单. Merge adds it to the other
// lists too, so that every merged row names the department that sent it.
var DeptColumn = Column{Key: Dept, Header: "填报单位", Synonyms: []string{"填报处室", "填报部门"}, Width: 16, Input: true}

// SourceColumns are the two columns merge adds after a list's own columns.
var SourceColumns = []Column{
	{Key: SourceFile, Header: "来源文件", Width: 36},
	{Key: SourceCell, Header: "来源位置", Width: 14},
}

// OtherColumn keeps, in merged lists, the values of columns that are not in
// the template, so that merging loses nothing.
var OtherColumn = Column{Key: Other, Header: "其他列", Width: 24}

// MergedColumns returns the columns of s as merge writes them: the list's
// own, then 其他列, then 填报单位 where the list lacks it, then 来源文件 and
// 来源位置.
func MergedColumns(s Sheet) []Column {
	var cols []Column
	for _, c := range s.Columns {
		if c.Key != Role {
			cols = append(cols, c)
		}
	}
	cols = append(cols, OtherColumn)
	if !s.Has(Dept) {
		cols = append(cols, DeptColumn)
	}
	return append(cols, SourceColumns...)
}

// Instructions are the lines of the 填表说明 sheet, below the unit's name
// and the reporting period, with examples in the plan's year. A
// dispatched workbook's say which cells the plan fixes.
func Instructions(year int, dispatched bool) []string {
	lines := []string{
		"1. 本表由各单位按工作要点逐项填写，包括“任务清单”“责任清单”“成果清单”三张表，请勿删除或重命名工作表，请勿修改表头。",
		"2. 每项任务一行；同一任务有多项成果的，在成果清单中分行填写并编写成果编号（1、2、3……）。",
		"3. 任务编号与工作要点的编号保持一致，三张表通过任务编号相互对应。",
		"4. 完成状态请从下拉列表中选择：未启动、推进中、已完成、滞后。已完成的，请同时填写完成值和完成日期。",
		"5. 完成值请填写数字及单位（如 31.2%、26家、7.5/10万），单位与目标值一致；没有量化目标的可不填。",
		"6. 日期请按“YYYY-09-30”格式填写。",
		"7. 进展情况请简要说明已完成的工作、存在的问题和下一步计划；佐证材料请列出文件名称或文号。",
		"8. 填写完成后请保存为 .xlsx 格式报送，文件名请保留单位名称，如“医政医管处-工作清单.xlsx”。",
	}
	if dispatched {
		lines[1] = "2. 灰底的单元格（任务、目标值、完成时限等）按任务总表填好并锁定，请只填写白底的单元格。" +
			"有新增成果的，请在成果清单下方的空白行续填（任务编号、成果编号、预期成果等都可填写）。"
		lines = append(lines, "9. “本单位职责”一列写明本单位对这项任务是牵头还是配合：牵头的请填写完成情况；配合的请在“进展情况”中写明配合工作，不必填写完成值。")
	}
	for i := range lines {
		lines[i] = WithYear(lines[i], year)
	}
	return lines
}

// Labels on the 填表说明 sheet; readers look for them to learn which
// department a workbook belongs to.
const (
	DeptLabel    = "填报单位"
	PeriodLabel  = "报送期间"
	DueLabel     = "报送截止日期"
	ContactLabel = "联系人"
)
