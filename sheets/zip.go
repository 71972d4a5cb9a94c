package sheets

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/xuri/excelize/v2"
)

// spoolLimit is how much of one part of a workbook being written is held
// in memory; the rest goes to a temporary file.
const spoolLimit = 4 << 20

// orderedZip is the zip writer qingdan gives excelize. excelize writes the
// parts of streamed sheets in the order of a map, so that two runs would
// write different bytes, and builds the whole file in memory; orderedZip
// keeps each part (in memory, or in a temporary file past spoolLimit) and
// writes them at Close in name order, compressed at deflate's fastest
// level, straight to the output.
type orderedZip struct {
	out    io.Writer
	parts  map[string]*spool
	bodies map[string]*sheetBody // rows to splice into worksheet parts, by part name
}

func newOrderedZip(out io.Writer, bodies map[string]*sheetBody) *orderedZip {
	return &orderedZip{out: out, parts: map[string]*spool{}, bodies: bodies}
}

// Create starts a part.
func (z *orderedZip) Create(name string) (io.Writer, error) {
	if _, dup := z.parts[name]; dup {
		return nil, errors.New("重复的工作簿部件：" + name)
	}
	s := &spool{}
	z.parts[name] = s
	return s, nil
}

// AddFS is not used by qingdan's workbooks.
func (z *orderedZip) AddFS(fs.FS) error {
	return errors.New("不支持的工作簿部件")
}

// Close writes every part, in name order, and releases the spools.
func (z *orderedZip) Close() error {
	defer z.release()
	names := make([]string, 0, len(z.parts))
	for n := range z.parts {
		names = append(names, n)
	}
	slices.Sort(names)
	zw := zip.NewWriter(z.out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			return err
		}
		r, err := z.parts[n].reader()
		if err != nil {
			return err
		}
		if b, ok := z.bodies[n]; ok {
			head, err := io.ReadAll(r)
			if err == nil {
				err = b.splice(w, head)
			}
			if err != nil {
				return err
			}
			continue
		}
		if _, err := io.Copy(w, r); err != nil {
			return err
		}
	}
	return zw.Close()
}

func (z *orderedZip) release() {
	for _, s := range z.parts {
		s.close()
	}
}

// spool holds one part being written: in memory up to spoolLimit, then in
// a temporary file.
type spool struct {
	mem  bytes.Buffer
	file *os.File
}

func (s *spool) Write(p []byte) (int, error) {
	if s.file == nil && s.mem.Len()+len(p) <= spoolLimit {
		return s.mem.Write(p)
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "qingdan-part-*")
		if err != nil {
			return 0, err
		}
		s.file = f
		if _, err := s.mem.WriteTo(f); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	return s.file.Write(p)
}

func (s *spool) reader() (io.Reader, error) {
	if s.file == nil {
		return &s.mem, nil
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return s.file, nil
}

func (s *spool) close() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
		s.file = nil
	}
	s.mem = bytes.Buffer{}
}

// save writes a workbook to w through an orderedZip: the same workbook
// gives the same bytes, and the file is not built in memory first.
func save(x *excelize.File, w io.Writer) error {
	return saveWith(x, w, nil)
}

// saveWith saves a workbook with the rows of bodies spliced into the
// worksheet parts they are keyed by.
func saveWith(x *excelize.File, w io.Writer, bodies map[string]*sheetBody) error {
	z := newOrderedZip(w, bodies)
	x.SetZipWriter(func(io.Writer) excelize.ZipWriter { return z })
	err := x.Write(io.Discard)
	z.release()
	return err
}
