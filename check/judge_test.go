package check

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/qingdan/qingdan/problems"
)

var asOf = time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)

// reported returns the facts of a row reported as kv: target, actual,
// status, baseline, expected, done.
func reported(deadline string, kv ...string) Facts {
	f := Facts{Reported: true, Mark: ReadMark("")}
	for i := 0; i+1 < len(kv); i += 2 {
		v := kv[i+1]
		switch kv[i] {
		case "target":
			f.Target, f.TargetErr = ParseTarget(v)
		case "actual":
			f.Actual = ReadValue(v)
		case "status":
			f.Mark = ReadMark(v)
		case "baseline":
			f.Baseline = ReadValue(v)
		case "expected":
			f.Expected = v
		case "done":
			d, _ := ParseDeadline(v)
			f.DoneDate = d.In(2026)
		}
	}
	d, _ := ParseDeadline(deadline)
	f.Deadline = d.In(2026)
	return f
}

func silent(deadline string) Facts {
	f := reported(deadline)
	f.Reported = false
	return f
}

func TestJudge(t *testing.T) {
	tests := []struct {
		name   string
		facts  Facts
		want   Status
		light  Light
		reason string // a part of the reason
		flag   problems.Code
	}{
		{"done and met", reported("年底前", "target", "≥29%", "actual", "31.2%", "status", "已完成"), Done, Green, "达到目标", ""},
		{"done, text value", reported("年底前", "target", "不少于24家", "actual", "２６家", "status", "已完成"), Done, Green, "", ""},
		{"done, qualitative", reported("年底前", "status", "已完成"), Done, Green, "", ""},
		{"done below target", reported("年底前", "target", "≥29%", "actual", "27.5%", "status", "已完成"), Missed, Red, "未达到目标", ""},
		{"done, fraction of a percent", reported("年底前", "target", "≥95%", "actual", "0.93", "status", "已完成"), Missed, Red, "完成值93%未达到目标≥95%", ""},
		{"done, no value", reported("年底前", "target", "≥29%", "status", "已完成"), Missed, Red, "未填写完成值", problems.ActualMissing},
		{"done, unit mismatch", reported("年底前", "target", "≥29%", "actual", "26家", "status", "已完成"), Missed, Red, "单位", problems.UnitMismatch},
		{"done, unreadable value", reported("年底前", "target", "≥29%", "actual", "见附件", "status", "已完成"), Missed, Red, "无法识别", problems.ValueUnreadable},
		{"done late still done", reported("上半年", "status", "已完成"), Done, Green, "", ""},
		{"done after the deadline", reported("上半年", "status", "已完成", "done", "2026-08-01"), Done, Green, "晚于完成时限", ""},
		{"done after the as-of date", reported("年底前", "status", "已完成", "done", "2026-11-15"), Ongoing, Green, "尚未完成", ""},
		{"done after the as-of date and the deadline", reported("上半年", "status", "已完成", "done", "2026-11-15"), Overdue, Red, "已过", ""},
		{"overdue in progress", reported("上半年", "status", "推进中"), Overdue, Red, "已过", ""},
		{"overdue beats unreported", silent("上半年"), Overdue, Red, "已过", ""},
		{"deadline is today", reported("9月底前", "status", "推进中"), Ongoing, Green, "", ""},
		{"unreported, no row", silent("年底前"), Unreported, Red, "未报送", ""},
		{"unreported, blank status", reported("年底前", "target", "≥29%"), Unreported, Red, "未填写完成状态", ""},
		{"unknown status text", reported("年底前", "status", "见附件"), Unreported, Red, "", problems.StatusUnknown},
		{"approximate status", reported("年底前", "status", "基本完成"), Ongoing, Green, "", problems.StatusApproximate},
		{"marked lagging", reported("年底前", "status", "滞后"), Lagging, Yellow, "自报", ""},
		{"not started near deadline", reported("10月20日前", "status", "未启动"), Lagging, Yellow, "仅剩7%", ""},
		{"not started, time left", reported("2027年6月底", "status", "未启动"), Ongoing, Green, "尚未启动", ""},
		{"not started, 25% left", reported("年底前", "status", "未启动"), Lagging, Yellow, "仅剩25%", ""},
		{"behind pace", reported("年底前", "expected", "新增市级临床重点专科", "target", "不少于10个", "actual", "6个", "status", "推进中"), Lagging, Yellow, "序时进度", ""},
		{"on pace", reported("年底前", "expected", "新增市级临床重点专科", "target", "不少于10个", "actual", "7个", "status", "推进中"), Ongoing, Green, "", ""},
		{"a rate has no pace", reported("年底前", "target", "≥90%", "actual", "10%", "status", "推进中"), Ongoing, Green, "", ""},
		{"relative met", reported("年底前", "target", "提高5个百分点", "baseline", "30%", "actual", "35.5%", "status", "已完成"), Done, Green, "≥35%", ""},
		{"relative missed", reported("年底前", "target", "下降10%", "baseline", "200例", "actual", "185例", "status", "已完成"), Missed, Red, "≤180例", ""},
		{"relative in grades met", reported("年底前", "target", "提升0.2个等级", "baseline", "4.5", "actual", "4.7", "status", "已完成"), Done, Green, "≥4.7", ""},
		{"relative in years met", reported("年底前", "target", "提高0.3岁", "baseline", "80.6岁", "actual", "80.9岁", "status", "已完成"), Done, Green, "≥80.9岁", ""},
		{"relative in yuan met", reported("年底前", "target", "提高5元", "baseline", "89元", "actual", "94元", "status", "已完成"), Done, Green, "≥94元", ""},
		{"relative in yuan missed", reported("年底前", "target", "提高5元", "baseline", "89元", "actual", "92元", "status", "已完成"), Missed, Red, "≥94元", ""},
		{"relative in days missed", reported("年底前", "target", "缩短0.5天", "baseline", "8.2天", "actual", "7.9天", "status", "已完成"), Missed, Red, "≤7.7天", ""},
		{"relative without baseline", reported("年底前", "target", "提高5个百分点", "actual", "35%", "status", "已完成"), Done, Green, "", problems.BaselineMissing},
		{"relative, baseline in wrong unit", reported("年底前", "target", "提高5个百分点", "baseline", "30家", "status", "推进中"), Ongoing, Green, "", problems.UnitMismatch},
		{"in progress", reported("年底前", "status", "推进中", "actual", "20%"), Ongoing, Green, "", ""},
		{"open deadline", reported("长期", "status", "推进中"), Ongoing, Green, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Judge(tt.facts, Options{AsOf: asOf})
			if v.Status != tt.want || v.Status.Light() != tt.light {
				t.Errorf("status %v (%v), want %v (%v); reason %q", v.Status, v.Status.Light(), tt.want, tt.light, v.Reason)
			}
			if !strings.Contains(v.Reason, tt.reason) {
				t.Errorf("reason %q does not say %q", v.Reason, tt.reason)
			}
			var codes []problems.Code
			for _, f := range v.Flags {
				codes = append(codes, f.Code)
			}
			if tt.flag == "" && len(codes) > 0 || tt.flag != "" && !strings.Contains(fmt.Sprint(codes), string(tt.flag)) {
				t.Errorf("flags %v, want %q", codes, tt.flag)
			}
		})
	}
}

func ExampleJudge() {
	target, _ := ParseTarget("保持在29%以上")
	due, _ := ParseDeadline("年底前")
	v := Judge(Facts{
		Reported: true,
		Mark:     ReadMark("已完成"),
		Target:   target,
		Actual:   ReadValue("31.2％"),
		Deadline: due.In(2026),
	}, Options{AsOf: time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)})
	fmt.Println(v.Status, v.Status.Light(), v.Reason)
	// Output: 已完成 绿 完成值31.2%达到目标≥29%
}
