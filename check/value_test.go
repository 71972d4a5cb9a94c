package check

import "testing"

// TestFirstNumberIsTheExpression: firstNumber finds in a value what
// numberWithUnit finds, after every unit and in the values of the seeds.
func TestFirstNumberIsTheExpression(t *testing.T) {
	cases := []string{"", "无", "已完成32家", "32万人次", "1.5.3", "3.", ".5个", "12.5%以上", "第3批5家", "万人次32", "8.5/10万", "１２个"}
	cases = append(cases, fuzzSeeds...)
	for _, u := range units {
		cases = append(cases, "7"+u.name+"以上", "约7.25"+u.name)
	}
	for _, c := range cases {
		n := stripDates(normalize(c))
		m := numberWithUnit.FindStringSubmatch(n)
		if num, unit, ok := firstNumber(n); ok != (m != nil) || ok && (num != m[1] || unit != m[2]) {
			t.Errorf("firstNumber(%q) = %q %q %v, the expression %q", n, num, unit, ok, m)
		}
	}
}
