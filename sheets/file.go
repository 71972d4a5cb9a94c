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
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// Limits on what one workbook may unzip to. Returns are small; these leave
// room for sheets of a few hundred thousand rows.
const (
	maxFileSize = 128 << 20 // a workbook file as sent
	maxUnzipped = 512 << 20 // the whole workbook, unzipped
	// A workbook opened as Large (a merged workbook named by the user) may
	// be far larger, as long as it unzips to no more than maxRatio times
	// its size: a zip bomb's ratio is in the thousands, a workbook's
	// about ten. Large sheets are inflated to temporary files, not memory.
	maxLargeFile     = 4 << 30
	maxLargeUnzipped = 32 << 30
	maxRatio         = 100
	maxXMLInMemory   = 16 << 20 // one sheet's XML held in memory by excelize, when copying; larger goes to a temporary file
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
	raw      []byte               // the workbook's zip, decrypted; nil when read from src
	src      *os.File             // a large workbook's file, read where it lies
	size     int64                // the zip's size
	parts    map[string]*zip.File // by lower-case name
	sheets   []sheetRef
	shared   []string
	kinds    []numKind // how each cell style shows a number
	date1904 bool
	budget   int64                 // what may still be unzipped
	data     map[string]*sheetData // each sheet's XML, inflated once
	mu       sync.Mutex            // guards data and budget while sheets are inflated
	info     *Info                 // the hidden sheet, once read
	x        *excelize.File        // for writing a copy, opened when first needed
}

// scan returns what the sheet's XML says beyond its values: its merged
// cells, and, once its rows are read, its formulas without a value and
// its last column with a value.
func (f *File) scan(sheet string) sheetScan {
	s, err := f.sheet(sheet)
	if err != nil {
		return sheetScan{formulas: map[string]bool{}}
	}
	if !s.read {
		if r, err := f.NewReader(sheet); err == nil {
			for {
				if _, err := r.Read(); err != nil {
					break
				}
			}
		}
	}
	return s.scan
}

// OpenOptions are the options for opening a workbook.
type OpenOptions struct {
	Password string // tried when the workbook is encrypted
	// Large allows a workbook far larger than a return, such as a merged
	// workbook of thousands of returns, within a ratio of unzipped to
	// zipped size that rules out zip bombs.
	Large bool
}

// limits returns the largest file and the most it may unzip to, for a
// workbook of size bytes.
func (o OpenOptions) limits(size int64) (file, unzipped int64) {
	if !o.Large {
		return maxFileSize, maxUnzipped
	}
	return maxLargeFile, max(maxUnzipped, min(maxLargeUnzipped, size*maxRatio))
}

// Open opens the workbook at path for reading.
func Open(path string, opts OpenOptions) (*File, error) {
	in, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() {
		if in != nil {
			in.Close()
		}
	}()
	limit, _ := opts.limits(0)
	info, err := in.Stat()
	if err == nil && info.Size() > limit {
		return nil, ErrTooLarge // refused from its size, before reading
	}
	if err == nil && info.Size() > readWhole {
		// A merged workbook of thousands of returns is read where it lies,
		// not copied into memory first. (An encrypted one is decrypted in
		// memory, as excelize must.)
		head := make([]byte, len(oleSignature))
		if _, err := in.ReadAt(head, 0); err == nil && !bytes.Equal(head, oleSignature) {
			_, unzipLimit := opts.limits(info.Size())
			f, err := openZip(in, info.Size(), unzipLimit, nil)
			if err != nil {
				return nil, err
			}
			in = nil // f closes it
			return f, nil
		}
	}
	return OpenReader(in, opts)
}

// readWhole is the size past which a workbook's file is read where it
// lies rather than into memory.
var readWhole int64 = 32 << 20

