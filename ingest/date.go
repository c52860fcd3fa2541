package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// validDate checks a date written YYYY, YYYY-MM or YYYY-MM-DD and returns it
// unchanged when the month and day exist.
func validDate(s string) (string, bool) {
	switch len(s) {
	case 4:
		if allDigits(s) {
			return s, true
		}
	case 7:
		if allDigits(s[:4]) && s[4] == '-' && allDigits(s[5:]) {
			if m, _ := strconv.Atoi(s[5:]); m >= 1 && m <= 12 {
				return s, true
			}
		}
	case 10:
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return s, true
		}
	}
	return "", false
}

// dateLayouts are the full timestamps normDate understands besides ISO 8601
// prefixes: those of RSS, e-mail and common European writing.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006", "January 2, 2006", "Jan 2, 2006",
	"02.01.2006", "2.1.2006", "02.01.2006 15:04", "02/01/2006", time.UnixDate,
}

// numericDate finds a date in digits at the start of a timestamp that is
// not ISO 8601: year first with the month or day unpadded
// ("2022-5-3T23:57:00"), or day first, as in Europe and Latin America
// ("10/05/2022 05:22 pm", "12.07.2024, 10:00").
var numericDate = regexp.MustCompile(`^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./](\d{1,2})[./](\d{4}))(?:$|[T ,])`)

// normDate turns a publication date as found in input metadata
// ("2025-03-14 20:30:26Z", "2025-03-14T20:30:26+01:00", "2025-03",
// "Fri, 14 Mar 2025 20:30:26 GMT", "14.03.2025") into YYYY, YYYY-MM or
// YYYY-MM-DD. Dates in digits that are not year first are read day first.
// It returns "" for anything it cannot read.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	// An ISO 8601 date, perhaps followed by a time: keep the date part.
	for _, n := range []int{10, 7, 4} {
		if len(s) < n {
			continue
		}
		if len(s) > n && n < 10 && (isDigit(s[n]) || s[n] == '-') {
			continue
		}
		if len(s) > n && n == 10 && isDigit(s[n]) {
			continue
		}
		if d, ok := validDate(s[:n]); ok {
			return d
		}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		y, mo, d := m[1], m[2], m[3]
		if y == "" {
			y, mo, d = m[6], m[5], m[4]
		}
		if d, ok := validDate(y + "-" + twoDigits(mo) + "-" + twoDigits(d)); ok {
			return d
		}
	}
	return ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
