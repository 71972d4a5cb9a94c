package report

import "github.com/qingdan/qingdan/check"

// itemNumber numbers an outcome as the reports print it: 7-2 for the
// second outcome of task 7, or the task's number alone.
func itemNumber(it check.Item) string {
	if it.OutcomeID != "" {
		return it.TaskID + "-" + it.OutcomeID
	}
	return it.TaskID
}

// taskLabel names a task, and the department whose numbering it follows
// when numbers collide.
func taskLabel(it check.Item) string {
	if it.Owner != "" {
		return it.TaskName + "（" + it.Owner + "编号）"
	}
	return it.TaskName
}

// itemLabel names a task and, where it says more, the outcome expected of
// it: 任务名称：预期成果.
func itemLabel(it check.Item) string {
	s := taskLabel(it)
	if it.Expected != "" && it.Expected != it.TaskName {
		s += "：" + it.Expected
	}
	return s
}
