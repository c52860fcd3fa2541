package events

import (
	"strconv"
	"strings"
	"time"
)

// period is the stretch of days a date value covers: "2024-05-01" one day,
// "2024-W18" the ISO week from Monday 29 April to Sunday 5 May, "2024-Q2"
// April to June, "2024" the year, "202" the 2020s. fine is set for a day
// or a week, the precisions at which "well before" is counted in days.
type period struct {
	start, end time.Time // first and last day, both inclusive
	fine       bool
}

// periodOf reads a date value of the timex layer; ok is false for values
// that name no stretch of the calendar (PAST_REF, XXXX-12-07, XXXX-WXX).
// A range "a/b" runs from the start of a to the end of b.
func periodOf(v string) (p period, ok bool) {
	if a, b, found := strings.Cut(v, "/"); found {
		pa, oka := periodOf(a)
		pb, okb := periodOf(b)
		if !oka || !okb || pb.end.Before(pa.start) {
			return period{}, false
		}
		return period{start: pa.start, end: pb.end, fine: pa.fine && pb.fine}, true
	}
	if len(v) < 3 || !allDigits(v[:3]) {
		return period{}, false
	}
	if len(v) == 3 || !allDigits(v[3:4]) {
		if len(v) != 3 {
			return period{}, false
		}
		d, _ := strconv.Atoi(v)
		return periodFrom(calDay(d*10, 1, 1), calDay(d*10+10, 1, 1)), true
	}
	y, _ := strconv.Atoi(v[:4])
	rest := v[4:]
	switch {
	case rest == "":
		return periodFrom(calDay(y, 1, 1), calDay(y+1, 1, 1)), true
	case len(rest) == 4 && rest[:2] == "-W" && allDigits(rest[2:]):
		w, _ := strconv.Atoi(rest[2:])
		if w < 1 || w > 53 {
			return period{}, false
		}
		// ISO 8601: week 1 holds 4 January; weeks start on Monday
		jan4 := calDay(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		p = periodFrom(monday, monday.AddDate(0, 0, 7))
		p.fine = true
		return p, true
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		q := int(rest[2] - '0')
		return periodFrom(calDay(y, 3*q-2, 1), calDay(y, 3*q+1, 1)), true
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		h := int(rest[2] - '0')
		return periodFrom(calDay(y, 6*h-5, 1), calDay(y, 6*h+1, 1)), true
	case rest == "-SP":
		return periodFrom(calDay(y, 3, 1), calDay(y, 6, 1)), true
	case rest == "-SU":
		return periodFrom(calDay(y, 6, 1), calDay(y, 9, 1)), true
	case rest == "-FA":
		return periodFrom(calDay(y, 9, 1), calDay(y, 12, 1)), true
	case rest == "-WI":
		return periodFrom(calDay(y, 12, 1), calDay(y+1, 3, 1)), true
	case len(rest) >= 3 && rest[0] == '-' && allDigits(rest[1:3]):
		m, _ := strconv.Atoi(rest[1:3])
		if m < 1 || m > 12 {
			return period{}, false
		}
		if len(rest) == 3 {
			return periodFrom(calDay(y, m, 1), calDay(y, m+1, 1)), true
		}
		t, err := time.Parse(time.DateOnly, v[:min(len(v), 10)])
		if err != nil || len(v) > 10 && v[10] != 'T' {
			return period{}, false
		}
		return period{start: t, end: t, fine: true}, true
	}
	return period{}, false
}

// periodFrom is the period from the day from to the day before next.
func periodFrom(from, next time.Time) period {
	return period{start: from, end: next.AddDate(0, 0, -1)}
}

func calDay(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