// OpenReader opens a workbook from r, as Open does from a path.
//
// Every part qingdan reads is inflated once, through archive/zip, which
// checks its size and checksum as it ends: a zip bomb that understates its
// sizes, or a part longer or shorter than declared, fails instead of being
// cut short or filling memory. The sheets are inflated here, so that a
// broken one is known at once.
func OpenReader(r io.Reader, opts OpenOptions) (*File, error) {
	fileLimit, _ := opts.limits(0)
	data, err := io.ReadAll(io.LimitReader(r, fileLimit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > fileLimit {
		return nil, ErrTooLarge
	}
	_, unzipLimit := opts.limits(int64(len(data)))
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
		if _, err := zip.NewReader(bytes.NewReader(plain), int64(len(plain))); err != nil {
			return nil, ErrWrongPass
		}
		data = plain
	}
	return openZip(bytes.NewReader(data), int64(len(data)), unzipLimit, data)
}

// openZip opens the workbook whose zip r holds, of size bytes, to unzip
// no more than unzipLimit; raw is its bytes, when they are in memory.
func openZip(r io.ReaderAt, size, unzipLimit int64, raw []byte) (*File, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, ErrNotXLSX
	}
	useInflater(z)
	f := &File{raw: raw, size: size, parts: map[string]*zip.File{}, budget: unzipLimit, data: map[string]*sheetData{}}
	if raw == nil {
		if file, ok := r.(*os.File); ok {
			f.src = file
		}
	}
	var declared uint64
	for _, zf := range z.File {
		f.parts[strings.ToLower(strings.TrimPrefix(zf.Name, "/"))] = zf
		declared += zf.UncompressedSize64
	}
	if declared > uint64(unzipLimit) {
		return nil, ErrTooLarge
	}
	if err := f.load(); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// load reads the workbook's own parts and inflates its sheets.
func (f *File) load() error {
	if err := f.readWorkbook(); err != nil {
		return err
	}
	if err := f.readShared(); err != nil {
		return err
	}
	if err := f.readStyles(); err != nil {
		return err
	}
	for _, ref := range f.sheets {
		if _, err := f.sheet(ref.name); err != nil && !errors.Is(err, errNoSheet) {
			return err
		}
	}
	return nil
}

var (
	oleSignature   = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// translate turns excelize's errors into ours.
func translate(err error) error {
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return ErrWrongPass
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		return ErrNotXLSX
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrAlgorithm), errors.Is(err, io.ErrUnexpectedEOF):
		return ErrNotXLSX
	case strings.Contains(err.Error(), "unzip size exceeds"):
		// excelize reports its size limit with a formatted error and no
		// sentinel to test against.
		return ErrTooLarge
	}
	return ErrNotXLSX
}

// Close releases the workbook and any temporary files it used.
func (f *File) Close() error {
	for _, s := range f.data {
		s.close()
	}
	f.data = map[string]*sheetData{}
	var err error
	if f.x != nil {
		err = f.x.Close()
	}
	if f.src != nil {
		err = cmp.Or(err, f.src.Close())
		f.src = nil
	}
	return err
}

// SheetNames returns the names of the workbook's sheets in order.
func (f *File) SheetNames() []string {
	names := make([]string, len(f.sheets))
	for i, s := range f.sheets {
		names[i] = s.name
	}
	return names
}

// excelize opens the workbook with excelize, for writing a copy of it.
func (f *File) excelize() (*excelize.File, error) {
	if f.x != nil {
		return f.x, nil
	}
	var raw io.Reader = bytes.NewReader(f.raw)
	if f.raw == nil && f.src != nil {
		raw = io.NewSectionReader(f.src, 0, f.size)
	}
	x, err := excelize.OpenReader(raw, excelize.Options{
		UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxXMLInMemory, ShortDatePattern: "yyyy-mm-dd",
	})
	if err != nil {
		return nil, translate(err)
	}
	f.x = x
	return x, nil
}

// Reader reads the rows of one sheet in order, in the manner of
// encoding/csv's Reader. Values are the cells as the spreadsheet shows them:
// numbers with their format applied (31.2%, 2026-09-30), formulas as their
// last computed value.
type Reader struct {
	rr      *rowReader
	sheet   string
	row     int      // the row last returned
	pending []string // a row read ahead, after rows the sheet skips
	at      int      // its number
	err     error
}

// NewReader returns a Reader of the named sheet.
func (f *File) NewReader(sheet string) (*Reader, error) {
	s, err := f.sheet(sheet)
	if err != nil {
		return nil, fmt.Errorf("工作表 %s: %w", sheet, err)
	}
	in, err := s.open()
	if err != nil {
		return nil, err
	}
	return &Reader{rr: &rowReader{f: f, s: s, d: in}, sheet: sheet}, nil
}

// Read returns the next row's cells, with empty cells as "". An empty row,
// and a row the sheet leaves out, gives an empty slice, so that Row counts
// every row. At the end of the sheet it returns io.EOF.
func (r *Reader) Read() ([]string, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.pending == nil {
		n, cells, err := r.rr.readRow()
		if err == io.EOF {
			r.rr.s.read = true
			r.err = io.EOF
			return nil, io.EOF
		}
		if err != nil {
			r.err = fmt.Errorf("工作表“%s”第%d行之后：%w", r.sheet, r.row, err)
			return nil, r.err
		}
		r.pending, r.at = append([]string{}, cells...), n
	}
	r.row++
	if r.row < r.at {
		return []string{}, nil
	}
	cells := r.pending
	r.pending = nil
	return cells, nil
}

// Row returns the 1-based number of the row last returned by Read.
func (r *Reader) Row() int {
	return r.row
}

// Close releases the reader.
func (r *Reader) Close() error {
	return nil
}

// recoverWrite turns a panic inside excelize while writing a workbook into
// an error: a workbook it cannot handle must not end the program.
func recoverWrite(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w：文件结构不完整，无法在其上写入", ErrNotXLSX)
	}
}
