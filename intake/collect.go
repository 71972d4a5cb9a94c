package intake

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
)

// Input is one file to read: where it is and how to name it to the user.
type Input struct {
	Path     string    // to open: the file, or the archive it is in
	Name     string    // to show: the file name, or its path inside the folder or archive given
	InFolder bool      // found in a folder or archive rather than named by the user
	Data     []byte    // the workbook itself, for one taken out of a .zip archive
	Modified time.Time // when it was last saved
	Size     int64     // its size in bytes, as stored
	skip     string    // why it is not read, when it is not
	fail     *problems.Problem
}

// Limits on what a .zip archive of returns may hold.
const (
	maxArchiveFile  = 128 << 20
	maxArchiveTotal = 1 << 30
)

// collect expands the paths the user gave: a file stands for itself, a
// folder for the files under it, an archive for the files inside. Files
// that are not returns (lock files, hidden files, other types) are kept,
// to be reported as skipped.
func collect(paths []string) ([]Input, error) {
	var out []Input
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("找不到 %s，请检查路径是否正确", p)
			}
			return nil, fmt.Errorf("无法读取 %s：%s", p, atomicfile.Explain(err))
		}
		if !info.IsDir() {
			in := Input{Path: p, Name: filepath.Base(p), Modified: info.ModTime(), Size: info.Size()}
			switch {
			case isArchive(in.Name):
				found, err := fromArchive(p, in.Name)
				if err != nil {
					return nil, err
				}
				out = append(out, found...)
				continue
			case LockFile(in.Name) != "":
				return nil, fmt.Errorf("%s 是%s，不是工作簿；请给出原文件", p, LockFile(in.Name))
			}
			if why := skipReason(in.Name); why != "" && why != reasonOtherType {
				in.skip = why
			}
			out = append(out, in)
			continue
		}
		root := filepath.Base(filepath.Clean(p))
		var found []Input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("无法读取文件夹 %s：%s", path, atomicfile.Explain(err))
			}
			rel, _ := filepath.Rel(p, path)
			name := filepath.ToSlash(filepath.Join(root, rel))
			if d.IsDir() {
				if path != p && (strings.HasPrefix(d.Name(), ".") || d.Name() == "__MACOSX") {
					return filepath.SkipDir
				}
				return nil
			}
			if isArchive(d.Name()) && !strings.HasPrefix(d.Name(), ".") {
				in, err := fromArchive(path, name)
				found = append(found, in...)
				return err
			}
			in := Input{Path: path, Name: name, InFolder: true, skip: skipReason(d.Name())}
			if info, err := d.Info(); err == nil {
				in.Modified, in.Size = info.ModTime(), info.Size()
			}
			found = append(found, in)
			return nil
		})
		if err != nil {
			return nil, err
		}
		slices.SortFunc(found, func(a, b Input) int { return strings.Compare(a.Name, b.Name) })
		out = append(out, found...)
	}
	return out, nil
}

const reasonOtherType = "不是 Excel 工作簿"

// skipReason says why a file found in a folder is not read, or "".
// Spreadsheets in other formats are read, to be reported with what to do.
func skipReason(name string) string {
	if why := LockFile(name); why != "" {
		return why
	}
	base := filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	if strings.HasPrefix(base, ".") {
		return "隐藏文件"
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".xlsx", ".xlsm", ".xls", ".et", ".csv", ".ods", ".numbers":
		return ""
	}
	return reasonOtherType
}

// otherFormat is what to say of a spreadsheet qingdan does not read.
var otherFormat = map[string]string{
	".csv":     "是 CSV 文本文件",
	".ods":     "是 OpenDocument（.ods）表格",
	".numbers": "是 Numbers 表格",
}

func isArchive(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".zip")
}

// fromArchive takes the workbooks out of a .zip archive of returns. Entry
// names that are not UTF-8 are read as GBK, as Chinese Windows writes them.
func fromArchive(path, name string) ([]Input, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		p := problems.New(problems.FileUnreadable, source.Pos{File: name}, "压缩包无法打开，可能已损坏").With("请重新获取该压缩包")
		return []Input{{Path: path, Name: name, fail: &p}}, nil
	}
	defer z.Close()
	var out []Input
	var total int64
	for _, f := range z.File {
		entry := f.Name
		if !utf8.ValidString(entry) {
			if dec, err := simplifiedchinese.GB18030.NewDecoder().String(entry); err == nil {
				entry = dec
			}
		}
		shown := name + "/" + entry
		if f.FileInfo().IsDir() || strings.HasPrefix(entry, "__MACOSX/") {
			continue
		}
		in := Input{Path: path, Name: shown, InFolder: true, Modified: f.Modified, Size: int64(f.UncompressedSize64)}
		if isArchive(entry) {
			in.skip = "压缩包中的压缩包，请解压后再汇总"
			out = append(out, in)
			continue
		}
		if why := skipReason(entry); why != "" {
			in.skip = why
			out = append(out, in)
			continue
		}
		fail := func(msg string) {
			p := problems.New(problems.FileUnreadable, source.Pos{File: shown}, msg).With("请重新获取该压缩包")
			in.fail = &p
			out = append(out, in)
		}
		if f.UncompressedSize64 > maxArchiveFile {
			fail("压缩包中的这个文件过大（超过 128MB），未读取")
			continue
		}
		rc, err := f.Open()
		if err != nil {
			fail("压缩包中的这个文件无法解压")
			continue
		}
		data, err := io.ReadAll(io.LimitReader(rc, maxArchiveFile+1))
		rc.Close()
		total += int64(len(data))
		switch {
		case err != nil:
			fail("压缩包中的这个文件已损坏")
			continue
		case len(data) > maxArchiveFile:
			fail("压缩包中的这个文件过大（超过 128MB），未读取")
			continue
		case total > maxArchiveTotal:
			return nil, fmt.Errorf("压缩包 %s 解压后过大（超过 1GB），请解压后检查其中的文件", path)
		}
		in.Data = data
		out = append(out, in)
	}
	slices.SortFunc(out, func(a, b Input) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// skipped is the return of a file not read, with why.
func skipped(in Input, why string) lists.Return {
	r := lists.Return{File: in.Name, Skipped: true, Modified: in.Modified}
	r.Problems.Add(problems.New(problems.FileSkipped, source.Pos{File: in.Name}, "已跳过："+why))
	return r
}
