// Command makeicon draws qingdan's icon, a list with ticks on the red of
// official documents, as a 256×256 PNG for the Windows resource:
//
//	go run ./scripts/makeicon -o icon.png
package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
)

func main() {
	out := flag.String("o", "icon.png", "file to write")
	flag.Parse()
	const size = 256
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	red := color.RGBA{0x9b, 0x1c, 0x1c, 0xff}
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	fill := func(x0, y0, x1, y1 int, c color.RGBA) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				img.Set(x, y, c)
			}
		}
	}
	// A rounded square.
	const r = 40
	for y := range size {
		for x := range size {
			dx, dy := max(r-x, x-(size-1-r), 0), max(r-y, y-(size-1-r), 0)
			if dx*dx+dy*dy <= r*r {
				img.Set(x, y, red)
			}
		}
	}
	// Three rows: a ticked box and a line.
	for i := range 3 {
		y := 56 + i*56
		fill(48, y, 92, y+44, white)
		fill(56, y+8, 84, y+36, red)
		for k := range 14 { // the tick
			fill(58+k, y+18+k/2, 62+k, y+24+k/2, white)
			fill(70+k, y+26-k, 74+k, y+32-k, white)
		}
		fill(108, y+14, 212, y+30, white)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
