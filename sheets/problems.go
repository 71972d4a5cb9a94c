package sheets

import (
	"errors"
	"os"

	"github.com/qingdan/qingdan/lists"
)

// FileProblem describes, for the 问题清单, why the file name could not be
// read at all, and what the office can do about it.
func FileProblem(name string, err error) lists.Problem {
	p := lists.Problem{Level: lists.Error, Code: lists.FileUnreadable, File: name,
		Dept: lists.DeptFromFileName(name)}
	switch {
	case errors.Is(err, ErrEncrypted):
		p.Message = "文件设置了打开密码，无法读取"
		p.Suggestion = "请用 --password 给出密码，或请填报单位取消密码后重新报送"
	case errors.Is(err, ErrWrongPass):
		p.Message = "文件已加密，所给密码不正确"
		p.Suggestion = "请向填报单位核实密码"
	case errors.Is(err, ErrLegacyXLS):
		p.Message = "文件是旧版 .xls/.et 格式，无法读取"
		p.Suggestion = "请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再汇总"
	case errors.Is(err, ErrTooLarge):
		p.Message = "文件过大（压缩后超过 128MB 或解压后超过 512MB），可能已损坏或不是正常的报表，未读取"
		p.Suggestion = "请填报单位检查文件后重新报送"
	case errors.Is(err, ErrCorrupt):
		p.Message = "文件已损坏（压缩包中的数据与记录不符，可能传输不完整）"
		p.Suggestion = "请填报单位重新发送原文件"
	case errors.Is(err, ErrNotXLSX):
		p.Message = "不是有效的 .xlsx 工作簿（文件可能已损坏，或不是 Excel 文件）"
		p.Suggestion = "请填报单位用 Excel 或 WPS 重新保存为 .xlsx 后报送"
	case errors.Is(err, os.ErrPermission):
		p.Message = "没有读取该文件的权限"
		p.Suggestion = "请检查文件权限，或关闭正在使用该文件的程序"
	default:
		p.Message = "无法读取：" + err.Error()
		p.Suggestion = "请用 Excel 或 WPS 打开检查后重新保存"
	}
	return p
}
