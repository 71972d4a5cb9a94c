package sheets

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"sync"

	kflate "github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/scratch"
)

// spoolLimit is how much of one part of a workbook being written is held
// in memory; the rest goes to a temporary file.
const spoolLimit = 4 << 20

// orderedZip is the zip writer qingdan gives excelize. excelize writes the
// parts of streamed sheets in the order of a map, so that two runs would
// write different bytes, and builds the whole file in memory; orderedZip
// keeps each part (in memory, or in a temporary file past spoolLimit); at
// Close it deflates them at once into further spools and writes them to
// the output in name order.
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

// Close deflates the parts, as many at once as there are processors, and
// writes them in name order; then it releases the spools. The bytes do not
// depend on the order the parts are deflated in.
func (z *orderedZip) Close() error {
	defer z.release()
	names := make([]string, 0, len(z.parts))
	for n := range z.parts {
		names = append(names, n)
	}
	slices.Sort(names)
	done := make([]chan packed, len(names))
	for i := range done {
		done[i] = make(chan packed, 1)
	}
	var wg sync.WaitGroup
	workers := make(chan struct{}, runtime.GOMAXPROCS(0))
	wg.Add(len(names))
	go func() {
		for i, n := range names {
			workers <- struct{}{}
			go func() {
				defer wg.Done()
				done[i] <- z.pack(n)
				<-workers
			}()
		}
	}()
	// Every part is deflated before the spools are released, even after an
	// error.
	defer func() {
		wg.Wait()
		for _, d := range done {
			select {
			case p := <-d:
				p.data.close()
			default:
			}
		}
	}()
	zw := zip.NewWriter(z.out)
	for i, n := range names {
		p := <-done[i]
		err := p.err
		if err == nil {
			err = p.writeTo(zw, n)
		}
		p.data.close()
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// packed is one part deflated.
type packed struct {
	data        *spool
	crc         uint32
	size, csize uint64
	err         error
}

// pack deflates a part, or splices a worksheet written as a sheetBody
// into its rows, deflated as they were written. klauspost/compress's level 1 deflates twice as
// fast as compress/flate's BestSpeed, a little smaller.
func (z *orderedZip) pack(name string) (p packed) {
	p = packed{data: &spool{}}
	// excelize's parts are written here, outside recoverWrite's reach.
	defer func() {
		if v := recover(); v != nil {
			p.err = fmt.Errorf("%w：文件结构不完整，无法写入", ErrNotXLSX)
		}
	}()
	out := &counter{w: p.data}
	r, err := z.parts[name].reader()
	if err != nil {
		p.err = err
		return p
	}
	if b, ok := z.bodies[name]; ok {
		var head []byte
		if head, p.err = io.ReadAll(r); p.err == nil {
			p.crc, p.size, p.err = b.splice(out, head)
		}
		p.csize = out.n
		return p
	}
	fw, err := kflate.NewWriter(out, kflate.BestSpeed)
	if err != nil {
		p.err = err
		return p
	}
	sum := crc32.NewIEEE()
	in := &counter{w: io.MultiWriter(fw, sum)}
	if _, err = io.Copy(in, r); err == nil {
		err = fw.Close()
	}
	p.err, p.crc, p.size, p.csize = err, sum.Sum32(), in.n, out.n
	return p
}

// writeTo adds the deflated part to zw as name.
func (p packed) writeTo(zw *zip.Writer, name string) error {
	// CreateRaw leaves the versions 0, which Microsoft Office is known to
	// refuse; 2.0 is what CreateHeader writes for a deflated part.
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Deflate, CRC32: p.crc, CompressedSize64: p.csize, UncompressedSize64: p.size,
		CreatorVersion: zipVersion20, ReaderVersion: zipVersion20,
	})
	if err != nil {
		return err
	}
	r, err := p.data.reader()
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

// zipVersion20 is version 2.0 of the zip format, the first with deflate.
const zipVersion20 = 20

// counter counts the bytes written through it.
type counter struct {
	w io.Writer
	n uint64
}

func (c *counter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += uint64(n)
	return n, err
}

func (z *orderedZip) release() {
	for _, s := range z.parts {
		s.close()
	}
}

// spool holds one part being written: in memory up to spoolLimit, then in
// a temporary file, written through a buffer (a deflater writes a few
// hundred bytes at a time).
type spool struct {
	mem  bytes.Buffer
	file *os.File
	buf  *bufio.Writer
}

func (s *spool) Write(p []byte) (int, error) {
	if s.file == nil && s.mem.Len()+len(p) <= spoolLimit {
		return s.mem.Write(p)
	}
	if s.file == nil {
		f, err := scratch.File("part-*")
		if err != nil {
			return 0, err
		}
		s.file, s.buf = f, bufio.NewWriterSize(f, 64<<10)
		if _, err := s.mem.WriteTo(f); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	return s.buf.Write(p)
}

func (s *spool) reader() (io.Reader, error) {
	if s.file == nil {
		return &s.mem, nil
	}
	if err := s.buf.Flush(); err != nil {
		return nil, err
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
		s.file, s.buf = nil, nil
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
