package intake

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/plan"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

// maxPlanFile is the largest plan file read: work plans are tens of
// kilobytes, a Word document with pictures a few megabytes.
const maxPlanFile = 64 << 20

// PlanResult is a plan read from its documents, ready to be written as the
// master workbook.
type PlanResult struct {
	Master  sheets.Master
	Items   int // tasks found
	Targets int // quantitative targets found
	// Unread are the files that could not be read, with why; the others
	// were read all the same.
	Unread []string
}

// ErrNoTasks is returned when no task was found in any plan file.
var ErrNoTasks = errors.New("没有找到任务")

// ReadPlan reads a work plan from one or more files (.txt, .docx) into the
// content of its master workbook. A file that cannot be read is reported
// in Unread and the others read; ErrNoTasks when none gave a task.
func ReadPlan(paths []string, year int) (*PlanResult, error) {
	var all plan.Plan
	res := &PlanResult{}
	for _, path := range paths {
		p, err := readPlanFile(path, year)
		if err != nil {
			res.Unread = append(res.Unread, err.Error())
			continue
		}
		if all.Title == "" {
			all.Title, all.Year = p.Title, p.Year
		}
		if len(p.Items) == 0 {
			res.Unread = append(res.Unread, fmt.Sprintf("%s 中没有找到编号的工作任务（如“一、”下的“(一)”或“1.”），不像是工作要点", path))
			continue
		}
		all.Items = append(all.Items, p.Items...)
		all.Problems = append(all.Problems, p.Problems...)
	}
	if len(all.Items) == 0 {
		return res, fmt.Errorf("%w：%s", ErrNoTasks, strings.Join(res.Unread, "；"))
	}
	dir := units.NewDirectory(nil)
	ret := all.Return(filepath.Base(paths[0]), dir)
	book := lists.Merge(nil, lists.MergeOptions{Plan: &ret, Year: all.Year, Directory: dir})
	ps := append(problems.List{}, all.Problems...)
	ps.Sort(lists.SheetRank)
	res.Master = sheets.Master{
		Plan: &ret, Units: book.Units, Problems: ps, Assess: figures.DefaultAssessOptions(),
		Info: sheets.Info{Title: all.Title, Year: all.Year, Fingerprint: lists.Fingerprint(book)},
	}
	res.Items = len(all.Items)
	for _, it := range all.Items {
		res.Targets += len(it.Targets)
	}
	return res, nil
}

// readPlanFile reads one plan file: .docx as a Word document, a text file
// as text; other kinds are refused with what to do.
func readPlanFile(path string, year int) (plan.Plan, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return plan.Plan{}, fmt.Errorf("找不到 %s，请检查路径是否正确", path)
	case err != nil:
		return plan.Plan{}, fmt.Errorf("无法读取 %s：%s", path, atomicfile.Explain(err))
	case info.IsDir():
		return plan.Plan{}, fmt.Errorf("%s 是一个文件夹，请给出工作要点文件（.docx 或 .txt）", path)
	case info.Size() == 0:
		return plan.Plan{}, fmt.Errorf("%s 是空文件", path)
	case info.Size() > maxPlanFile:
		return plan.Plan{}, fmt.Errorf("%s 有 %d MB，不像是工作要点（工作要点一般不超过几 MB），未读取", path, info.Size()>>20)
	}
	if why := LockFile(path); why != "" {
		return plan.Plan{}, fmt.Errorf("%s 是%s，不是工作要点；请给出原文件", path, why)
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".doc", ".wps":
		return plan.Plan{}, fmt.Errorf("%s 是旧版 Word 格式，请用 Word 或 WPS 另存为 .docx（或 .txt）后再读取", path)
	case ".pdf":
		return plan.Plan{}, fmt.Errorf("%s 是 PDF 文件，qingdan 不能从 PDF 中读取文字；请找到工作要点的 Word 原文，或把文字复制到 .txt 文件中", path)
	case ".odt":
		return plan.Plan{}, fmt.Errorf("%s 是 OpenDocument 文档，请用 WPS、Word 或 LibreOffice 另存为 .docx 后再读取", path)
	case ".xls", ".et", ".ods", ".csv":
		return plan.Plan{}, fmt.Errorf("%s 是旧版或其他格式的表格文件，请另存为 .xlsx 后再读取", path)
	case ".xlsx", ".xlsm":
		return readPlanWorkbook(path, year)
	}
	data, err := readAtMost(path, maxPlanFile)
	if err != nil {
		return plan.Plan{}, err
	}
	var lines []plan.Line
	switch {
	case bytes.HasPrefix(data, oleMagic):
		if bytes.Contains(data, encryptionInfo) {
			return plan.Plan{}, fmt.Errorf("%s 设置了打开密码，qingdan 无法读取；请在 Word 或 WPS 中取消密码（文件→信息→保护文档）后另存，或把文字复制到 .txt 文件中", path)
		}
		return plan.Plan{}, fmt.Errorf("%s 是旧版 Word 格式（.doc），请用 Word 或 WPS 另存为 .docx（或 .txt）后再读取", path)
	case bytes.HasPrefix(data, []byte("%PDF")):
		return plan.Plan{}, fmt.Errorf("%s 是 PDF 文件，qingdan 不能从 PDF 中读取文字；请找到工作要点的 Word 原文，或把文字复制到 .txt 文件中", path)
	case ext == ".docx" || bytes.HasPrefix(data, []byte("PK\x03\x04")):
		lines, err = plan.ReadDocx(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return plan.Plan{}, fmt.Errorf("%s %s", path, explainDocx(err))
		}
	default:
		lines, err = plan.ReadText(bytes.NewReader(data))
		if err != nil {
			return plan.Plan{}, fmt.Errorf("无法读取 %s：%s", path, chineseOr(err, "文字的编码无法识别，请用记事本另存为 UTF-8 编码的 .txt 后再读取"))
		}
	}
	return plan.Parse(lines, plan.Options{File: filepath.Base(path), Year: year}), nil
}

