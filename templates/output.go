package templates

// The sheets below are written by merge beside the merged lists. They are
// output only: readers never look for them.

// Keys of the output sheets' columns.
const (
	EvalDeadline Key = "eval_deadline" // 完成时限 as read, a date
	EvalMark     Key = "eval_mark"     // 填报状态: the status the unit chose
	EvalStatus   Key = "eval_status"   // 评估结果
	EvalLight    Key = "eval_light"    // 亮灯
	EvalReason   Key = "eval_reason"   // 说明
	EvalFeedback Key = "eval_feedback" // 配合单位反馈

	SumDept     Key = "sum_dept"
	SumTasks    Key = "sum_tasks"
	SumOutcomes Key = "sum_outcomes"
	SumRed      Key = "sum_red"
	SumRate     Key = "sum_rate"

	ProbLevel      Key = "prob_level"
	ProbTitle      Key = "prob_title"
	ProbCode       Key = "prob_code"
	ProbDept       Key = "prob_dept"
	ProbFile       Key = "prob_file"
	ProbSheet      Key = "prob_sheet"
	ProbCell       Key = "prob_cell"
	ProbMessage    Key = "prob_message"
	ProbSuggestion Key = "prob_suggestion"
)

// EvaluationColumns are the columns of the 完成情况 sheet: one row per
// outcome, as judged.
var EvaluationColumns = []Column{
	{Key: TaskID, Header: "任务编号", Width: 10},
	{Key: OutcomeID, Header: "成果编号", Width: 10},
	{Key: TaskName, Header: "任务名称", Width: 28},
	{Key: Expected, Header: "预期成果", Width: 28},
	{Key: Lead, Header: "牵头单位", Width: 16},
	{Key: Target, Header: "目标值", Width: 16},
	{Key: Actual, Header: "完成值", Width: 12},
	{Key: EvalDeadline, Header: "完成时限", Width: 12},
	{Key: EvalMark, Header: "填报状态", Width: 10},
	{Key: EvalStatus, Header: "评估结果", Width: 10},
	{Key: EvalLight, Header: "亮灯", Width: 6},
	{Key: EvalReason, Header: "说明", Width: 40},
	{Key: EvalFeedback, Header: "配合单位反馈", Width: 36},
	{Key: SourceFile, Header: "来源文件", Width: 36},
	{Key: SourceCell, Header: "来源位置", Width: 14},
}

// SummaryColumns are the columns of the 单位统计 sheet, before and after one
// column per status.
var (
	SummaryLeading = []Column{
		{Key: SumDept, Header: "牵头单位", Width: 20},
		{Key: SumTasks, Header: "牵头任务数", Width: 10},
		{Key: SumOutcomes, Header: "成果数", Width: 8},
	}
	SummaryTrailing = []Column{
		{Key: SumRed, Header: "红灯数", Width: 8},
		{Key: SumRate, Header: "完成率", Width: 10},
	}
)

// Keys of the 单位 sheet's columns.
const (
	UnitName      Key = "unit_name"      // 单位名称
	UnitAliases   Key = "unit_aliases"   // 别名
	UnitLed       Key = "unit_led"       // 牵头任务数
	UnitPartnered Key = "unit_partnered" // 配合任务数
	UnitSent      Key = "unit_sent"      // 是否报送
)

// Units is the 单位 sheet: each department with the other names it goes
// by. merge writes it; a user may edit it, or add one to any input
// workbook, to teach qingdan more aliases ("医政处" for 医政医管处). Only
// the first two columns are read.
var Units = Sheet{
	Name:     UnitsSheet,
	Synonyms: []string{"单位名单", "处室名单", "单位别名"},
	Columns: []Column{
		{Key: UnitName, Header: "单位名称", Synonyms: []string{"单位", "处室", "处室名称", "名称"}, Width: 24},
		{Key: UnitAliases, Header: "别名", Synonyms: []string{"简称", "其他名称", "曾用名"}, Width: 36},
		{Key: UnitLed, Header: "牵头任务数", Width: 12},
		{Key: UnitPartnered, Header: "配合任务数", Width: 12},
		{Key: UnitSent, Header: "是否报送", Width: 10},
	},
}

// ProblemColumns are the columns of the 问题清单 sheet: what kind of
// problem in plain words first, where it is, what exactly and what to do,
// the code last.
var ProblemColumns = []Column{
	{Key: ProbLevel, Header: "级别", Width: 6},
	{Key: ProbTitle, Header: "问题", Width: 22},
	{Key: ProbDept, Header: "单位", Width: 16},
	{Key: ProbFile, Header: "文件", Width: 32},
	{Key: ProbSheet, Header: "工作表", Width: 10},
	{Key: ProbCell, Header: "单元格", Width: 8},
	{Key: ProbMessage, Header: "说明", Width: 56},
	{Key: ProbSuggestion, Header: "建议", Width: 40},
	{Key: ProbCode, Header: "代码", Width: 6},
}

// Keys of the 考核结果 sheet's columns.
const (
	ScoreRank      Key = "score_rank"
	ScoreDept      Key = "score_dept"
	ScoreLed       Key = "score_led"
	ScorePartnered Key = "score_partnered"
	ScoreLead      Key = "score_lead"
	ScorePartner   Key = "score_partner"
	ScoreAdjust    Key = "score_adjust"
	ScoreTotal     Key = "score_total"
	ScoreGrade     Key = "score_grade"
)

// ScoreColumns are the columns of the 考核结果 sheet.
var ScoreColumns = []Column{
	{Key: ScoreRank, Header: "排名", Width: 6},
	{Key: ScoreDept, Header: "单位", Width: 20},
	{Key: ScoreLed, Header: "牵头成果数", Width: 10},
	{Key: ScorePartnered, Header: "配合成果数", Width: 10},
	{Key: ScoreLead, Header: "牵头得分", Width: 10},
	{Key: ScorePartner, Header: "配合得分", Width: 10},
	{Key: ScoreAdjust, Header: "加减分", Width: 8},
	{Key: ScoreTotal, Header: "总分", Width: 8},
	{Key: ScoreGrade, Header: "等次", Width: 8},
}

// AssessHeader is the header row of the 考核设置 sheet: a setting and its
// value; for 加减分, the unit, the points and the reason.
var AssessHeader = []string{"项目", "设置", "分值", "事由"}
