package actors

import (
	"fmt"
	"testing"
	"time"
)

// regionalCoverage: the Middle East, South Asia and Balkan scope of
// data/README.md ("Coverage"): for each state and office, the date from
// which the base promises its holders to 2026-01-01 (the office's
// creation, or the first Iraqi, Afghan or Pakistani holder the base
// lists).
var regionalCoverage = []struct {
	country, office string
	from            time.Time
}{
	{"PSE", headOfState, coverageFrom},
	{"PSE", headOfGovernment, date(2003, 4, 30)}, // the office created in 2003
	{"PSE", foreignMinister, date(2003, 4, 30)},
	{"SYR", headOfState, coverageFrom},
	{"SYR", headOfGovernment, coverageFrom},
	{"SYR", foreignMinister, coverageFrom},
	{"EGY", headOfState, coverageFrom},
	{"EGY", headOfGovernment, coverageFrom},
	{"EGY", foreignMinister, coverageFrom},
	{"IRQ", headOfState, coverageFrom},
	{"IRQ", headOfGovernment, coverageFrom},
	{"IRQ", foreignMinister, coverageFrom},
	{"JOR", headOfState, coverageFrom},
	{"JOR", headOfGovernment, coverageFrom},
	{"JOR", foreignMinister, coverageFrom},
	{"LBN", headOfState, coverageFrom},
	{"LBN", headOfGovernment, coverageFrom},
	{"LBN", foreignMinister, coverageFrom},
	{"AFG", headOfState, coverageFrom},
	{"AFG", headOfGovernment, date(2001, 12, 22)}, // the interim administration
	{"AFG", foreignMinister, date(2001, 12, 22)},
	{"PAK", headOfState, coverageFrom},
	{"PAK", headOfGovernment, date(2002, 11, 23)}, // Musharraf's "chief executive" before
	{"PAK", foreignMinister, coverageFrom},
	{"HRV", headOfState, coverageFrom},
	{"HRV", headOfGovernment, coverageFrom},
	{"HRV", foreignMinister, coverageFrom},
	{"SRB", headOfState, coverageFrom}, // Serbia's presidents
	{"SRB", headOfGovernment, coverageFrom},
	{"SRB", foreignMinister, coverageFrom},
	{"XKX", headOfState, date(2002, 3, 4)}, // the first elected institutions
	{"XKX", headOfGovernment, date(2002, 3, 4)},
	{"XKX", foreignMinister, date(2008, 4, 1)}, // the ministry formed after independence
	{"MNE", headOfState, coverageFrom},
	{"MNE", headOfGovernment, date(2003, 1, 8)}, // an acting premier before
	{"MKD", headOfState, coverageFrom},
	{"MKD", headOfGovernment, coverageFrom},
	{"ALB", headOfState, coverageFrom},
	{"ALB", headOfGovernment, coverageFrom},
}

// regionalAllowed: gaps that are vacancies or periods without a holder
// of the state (as the test prints them).
var regionalAllowed = map[string]bool{
	// The office abolished: the president heads the government.
	"SYR head of government 2025-03-30 2026-01-01": true,
	// The Supreme Council of the Armed Forces ruled (Tantawi, role MIL).
	"EGY head of state 2011-02-12 2012-06-30": true,
	// The occupation: the Coalition Provisional Authority and the
	// Governing Council's monthly rotating presidency.
	"IRQ head of state 2003-04-10 2004-06-01":      true,
	"IRQ head of government 2003-04-10 2004-06-28": true,
	"IRQ foreign minister 2003-04-10 2003-09-03":   true,
	// Vacancies: parliament elected no president.
	"LBN head of state 2007-11-24 2008-05-25": true,
	"LBN head of state 2014-05-26 2016-10-31": true,
	"LBN head of state 2022-10-31 2025-01-09": true,
	// Acting holders not known with confidence.
	"AFG foreign minister 2019-02-01 2020-03-01": true,
	"AFG foreign minister 2021-07-01 2021-09-07": true,
	"PAK foreign minister 2002-07-01 2002-11-23": true,
	"PAK foreign minister 2013-03-17 2013-06-05": true,
}

// TestRegionalOfficeCoverage checks regionalCoverage: no gap of more than
// 60 days but those regionalAllowed lists.
func TestRegionalOfficeCoverage(t *testing.T) {
	holders := officeHolders(Default())
	seen := map[string]bool{}
	for _, c := range regionalCoverage {
		for _, g := range gaps(holders[c.country][c.office]) {
			if !g[1].After(c.from) {
				continue
			}
			if g[0].Before(c.from) {
				g[0] = c.from
			}
			if g[1].Sub(g[0]) <= coverageGap {
				continue
			}
			key := fmt.Sprintf("%s %s %s %s", c.country, c.office, g[0].Format("2006-01-02"), g[1].Format("2006-01-02"))
			seen[key] = true
			if !regionalAllowed[key] {
				t.Errorf("gap: %s (%d days)", key, int(g[1].Sub(g[0]).Hours()/24))
			}
		}
	}
	for key := range regionalAllowed {
		if !seen[key] {
			t.Errorf("allowed gap %q is no longer a gap", key)
		}
	}
}
