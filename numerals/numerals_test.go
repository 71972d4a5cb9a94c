package numerals

import (
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"一", 1, true}, {"十", 10, true}, {"十六", 16, true}, {"二十", 20, true}, {"三十二", 32, true},
		{"一百二十", 120, true}, {"一百零五", 105, true}, {"两千", 2000, true}, {"一万五千", 15000, true},
		{"三点五", 3.5, true}, {"〇", 0, true}, {"九十九", 99, true},
		{"", 0, false}, {"三点", 0, false}, {"三个", 0, false}, {"abc", 0, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatReadsBack(t *testing.T) {
	for n := 0; n <= 9999; n++ {
		s := Format(n)
		got, ok := Int(s)
		if !ok || got != n {
			t.Fatalf("Format(%d) = %q, reads back as %d, %v", n, s, got, ok)
		}
	}
	for n, want := range map[int]string{1: "一", 10: "十", 16: "十六", 20: "二十", 105: "一百零五", 1010: "一千零一十", 10000: "10000"} {
		if got := Format(n); got != want {
			t.Errorf("Format(%d) = %q, want %q", n, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"十六", "一万五千", "三点五", "点", "万万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Parse(s) // must not panic
	})
}

func ExampleFormat() {
	fmt.Println(Format(3), Format(16), Format(120))
	// Output: 三 十六 一百二十
}
