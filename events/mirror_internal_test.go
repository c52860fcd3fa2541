package events

import "testing"

// TestMirrorCodes: the CAMEO code of refusing (12x) and of intending (03x)
// an act keeps the act's subcategory where CAMEO has one ("064" share
// intelligence → 1214 refuse to share it, 0314 intend to), the category
// where it has none.
func TestMirrorCodes(t *testing.T) {
	cases := []struct{ act, reject, intent string }{
		{"031", "121", "030"},
		{"0311", "1211", "030"},
		{"06", "121", "031"},
		{"064", "1214", "0314"},
		{"065", "121", "031"},
		{"073", "1223", "0333"},
		{"0834", "1234", "0344"},
		{"081", "1241", "0351"},
		{"084", "1243", "0353"},
		{"087", "1246", "0356"},
		{"080", "124", "035"},
		{"036", "125", "030"},
		{"042", "125", "036"},
		{"045", "126", "036"},
		{"057", "127", "030"},
		{"051", "120", "032"},
		{"190", "120", "030"},
		{"", "120", "030"},
	}
	for _, tc := range cases {
		if got := rejectCode(tc.act); got != tc.reject {
			t.Errorf("rejectCode(%q) = %q, want %q", tc.act, got, tc.reject)
		}
		if got := intentCode(tc.act); got != tc.intent {
			t.Errorf("intentCode(%q) = %q, want %q", tc.act, got, tc.intent)
		}
	}
}
