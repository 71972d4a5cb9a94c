package intake

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/units"
)

// The returns read before are kept in a cache folder (Options.Cache),
// one file for each, as records: a return read again unchanged — by check
// or report after merge, or by the web page each time a unit sends one
// more — is taken from there, about five times faster than reading the
// workbook. The file is named by a hash of everything reading a return
// depends on: the workbook's bytes, the name it is shown by, whether it
// was found in a folder, the units' aliases, and this build of qingdan.
// A workbook changed by one byte, renamed, read with other aliases or by
// another version of qingdan is read again.
//
// Kept are only returns read whole and without a password: a workbook
// opened with one would lie decrypted on the disk. A merged workbook, the
// master, a file that could not be read are read each time. A cache file
// that does not read back whole (a power cut while it was written) is
// read as missing, and written again.

// cacheFormat changes whenever what a cache file holds does.
const cacheFormat = "qingdan 回收表缓存 2"

// cacheUnusedFor is how long a cache file is kept unread before trim
// removes it; trimEvery, how often trim looks.
const (
	cacheUnusedFor = 30 * 24 * time.Hour
	trimEvery      = 24 * time.Hour
)

// maxCacheBytes bounds the cache folder: two thousand returns take about
// 400 MB of it.
var maxCacheBytes int64 = 4 << 30

// cacheTrailer ends every cache file: these four bytes, then the CRC-32
// of all before them.
var cacheTrailer = []byte("QDC1")

// returnCache is a cache folder. A nil *returnCache keeps nothing.
type returnCache struct {
	dir   string
	build string
}

// openCache returns the cache in dir; nil for none, when dir is "" or
// this build of qingdan cannot tell itself from another.
func openCache(dir string) *returnCache {
	if dir == "" {
		return nil
	}
	b := build(dir)
	if b == "" {
		return nil
	}
	return &returnCache{dir: dir, build: b}
}

// build names this build of qingdan: the commit it was built from, clean,
// with the Go version and the build settings; else the hash of the
// program file itself. "" when neither can be had.
func build(dir string) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, modified string
		var all strings.Builder
		all.WriteString(bi.GoVersion + " " + runtime.GOOS + "/" + runtime.GOARCH)
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
			all.WriteString(" " + s.Key + "=" + s.Value)
		}
		if rev != "" && modified == "false" {
			return all.String()
		}
	}
	return programHash(dir)
}

// programHash is the SHA-256 of the program file, remembered in the
// cache folder by the file's path, size and time: reading 40 MB took 4%
// of a check from the cache, every run.
func programHash(dir string) string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	id := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%d", exe, info.Size(), info.ModTime().UnixNano()))
	memo := filepath.Join(dir, "程序", hex.EncodeToString(id[:]))
	if b, err := os.ReadFile(memo); err == nil && len(b) == sha256.Size*2 {
		return string(b)
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	sum := hex.EncodeToString(h.Sum(nil))
	// A memo cut short is computed again.
	if os.MkdirAll(filepath.Dir(memo), 0o755) == nil {
		os.WriteFile(memo, []byte(sum), 0o644)
	}
	return sum
}

// cacheable reports whether in may be taken from the cache or kept in it:
// not opened with a password, and neither failed nor passed over as
// collected. (What fails to read is not kept: cacheWriter.add.)
func cacheable(in Input, password string) bool {
	return password == "" && in.fail == nil && in.skip == ""
}

