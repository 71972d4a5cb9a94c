package problems

import "slices"

// Code identifies a kind of problem. Codes are stable: users filter on
// them and the README lists them. The first letter says the stage: F
// files, S sheets, R rows, M merging, V values, P plans.
type Code string

// The problem codes.
const (
	FileUnreadable Code = "F01" // the file cannot be opened as a workbook
	FileNoLists    Code = "F02" // no sheet of the template was found
	FileNoUnit     Code = "F03" // the unit could not be told
	FileSkipped    Code = "F04" // not a return: lock file, other type
	FileCopyFailed Code = "F05" // a marked-up copy for the unit could not be written

	SheetNoHeader   Code = "S01" // a list sheet without a recognizable header row
	SheetMissing    Code = "S02" // a column of the template is missing
	SheetUnknown    Code = "S03" // a column not in the template, kept in 其他列
	SheetNotAList   Code = "S04" // far more rows than a list has: merged, but look
	SheetOverflowed Code = "S05" // more rows than one worksheet holds: continued on another sheet
	SheetUnreadable Code = "S06" // a list sheet whose XML cannot be read

	RowNoTaskID Code = "R01" // a row with data but no 任务编号
	RowNote     Code = "R02" // a note below the data, not a row of the list

	TaskIDConflict   Code = "M01" // one 任务编号 names different tasks
	DuplicateOutcome Code = "M02" // the same outcome reported twice by its lead
	LeadUnknown      Code = "M03" // no 牵头单位 for a task
	LeadConflict     Code = "M04" // returns disagree on the 牵头单位
	UnitSilent       Code = "M05" // a unit with tasks sent no workbook at all
	PlanChanged      Code = "M06" // a return changed a target or deadline of the plan
	NotInPlan        Code = "M07" // a return reports a task the plan does not have
	OtherPlan        Code = "M08" // a return was sent from another version of the plan

	ValueUnreadable   Code = "V01" // 完成值 is not a number
	TargetUnreadable  Code = "V02" // 目标值 has a number qingdan cannot read
	DeadlineUnread    Code = "V03" // 完成时限 is not a date qingdan knows
	StatusUnknown     Code = "V04" // 完成状态 is not one of the dropdown's values
	UnitMismatch      Code = "V05" // 完成值 and 目标值 are in different units
	ActualMissing     Code = "V06" // marked 已完成 without a 完成值 for a numeric target
	BaselineMissing   Code = "V07" // a relative target (提高5个百分点) without a 基线值
	FormulaNoValue    Code = "V08" // a formula saved without its computed value
	SettingUnreadable Code = "V09" // a row of a settings sheet cannot be read
	StatusApproximate Code = "V10" // 完成状态 read as the nearest dropdown value (基本完成 → 推进中)

	PlanNoItems      Code = "P01" // no numbered item was found
	PlanTitleGuessed Code = "P02" // an item's title has no full stop; the first clause was taken
	PlanNoLead       Code = "P03" // an item names no lead unit
	PlanDuplicateID  Code = "P04" // two items have the same number
	PlanTargetDoubt  Code = "P05" // a target was read with a guess: check its indicator, value or deadline
	PlanGroupNoted   Code = "P06" // a phrase naming units collectively was put in 备注
)

// entry is what the catalogue says of a code.
type entry struct {
	level      Level
	title      string // the kind of problem in plain words
	suggestion string // what to do first
}

