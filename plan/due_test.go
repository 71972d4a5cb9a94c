package plan

import "testing"

func TestCutDue(t *testing.T) {
	tests := []struct {
		name, text, rest, due string
	}{
		{"full label", "做好甲事。（牵头：甲局；配合：乙局；完成时限：6月底前）", "做好甲事。（牵头：甲局；配合：乙局）", "6月底前"},
		{"bare 时限", "做好甲事。（牵头：甲局；协同：乙局、丙局；时限：6月底前）", "做好甲事。（牵头：甲局；协同：乙局、丙局）", "6月底前"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, due := cutDue(tt.text)
			if due != tt.due {
				t.Errorf("cutDue(%q) due = %q, want %q (rest %q)", tt.text, due, tt.due, rest)
			}
		})
	}
}
