// Command gencorpus writes a corpus of returns for timing qingdan: many
// departments' workbooks and, with -hostile, the files no department should
// send (a zip bomb, a zip that lies about sizes, random bytes, a legacy
// .xls, a sheet of 200,000 rows). scripts/bench-cli.sh runs it.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/qingdan/qingdan/internal/hostile"
)

func main() {
	out := flag.String("o", "corpus", "folder to write")
	n := flag.Int("n", 60, "departments")
	rows := flag.Int("rows", 50, "outcome rows per department")
	bad := flag.Bool("hostile", false, "add hostile files")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	for i := 1; i <= *n; i++ {
		dept := fmt.Sprintf("第%02d处", i)
		write(dept+"-成果清单.xlsx", hostile.Workbook(dept, *rows))
	}
	if *bad {
		rng := rand.New(rand.NewPCG(7, 7))
		noise := make([]byte, 1<<16)
		for i := range noise {
			noise[i] = byte(rng.IntN(256))
		}
		write("随机字节.xlsx", noise)
		write("旧格式.xls", hostile.OLE(false))
		write("伪造大小.xlsx", hostile.LyingZip(hostile.Workbook("伪造处", 5000)))
		write("压缩炸弹.xlsx", hostile.ZipBomb(1<<30, true))
		write("二十万行.xlsx", hostile.Workbook("大表处", 200000))
	}
}
