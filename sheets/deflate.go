package sheets

import (
	"hash/crc32"
	"io"

	kflate "github.com/klauspost/compress/flate"
)

// deflater deflates the rows of one sheet as they are written, on a
// goroutine of its own, so that making rows and deflating them overlap
// and the rows are kept (in a spool) a seventh of their size. Its stream
// ends in a sync flush rather than a final block, so that it can be
// spliced between the deflated parts of the worksheet around it.
type deflater struct {
	out    *spool
	chunks chan []byte
	free   chan []byte
	done   chan error
	crc    uint32 // of the bytes written, as inflated
	size   uint64
	closed bool
	err    error
}

// deflateChunk is how much is handed to the deflating goroutine at once.
const deflateChunk = 64 << 10

func newDeflater(out *spool) *deflater {
	d := &deflater{out: out, chunks: make(chan []byte, 4), free: make(chan []byte, 6), done: make(chan error, 1)}
	go d.run()
	return d
}

func (d *deflater) run() {
	fw, err := kflate.NewWriter(d.out, kflate.BestSpeed)
	for c := range d.chunks {
		d.crc = crc32.Update(d.crc, crc32.IEEETable, c)
		d.size += uint64(len(c))
		if err == nil {
			_, err = fw.Write(c)
		}
		select {
		case d.free <- c:
		default:
		}
	}
	if err == nil {
		err = fw.Flush()
	}
	d.done <- err
}

// Write hands p on to be deflated; bufio.Writer calls it with full
// buffers.
func (d *deflater) Write(p []byte) (int, error) {
	var c []byte
	select {
	case c = <-d.free:
	default:
		c = make([]byte, 0, deflateChunk)
	}
	d.chunks <- append(c[:0], p...)
	return len(p), nil
}

// close waits for what was written to be deflated, and returns the first
// error met. The CRC and size are known once it returns.
func (d *deflater) close() error {
	if !d.closed {
		d.closed = true
		close(d.chunks)
		d.err = <-d.done
	}
	return d.err
}

// deflateTo writes b to out as deflate blocks: ended by a sync flush, to
// be followed by more, or as the stream's final block.
func deflateTo(out io.Writer, b []byte, final bool) error {
	fw, err := kflate.NewWriter(out, kflate.BestSpeed)
	if err != nil {
		return err
	}
	if _, err := fw.Write(b); err != nil {
		return err
	}
	if final {
		return fw.Close()
	}
	return fw.Flush()
}

// crc32Combine returns the CRC-32 (IEEE) of a followed by b from the
// CRC-32s of a and b and the length of b, as zlib's crc32_combine: the
// rows of a sheet are checked as they are deflated, before the bytes
// around them are known.
func crc32Combine(crcA, crcB uint32, lenB uint64) uint32 {
	if lenB == 0 {
		return crcA
	}
	var even, odd [32]uint32 // operators that append 2ⁿ zero bits
	odd[0] = 0xedb88320      // the reversed polynomial: one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	for {
		gf2Square(&even, &odd)
		if lenB&1 != 0 {
			crcA = gf2Times(&even, crcA)
		}
		if lenB >>= 1; lenB == 0 {
			break
		}
		gf2Square(&odd, &even)
		if lenB&1 != 0 {
			crcA = gf2Times(&odd, crcA)
		}
		if lenB >>= 1; lenB == 0 {
			break
		}
	}
	return crcA ^ crcB
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range square {
		square[n] = gf2Times(mat, mat[n])
	}
}