// readPlanWorkbook reads a task table kept in Excel (任务分解表), its sheets
// together: a sheet per 板块, a 填报说明 sheet, a sheet of main indicators
// (plan.ParseWorkbook).
func readPlanWorkbook(path string, year int) (plan.Plan, error) {
	f, err := sheets.Open(path, sheets.OpenOptions{})
	if err != nil {
		return plan.Plan{}, fmt.Errorf("无法读取 %s：%w", path, err)
	}
	defer f.Close()
	var all []plan.Sheet
	for _, name := range f.SheetNames() {
		rows, err := sheets.ReadTable(f, name)
		if err != nil {
			return plan.Plan{}, fmt.Errorf("无法读取 %s：%w", path, err)
		}
		lines := make([]plan.Line, len(rows))
		for i, r := range rows {
			lines[i] = plan.Line{No: r.Row, Text: strings.Join(r.Cells, "\t"), Cells: r.Cells}
		}
		all = append(all, plan.Sheet{Name: name, Lines: lines})
	}
	p := plan.ParseWorkbook(all, plan.Options{File: filepath.Base(path), Year: year})
	if p.Title == "" {
		p.Title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return p, nil
}

// An OLE compound file: a legacy .doc, or the wrapper Word and WPS put
// around a .docx with an opening password, which alone has an
// EncryptionInfo stream (its name is stored in UTF-16).
var (
	oleMagic       = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// readAtMost reads a file of at most limit bytes: the size told before
// reading is checked again as it is read, for a file that grows.
func readAtMost(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取 %s：%s", path, atomicfile.Explain(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("无法读取 %s：%s", path, atomicfile.Explain(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s 超过 %d MB，不像是工作要点（工作要点一般不超过几 MB），未读取", path, limit>>20)
	}
	return data, nil
}

// explainDocx says why a .docx could not be read: package plan's reader
// passes on the English of the zip and XML libraries.
func explainDocx(err error) string {
	if errors.Is(err, plan.ErrNotDocx) {
		if msg := err.Error(); msg != plan.ErrNotDocx.Error() && problems.Chinese(msg) {
			return msg + "；请用 Word 或 WPS 打开后重新保存为 .docx"
		}
		return "不是有效的 Word .docx 文档（文件可能已损坏，或不是 Word 文件）；请用 Word 或 WPS 打开后重新保存为 .docx"
	}
	return "无法读取：" + chineseOr(err, "文档内容已损坏") + "；请用 Word 或 WPS 打开后重新保存为 .docx"
}

// chineseOr returns err's message when it is qingdan's own Chinese, and
// otherwise instead.
func chineseOr(err error, instead string) string {
	if msg := err.Error(); problems.Chinese(msg) {
		return msg
	}
	return instead
}

// LockFile says what a file is when its name is that of a lock file an
// office program leaves beside a document it has open (Excel, WPS and Word
// "~$…", LibreOffice ".~lock.…#"), or "".
func LockFile(path string) string {
	base := filepath.Base(strings.ReplaceAll(path, `\`, "/"))
	switch {
	case strings.HasPrefix(base, "~$"):
		return "Word、Excel 或 WPS 打开文件时生成的临时文件"
	case strings.HasPrefix(base, ".~lock.") && strings.HasSuffix(base, "#"):
		return "LibreOffice 打开文件时生成的锁定文件"
	}
	return ""
}