// key returns the name of in's cache file: the hash of its bytes and of
// all else its reading depends on.
func (c *returnCache) key(in Input, dir *units.Directory) (string, error) {
	h := sha256.New()
	field := func(s string) {
		var n [binary.MaxVarintLen64]byte
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		io.WriteString(h, s)
	}
	field(cacheFormat)
	field(c.build)
	field(in.Name)
	if in.InFolder {
		field("在文件夹中")
	} else {
		field("单独给出")
	}
	aliases := dir.Aliases()
	field(fmt.Sprint(len(aliases)))
	for _, a := range aliases {
		field(a.Name)
		field(a.Alias)
	}
	if in.Data != nil {
		h.Write(in.Data)
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		if _, err := io.Copy(h, f); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (c *returnCache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".rec") }

// read reads in as readInput does, from the cache when it holds in, and
// keeps what it read there when it does not.
func (c *returnCache) read(in Input, password string, dir *units.Directory, part func(read)) read {
	if c == nil || !cacheable(in, password) {
		return readInput(in, password, dir, part)
	}
	key, err := c.key(in, dir)
	if err != nil {
		return readInput(in, password, dir, part)
	}
	if r, ok := c.load(key, in, part); ok {
		return r
	}
	w := c.create(key)
	r := readInput(in, password, dir, func(r read) {
		w.add(r)
		part(r)
	})
	w.add(r)
	if changed(in) {
		// Saved again since it was collected, so perhaps while it was
		// hashed or read: what was read may not be what was hashed.
		w.abandon()
	}
	w.commit()
	return r
}

// changed reports whether in's file is no longer the size and time it
// was collected with; never for one read from memory.
func changed(in Input) bool {
	if in.Data != nil {
		return false
	}
	info, err := os.Stat(in.Path)
	return err != nil || info.Size() != in.Size || !info.ModTime().Equal(in.Modified)
}

// load hands on in's returns from the cache as readInput would: the parts
// of a workbook read in parts to part, the last returned. It reports
// false, having handed on nothing, when the cache does not hold in whole;
// a cache file that fails after parts were handed on fails the workbook.
func (c *returnCache) load(key string, in Input, part func(read)) (read, bool) {
	f, err := os.Open(c.path(key))
	if err != nil {
		return read{}, false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !whole(f, info.Size()) {
		return read{}, false
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return read{}, false
	}
	d := decoders.Get().(*recordReader)
	defer decoders.Put(d)
	d.r.Reset(io.LimitReader(f, info.Size()-8))
	var last *lists.Return
	parted := false // parts were handed on: the workbook cannot be read afresh
	for {
		ok, err := d.next()
		var r *lists.Return
		if err == nil && ok {
			r, err = d.keptReturn()
		}
		if err != nil && !parted {
			return read{}, false
		}
		if err != nil {
			// The checksum held and a record did not read back (a
			// fault of qingdan's): the file goes, and the workbook is
			// read afresh the next time.
			os.Remove(f.Name())
			part(read{returns: []lists.Return{*last}})
			ret := lists.Return{File: in.Name, Failed: true, Modified: in.Modified, Continued: true}
			ret.Problems.Add(problems.New(problems.FileUnreadable, source.Pos{File: in.Name}, "缓存中这份工作簿的记录不完整，已删除").
				With("请重新汇总，将重新读取这份工作簿").For(units.Unit(units.FromFileName(in.Name))))
			return read{returns: []lists.Return{ret}}, true
		}
		if !ok {
			break
		}
		r.Modified = in.Modified // the same bytes, saved again
		if last != nil {
			// Every return but the last is a part of a workbook read
			// in parts.
			part(read{returns: []lists.Return{*last}})
			parted = true
		}
		last = r
	}
	if last == nil {
		return read{}, false
	}
	if time.Since(info.ModTime()) > trimEvery {
		// Used: kept another cacheUnusedFor.
		now := time.Now()
		os.Chtimes(f.Name(), now, now)
	}
	return read{returns: []lists.Return{*last}}, true
}

// decoders are the record readers of cache files, kept from one file to
// the next with their buffers.
var decoders = sync.Pool{New: func() any { return &recordReader{r: bufio.NewReaderSize(nil, 64<<10)} }}

// whole reports whether the cache file f of size bytes ends with its
// trailer and its checksum.
func whole(f *os.File, size int64) bool {
	if size < int64(len(cacheTrailer))+4 {
		return false
	}
	crc := crc32.NewIEEE()
	if _, err := io.CopyN(crc, f, size-8); err != nil {
		return false
	}
	var tail [8]byte
	if _, err := io.ReadFull(f, tail[:]); err != nil {
		return false
	}
	return string(tail[:4]) == string(cacheTrailer) && binary.LittleEndian.Uint32(tail[4:]) == crc.Sum32()
}

// cacheWriter writes one cache file, into a temporary file renamed into
// place by commit. A nil *cacheWriter writes nothing.
type cacheWriter struct {
	f    *os.File
	crc  hash.Hash32
	enc  *recordWriter // writes to f through its buffer, and to crc
	path string
}

// create starts the cache file key; nil when it cannot be written, and
// the return is read all the same.
func (c *returnCache) create(key string) *cacheWriter {
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".qingdan-*.tmp")
	if err != nil {
		return nil
	}
	crc := crc32.NewIEEE()
	enc := encoders.Get().(*recordWriter)
	enc.w.Reset(io.MultiWriter(f, crc))
	return &cacheWriter{f: f, crc: crc, enc: enc, path: p}
}

// encoders are the record writers of cache files, kept from one file to
// the next with their buffers: a return's record is some 200 KB.
var encoders = sync.Pool{New: func() any { return newRecordWriter(bufio.NewWriterSize(nil, 64<<10)) }}

// release gives w's encoder back, its file ended.
func (w *cacheWriter) release() {
	w.enc.w.Reset(nil)
	encoders.Put(w.enc)
	w.f, w.enc = nil, nil
}

// add writes the returns of r; what is not to be kept (a merged workbook,
// a file that could not be read, one passed over) abandons the file.
func (w *cacheWriter) add(r read) {
	if w == nil || w.f == nil {
		return
	}
	if r.merged != nil {
		w.abandon()
		return
	}
	for i := range r.returns {
		ret := &r.returns[i]
		if ret.Failed || ret.Skipped {
			w.abandon()
			return
		}
		if err := w.enc.keptReturn(ret); err != nil {
			w.abandon()
			return
		}
	}
}

// commit ends the file and puts it in place.
func (w *cacheWriter) commit() {
	if w == nil || w.f == nil {
		return
	}
	err := w.enc.w.Flush()
	if err == nil {
		var tail [8]byte
		copy(tail[:], cacheTrailer)
		binary.LittleEndian.PutUint32(tail[4:], w.crc.Sum32())
		_, err = w.f.Write(tail[:])
	}
	err = errors.Join(err, w.f.Close())
	if err == nil {
		err = os.Rename(w.f.Name(), w.path)
	}
	if err != nil {
		os.Remove(w.f.Name())
	}
	w.release()
}

func (w *cacheWriter) abandon() {
	if w == nil || w.f == nil {
		return
	}
	w.f.Close()
	os.Remove(w.f.Name())
	w.release()
}

// trim removes, at most once every trimEvery, the cache files not used
// for cacheUnusedFor, the temporary files of writes that never ended,
// and, while the rest are more than maxCacheBytes, the least lately used.
func (c *returnCache) trim() {
	if c == nil {
		return
	}
	mark := filepath.Join(c.dir, "上次清理")
	if info, err := os.Stat(mark); err == nil && time.Since(info.ModTime()) < trimEvery {
		return
	}
	if err := os.WriteFile(mark, nil, 0o644); err != nil {
		return
	}
	type kept struct {
		path string
		used time.Time
		size int64
	}
	var files []kept
	var total int64
	filepath.WalkDir(c.dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || p == mark {
			return nil
		}
		info, err := e.Info()
		switch {
		case err != nil:
		case time.Since(info.ModTime()) > cacheUnusedFor:
			os.Remove(p)
		default:
			files = append(files, kept{p, info.ModTime(), info.Size()})
			total += info.Size()
		}
		return nil
	})
	slices.SortFunc(files, func(a, b kept) int { return a.used.Compare(b.used) })
	for _, f := range files {
		if total <= maxCacheBytes {
			break
		}
		if os.Remove(f.path) == nil {
			total -= f.size
		}
	}
}