var catalogue = map[Code]entry{
	FileUnreadable: {Error, "文件无法读取", "请填报单位用 Excel 或 WPS 重新保存为 .xlsx 后报送"},
	FileNoLists:    {Error, "找不到清单工作表", "请使用下发的工作簿填报，或检查工作表名称和表头"},
	FileNoUnit:     {Warning, "不知道是哪个单位报送的", "请在成果清单的“填报单位”列或填表说明中填写单位名称，或把单位名称写在文件名开头"},
	FileSkipped:    {Info, "已跳过的文件", ""},
	FileCopyFailed: {Warning, "无法生成退回修改的副本", "请直接把问题清单中该文件的问题发给填报单位"},

	SheetNoHeader:   {Error, "找不到表头", "请按标准模板恢复表头，不要删除表头行"},
	SheetMissing:    {Info, "缺少标准模板中的列", "请按标准模板补充"},
	SheetUnknown:    {Info, "多出的列", "不需要处理：其内容已放入汇总表的“其他列”"},
	SheetNotAList:   {Warning, "工作表行数过多，不像是清单", "请检查是否误把其他数据粘贴进了清单"},
	SheetOverflowed: {Warning, "超出一张工作表的行数", "汇总表中接续在下一张同名工作表中"},
	SheetUnreadable: {Error, "工作表已损坏", "请填报单位用 Excel 或 WPS 打开这个文件，重新保存后再报送"},

	RowNoTaskID: {Error, "没有任务编号的行", "请填写任务编号"},
	RowNote:     {Info, "表格中的说明文字", "不需要处理"},

	TaskIDConflict:   {Warning, "同一任务编号填了不同的任务", "请按工作要点的统一编号填写任务编号"},
	DuplicateOutcome: {Warning, "同一成果重复填报", "请删除重复的行"},
	LeadUnknown:      {Warning, "任务没有牵头单位", "请在责任清单中补充牵头单位"},
	LeadConflict:     {Warning, "牵头单位填写不一致", "请与工作要点核对牵头单位"},
	UnitSilent:       {Warning, "单位未报送", "请催报"},
	PlanChanged:      {Warning, "改动了任务总表的目标值或完成时限", "目标值和完成时限以任务总表为准；如需调整请报办公室"},
	NotInPlan:        {Warning, "任务不在任务总表中", "请核对任务编号，或请办公室把该任务补入任务总表"},
	OtherPlan:        {Warning, "按另一版任务总表填报", "如任务总表已修改，请把新下发的工作簿发给该单位重新填报"},

	ValueUnreadable:   {Warning, "完成值无法识别", "请填写数字及单位，如 31.2% 或 26家"},
	TargetUnreadable:  {Warning, "目标值无法识别", "请写成“29%以上”“不少于24家”等形式"},
	DeadlineUnread:    {Warning, "完成时限无法识别", "请填写具体日期，如 2026-09-30，或“年底前”“第三季度”"},
	StatusUnknown:     {Warning, "完成状态不是下拉选项", "请从下拉列表选择：未启动、推进中、已完成、滞后"},
	UnitMismatch:      {Warning, "完成值与目标值单位不一致", "请按目标值的单位填写完成值"},
	ActualMissing:     {Warning, "已完成但没有填完成值", "请填写完成值"},
	BaselineMissing:   {Warning, "相对目标缺少基线值", "请在“基线值”列填写上年值，如 30%"},
	FormulaNoValue:    {Warning, "公式没有保存计算结果", "请在 Excel 或 WPS 中打开、重新计算后保存，或直接填写数值"},
	SettingUnreadable: {Warning, "设置无法识别", "分值和权重请填写数字，如 0.8 或 80%"},
	StatusApproximate: {Warning, "完成状态按近似理解", "请从下拉列表选择：未启动、推进中、已完成、滞后"},

	PlanNoItems:      {Error, "没有找到任务", "请确认文件是工作要点正文，任务按“1.”“(一)”等编号分段，或是带“序号”“工作任务”等表头的任务分工表"},
	PlanTitleGuessed: {Info, "任务名称是推断的", "请核对任务总表中的任务名称"},
	PlanNoLead:       {Warning, "任务没有写明牵头单位", "请在任务总表的责任清单中补充牵头单位和配合单位，再下发"},
	PlanDuplicateID:  {Warning, "任务编号重复", "请核对任务总表中的任务编号"},
	PlanTargetDoubt:  {Warning, "量化目标需要核对", "请核对任务总表成果清单中这一行的预期成果、目标值和完成时限"},
	PlanGroupNoted:   {Info, "“各相关处室”等记入备注", "如需明确配合单位，请在责任清单中填写具体单位"},
}

func (c Code) entry() entry {
	if e, ok := catalogue[c]; ok {
		return e
	}
	return entry{level: Warning, title: string(c)}
}

// Title names the kind of problem in plain words: 完成值无法识别.
func (c Code) Title() string { return c.entry().title }

// Level is the level problems of this code usually have.
func (c Code) Level() Level { return c.entry().level }

// Codes lists every code, in order.
func Codes() []Code {
	out := make([]Code, 0, len(catalogue))
	for c := range catalogue {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
