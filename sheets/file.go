// Package sheets reads and writes qingdan's workbooks: blank templates,
// departments' returns and the merged workbook. It is the only package that
// knows the .xlsx format; the rest of qingdan sees rows, values and
// io.Writers.
//
// Reading never modifies the file read. Only Open takes a path; every
// workbook is opened with limits on how far it may unzip, so a zip bomb
// fails instead of filling memory.
package sheets

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits on what one workbook may unzip to. Returns are small; these leave
// room for sheets of a few hundred thousand rows.
const (
	maxFileSize    = 128 << 20 // a workbook file as sent
	maxUnzipped    = 512 << 20 // the whole workbook, unzipped
	maxXMLInMemory = 16 << 20  // one sheet's XML held in memory; larger goes to a temporary file
)

// Errors a workbook can fail to open with. Callers test them with
// errors.Is.
var (
	ErrEncrypted = errors.New("文件已加密")
	ErrWrongPass = errors.New("文件已加密，密码不正确")
	ErrLegacyXLS = errors.New("是旧版 .xls/.et 格式")
	ErrNotXLSX   = errors.New("不是有效的 .xlsx 工作簿")
	ErrTooLarge  = errors.New("文件解压后过大")
	ErrCorrupt   = errors.New("文件已损坏：压缩包中的数据与其记录不符")
)

// File is an open workbook.
type File struct {
	x     *excelize.File
	data  []byte // the workbook's zip, for what excelize does not stream
	scans map[string]sheetScan
	info  *Info // the hidden sheet, once read
}

// scan returns what the sheet's XML says beyond its values.
func (f *File) scan(sheet string) sheetScan {
	if f.scans == nil {
		f.scans = scanSheets(f.data)
		if f.scans == nil {
			f.scans = map[string]sheetScan{}
		}
	}
	return f.scans[sheet]
}

// OpenOptions are the options for opening a workbook.
type OpenOptions struct {
	Password string // tried when the workbook is encrypted
}

func (o OpenOptions) excelize() excelize.Options {
	return excelize.Options{
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: maxXMLInMemory,
		ShortDatePattern:  "yyyy-mm-dd",
		Password:          o.Password,
	}
}

// Open opens the workbook at path for reading.
func Open(path string, opts OpenOptions) (*File, error) {
	in, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	return OpenReader(in, opts)
}

// OpenReader opens a workbook from r, as Open does from a path.
//
// Before excelize sees the workbook, every entry of its zip is read
// through: excelize trusts the sizes a zip declares, so a zip bomb that
// understates them would pass its limit, and it ignores read errors, so
// an entry longer than declared would be cut short without a word.
func OpenReader(r io.Reader, opts OpenOptions) (*File, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileSize {
		return nil, ErrTooLarge
	}
	if bytes.HasPrefix(data, oleSignature) {
		// An OLE compound file is either an encrypted .xlsx or a legacy
		// .xls/.et workbook; only the first has an EncryptionInfo stream.
		if !bytes.Contains(data, encryptionInfo) {
			return nil, ErrLegacyXLS
		}
		if opts.Password == "" {
			return nil, ErrEncrypted
		}
		plain, err := excelize.Decrypt(data, &excelize.Options{Password: opts.Password})
		if err != nil {
			return nil, ErrWrongPass
		}
		// A wrong password decrypts to noise rather than failing.
		if err := verifyZip(plain); errors.Is(err, ErrNotXLSX) {
			return nil, ErrWrongPass
		}
		data = plain
	}
	if err := verifyZip(data); err != nil {
		return nil, err
	}
	x, err := excelize.OpenReader(bytes.NewReader(data), opts.excelize())
	if err != nil {
		return nil, translate(err, opts)
	}
	return &File{x: x, data: data}, nil
}

// verifyZip reads every entry of a zip to its end, checking its size and
// checksum against what the zip declares and the total against
// maxUnzipped.
func verifyZip(data []byte) error {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ErrNotXLSX
	}
	var total int64
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			if errors.Is(err, zip.ErrAlgorithm) {
				return ErrNotXLSX
			}
			return ErrCorrupt
		}
		n, err := io.Copy(io.Discard, io.LimitReader(rc, maxUnzipped-total+1))
		rc.Close()
		total += n
		switch {
		case total > maxUnzipped:
			return ErrTooLarge
		case err != nil:
			return ErrCorrupt
		case uint64(n) != f.UncompressedSize64:
			return ErrCorrupt
		}
	}
	return nil
}

var (
	oleSignature   = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// translate turns excelize's errors into ours.
func translate(err error, opts OpenOptions) error {
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return ErrWrongPass
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		if opts.Password != "" {
			return ErrWrongPass
		}
		return ErrNotXLSX
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrAlgorithm), errors.Is(err, io.ErrUnexpectedEOF):
		return ErrNotXLSX
	case strings.Contains(err.Error(), "unzip size exceeds"):
		// excelize reports its size limit with a formatted error and no
		// sentinel to test against.
		return ErrTooLarge
	}
	return fmt.Errorf("%w: %v", ErrNotXLSX, err)
}

// Close releases the workbook and any temporary files it used.
func (f *File) Close() error {
	return f.x.Close()
}

// SheetNames returns the names of the workbook's sheets in order.
func (f *File) SheetNames() []string {
	return f.x.GetSheetList()
}

// Reader reads the rows of one sheet in order, in the manner of
// encoding/csv's Reader. Values are the cells as the spreadsheet shows them:
// numbers with their format applied (31.2%, 2026-09-30), formulas as their
// last computed value.
type Reader struct {
	rows  *excelize.Rows
	sheet string
	row   int
	err   error
}

// NewReader returns a Reader of the named sheet.
func (f *File) NewReader(sheet string) (*Reader, error) {
	rows, err := f.x.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("工作表 %s: %w", sheet, err)
	}
	return &Reader{rows: rows, sheet: sheet}, nil
}

// Read returns the next row's cells, with empty cells as "". An empty row
// gives an empty slice. At the end of the sheet it returns io.EOF.
func (r *Reader) Read() ([]string, error) {
	if r.err != nil {
		return nil, r.err
	}
	if !r.rows.Next() {
		if err := r.rows.Error(); err != nil {
			r.err = fmt.Errorf("工作表 %s 第%d行之后: %w", r.sheet, r.row, err)
		} else {
			r.err = io.EOF
		}
		return nil, r.err
	}
	r.row++
	cells, err := r.rows.Columns()
	if err != nil {
		r.err = fmt.Errorf("工作表 %s 第%d行: %w", r.sheet, r.row, err)
		return nil, r.err
	}
	return cells, nil
}

// Row returns the 1-based number of the row last returned by Read.
func (r *Reader) Row() int {
	return r.row
}

// Close releases the reader.
func (r *Reader) Close() error {
	return r.rows.Close()
}

// recoverWrite turns a panic inside excelize while writing a workbook into
// an error: a workbook it cannot handle must not end the program.
func recoverWrite(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w：文件结构不完整，无法在其上写入", ErrNotXLSX)
	}
}
