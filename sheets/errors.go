package sheets

import (
	"archive/zip"
	"compress/flate"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"strings"
	"syscall"

	kflate "github.com/klauspost/compress/flate"

	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/units"
)

// FileProblem describes, for the 问题清单, why the file name could not be
// read at all, and what the office can do about it.
func FileProblem(name string, err error) problems.Problem {
	msg, suggestion := Explain(err)
	p := problems.New(problems.FileUnreadable, source.Pos{File: name}, msg).With(suggestion)
	if t := units.FromFileName(name); t != "" {
		p.Unit = units.Unit(t)
	}
	return p
}

// Explain says in Chinese why a workbook could not be read, and what to do.
func Explain(err error) (message, suggestion string) {
	switch {
	case errors.Is(err, ErrEncrypted):
		return "文件设置了打开密码，无法读取", "请用 --password 给出密码，或请填报单位取消密码后重新报送"
	case errors.Is(err, ErrWrongPass):
		return "文件已加密，所给密码不正确", "请向填报单位核实密码"
	case errors.Is(err, ErrLegacyXLS):
		return "文件是旧版 .xls/.et 格式，无法读取", "请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再汇总"
	case errors.Is(err, ErrTooLarge):
		return "文件过大（压缩后超过 128MB 或解压后超过 512MB），可能已损坏或不是正常的报表，未读取", "请填报单位检查文件后重新报送"
	case errors.Is(err, ErrCorrupt):
		return "文件已损坏（压缩包中的数据与记录不符，可能传输不完整）", "请填报单位重新发送原文件"
	case errors.As(err, new(*xmlError)):
		return "文件已损坏：" + err.Error(), "请填报单位用 Excel 或 WPS 打开这个文件，重新保存后再报送"
	case errors.Is(err, ErrNotXLSX):
		return "不是有效的 .xlsx 工作簿（文件可能已损坏，或不是 Excel 文件）", "请填报单位用 Excel 或 WPS 重新保存为 .xlsx 后报送"
	case errors.Is(err, fs.ErrPermission):
		return "没有读取该文件的权限", "请检查文件权限，或关闭正在使用该文件的程序"
	case errors.Is(err, fs.ErrNotExist):
		return "找不到这个文件", "请检查文件名和路径"
	case isDir(err):
		return "这是一个文件夹，不是工作簿", "请给出文件夹中的工作簿，或把文件夹作为输入"
	}
	return "无法读取：" + describe(err), "请用 Excel 或 WPS 打开检查后重新保存"
}

func isDir(err error) bool {
	return errors.Is(err, syscall.EISDIR)
}

// describe turns an error met while reading a workbook into Chinese: the
// XML and zip libraries' messages are English.
func describe(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, ErrNotXLSX), errors.Is(err, ErrCorrupt), errors.Is(err, ErrTooLarge):
		return msg
	case errors.As(err, new(*xml.SyntaxError)), strings.Contains(msg, "XML syntax error"), strings.Contains(msg, "xml:"):
		return "工作表的内容不是有效的 XML，文件可能已损坏"
	case strings.Contains(msg, "coordinates"), strings.Contains(msg, "cell name"):
		return "工作表中有无效的单元格位置，文件可能已损坏"
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm),
		errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, new(flate.CorruptInputError)), errors.As(err, new(kflate.CorruptInputError)),
		strings.Contains(msg, "zip"), strings.Contains(msg, "flate"), strings.Contains(msg, "unexpected EOF"):
		return "压缩数据已损坏"
	}
	if problems.Chinese(msg) {
		return msg
	}
	return "文件内容无法识别，可能已损坏"
}
