package actors

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// The office-holder coverage the base promises (data/README.md,
// "Coverage"): for each of these states and each of its offices, people
// whose dated tenures cover 2000-01-01 to 2026-01-01.
var (
	coverageFrom = date(2000, 1, 1)
	coverageTo   = date(2026, 1, 1)
	// coverageGap is the longest stretch without a holder that is not a
	// gap: an office may stay vacant for weeks between two holders.
	coverageGap = 60 * 24 * time.Hour

	coverageCountries = strings.Fields(
		// G20 members (the EU's offices: see coverageOffices)
		"ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA EUR " +
			"PRK UKR BLR IRN ISR " +
			"DNK FIN ISL NOR SWE " + // Nordic
			"EST LVA LTU " + // Baltic
			"POL CZE SVK HUN " + // Visegrad
			"IRL")
)

// Offices.
const (
	headOfState      = "head of state"
	headOfGovernment = "head of government"
	foreignMinister  = "foreign minister"
	defenceMinister  = "defence minister"
)

var allOffices = []string{headOfState, headOfGovernment, foreignMinister, defenceMinister}

// coverageOffices says, for the states that differ from the rule (all
// four offices), which offices there are.
var coverageOffices = map[string][]string{
	// The European Union has no head of state or defence minister; the
	// president of the Commission heads its executive, the High
	// Representative its foreign policy.
	"EUR": {headOfGovernment, foreignMinister},
	// Iceland has no armed forces and no defence minister.
	"ISL": {headOfState, headOfGovernment, foreignMinister},
	// Ireland's defence ministers are not listed yet.
	"IRL": {headOfState, headOfGovernment, foreignMinister},
}

// sharedHeadOfState: Canada's and Australia's head of state is the
// monarch of the United Kingdom, listed once, under GBR.
var sharedHeadOfState = map[string]string{"CAN": "GBR", "AUS": "GBR"}

// presidentGoverns are the states whose head of state heads the
// government too, for all or part of the period (Turkey from 2018, Saudi
// Arabia's king as prime minister until 2022). Iran's president heads its
// government, under the supreme leader.
var presidentGoverns = map[string]bool{
	"USA": true, "BRA": true, "ARG": true, "MEX": true, "IDN": true, "ZAF": true,
	"KOR": true, "TUR": true, "SAU": true,
	"AFG": true, // Karzai and Ghani (the Taliban have a prime minister again)
}

// coverageAllowed lists the gaps the base leaves open on purpose, as
// "COUNTRY office FROM TO" (the gap as the test prints it): periods
// whose holders could not be given with confidence. Each is explained in
// data/README.md ("Still missing").
var coverageAllowed = map[string]bool{
	// Vacant: the office had no holder, acting or not, as far as known.
	"CHN defence minister 2023-10-25 2023-12-29": true, // Li Shangfu removed, Dong Jun appointed
	"PRK foreign minister 2007-02-01 2007-05-01": true, // after Paek Nam Sun's death
	// Holders not known with confidence (see data/README.md).
	"BLR defence minister 2000-01-01 2001-09-01": true,
	"BLR foreign minister 2000-01-01 2000-11-01": true,
	"BRA defence minister 2000-01-01 2003-01-01": true,
	"EST foreign minister 2005-02-11 2005-04-13": true,
	"JPN defence minister 2000-01-01 2001-04-26": true,
	"KOR defence minister 2024-12-06 2025-07-25": true,
	"KOR foreign minister 2000-01-01 2000-08-01": true,
	"LTU foreign minister 2010-02-01 2010-06-01": true,
	"LVA defence minister 2006-11-08 2007-12-20": true,
	"LVA foreign minister 2004-03-10 2004-10-01": true,
	"LVA foreign minister 2023-07-09 2023-09-15": true,
	"MEX foreign minister 2025-07-01 2026-01-01": true,
	"PRK defence minister 2020-01-01 2022-06-01": true,
	"SVK defence minister 2011-12-01 2012-04-04": true,
}

// officeTitles classifies a tenure's title: the offices it is, with the
// dates an office named with "from DATE" begins.
var officeTitles = []struct {
	re     *regexp.Regexp
	office string
}{
	{regexp.MustCompile(`^(acting )?president( \(acting until [0-9-]+\))?$`), headOfState},
	{regexp.MustCompile(`^(king|queen|emperor|emir|supreme leader|leader|president of the presidium of the supreme people's assembly)$`), headOfState},
	{regexp.MustCompile(`, from ([0-9-]+), president$`), headOfState},
	{regexp.MustCompile(`^(acting )?(prime minister|premier|chancellor|president of the european commission)( \(.*\))?$`), headOfGovernment},
	{regexp.MustCompile(`, prime minister from ([0-9-]+)$`), headOfGovernment},
	{regexp.MustCompile(`^(acting )?(foreign minister|foreign secretary|secretary of state|external affairs minister|high representative for foreign affairs)$`), foreignMinister},
	{regexp.MustCompile(`^(acting )?(defence minister|defence secretary|secretary of defense|head of the defense agency)\b`), defenceMinister},
}

// actingPresident reads "prime minister (acting president FROM to TO)".
var actingPresident = regexp.MustCompile(`\(acting president ([0-9-]+) to ([0-9-]+)\)`)

type interval struct {
	from, to time.Time
	who      string
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// parseBound reads YYYY, YYYY-MM or YYYY-MM-DD as the first (end=false)
// or last (end=true) day it may mean.
func parseBound(s string, end bool) time.Time {
	if s == "" {
		if end {
			return coverageTo.AddDate(1, 0, 0)
		}
		return date(1900, 1, 1)
	}
	switch len(s) {
	case 4:
		t, _ := time.Parse("2006", s)
		if end {
			return t.AddDate(1, 0, -1)
		}
		return t
	case 7:
		t, _ := time.Parse("2006-01", s)
		if end {
			return t.AddDate(0, 1, -1)
		}
		return t
	}
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// officeHolders collects, by country and office, the tenures of kb's
// people.
func officeHolders(kb *KB) map[string]map[string][]interval {
	out := map[string]map[string][]interval{}
	add := func(country, office string, iv interval) {
		if out[country] == nil {
			out[country] = map[string][]interval{}
		}
		out[country][office] = append(out[country][office], iv)
	}
	for _, a := range kb.Actors {
		if a.Kind != Person {
			continue
		}
		for _, t := range a.Tenures {
			title := strings.ToLower(t.Title)
			from, to := parseBound(t.From, false), parseBound(t.To, true)
			if m := actingPresident.FindStringSubmatch(title); m != nil {
				add(t.Country, headOfState, interval{parseBound(m[1], false), parseBound(m[2], true), a.ID()})
			}
			for _, ot := range officeTitles {
				m := ot.re.FindStringSubmatch(title)
				if m == nil {
					continue
				}
				f := from
				if strings.Contains(ot.re.String(), "from ([0-9-]+)") {
					f = parseBound(m[1], false)
				}
				add(t.Country, ot.office, interval{f, to, a.ID()})
				if ot.office == headOfState && (presidentGoverns[t.Country] || t.Country == "IRN" && strings.HasSuffix(title, "president")) {
					add(t.Country, headOfGovernment, interval{f, to, a.ID()})
				}
			}
		}
	}
	return out
}

// gaps returns the stretches of [coverageFrom, coverageTo) longer than
// coverageGap that no interval covers.
func gaps(ivs []interval) [][2]time.Time {
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].from.Before(ivs[j].from) })
	var out [][2]time.Time
	covered := coverageFrom // everything before is covered
	for _, iv := range ivs {
		if iv.to.Before(covered) {
			continue
		}
		if iv.from.Sub(covered) > coverageGap {
			out = append(out, [2]time.Time{covered, iv.from})
		}
		if iv.to.After(covered) {
			covered = iv.to.AddDate(0, 0, 1)
		}
	}
	if coverageTo.Sub(covered) > coverageGap {
		out = append(out, [2]time.Time{covered, coverageTo})
	}
	return out
}

// TestOfficeCoverage checks that the heads of state and government and
// the foreign and defence ministers of the states the base promises are
// there from 2000 to 2026 without gaps of more than 60 days, but those
// coverageAllowed lists, and prints the gaps.
func TestOfficeCoverage(t *testing.T) {
	holders := officeHolders(Default())
	seen := map[string]bool{}
	n := 0
	for _, c := range coverageCountries {
		offices := coverageOffices[c]
		if offices == nil {
			offices = allOffices
		}
		for _, o := range offices {
			ivs := holders[c][o]
			if o == headOfState && sharedHeadOfState[c] != "" {
				ivs = holders[sharedHeadOfState[c]][o]
			}
			for _, g := range gaps(ivs) {
				key := fmt.Sprintf("%s %s %s %s", c, o, g[0].Format("2006-01-02"), g[1].Format("2006-01-02"))
				seen[key] = true
				if !coverageAllowed[key] {
					n++
					t.Errorf("gap: %s (%d days)", key, int(g[1].Sub(g[0]).Hours()/24))
				}
			}
		}
	}
	for key := range coverageAllowed {
		if !seen[key] {
			t.Errorf("allowed gap %q is no longer a gap: drop it from coverageAllowed", key)
		}
	}
	if n > 0 {
		t.Logf("%d gaps", n)
	}
}

// TestCoverageGaps checks the test's own reading of tenures.
func TestCoverageGaps(t *testing.T) {
	ivs := []interval{
		{date(1999, 5, 1), date(2003, 3, 1), "a"},
		{date(2003, 4, 1), date(2010, 12, 31), "b"}, // 31 days vacant: no gap
		{date(2011, 6, 1), date(2030, 1, 1), "c"},   // 5 months: a gap
	}
	g := gaps(ivs)
	if len(g) != 1 || !g[0][0].Equal(date(2011, 1, 1)) || !g[0][1].Equal(date(2011, 6, 1)) {
		t.Errorf("gaps = %v", g)
	}
	if g := gaps(ivs[:1]); len(g) != 1 || !g[0][1].Equal(coverageTo) {
		t.Errorf("gaps to the end = %v", g)
	}
	for title, want := range map[string]string{
		"president":                                  headOfState,
		"acting secretary of defense":                defenceMinister,
		"secretary of defense (of war from 2025-09)": defenceMinister,
		"chancellor":                                 headOfGovernment,
		"chancellor of the exchequer":                "",
		"deputy prime minister":                      "",
		"vice foreign minister":                      "",
		"prime minister (acting president 2016-12-09 to 2017-05-10)": headOfGovernment,
	} {
		got := ""
		for _, ot := range officeTitles {
			if ot.re.MatchString(title) {
				got = ot.office
			}
		}
		if got != want {
			t.Errorf("%q: %q, want %q", title, got, want)
		}
	}
}

// TestCommissionColleges: the members of the European Commission the base
// promises (data/README.md, "Coverage"): on a date of each college's term
// (Juncker, von der Leyen I and II), as many people hold an EU office of
// the Commission (president, vice-president, commissioner, High
// Representative) as the college has members, one per member state.
func TestCommissionColleges(t *testing.T) {
	member := regexp.MustCompile(`(?i)european commission|european commissioner|^high representative`)
	for _, tc := range []struct {
		date string
		want int
	}{
		{"2012-06-01", 27}, // Barroso II
		{"2014-01-01", 28}, // Barroso II, with Croatia's member
		{"2015-06-01", 28}, // Juncker
		{"2018-06-01", 28}, // Juncker, after Hill and Georgieva left
		{"2022-06-01", 27}, // von der Leyen I, after Hogan left
		{"2023-12-01", 27}, // after Timmermans and Gabriel left
		{"2025-06-01", 27}, // von der Leyen II
	} {
		var names []string
		for _, a := range Default().Actors {
			if a.Kind != Person {
				continue
			}
			for _, tn := range a.Tenures {
				if tn.Country == "EUR" && member.MatchString(tn.Title) && tn.From <= tc.date && (tn.To == "" || tc.date <= tn.To) {
					names = append(names, a.Canonical)
					break
				}
			}
		}
		if len(names) != tc.want {
			sort.Strings(names)
			t.Errorf("%s: %d members of the Commission, want %d: %s", tc.date, len(names), tc.want, strings.Join(names, ", "))
		}
	}
}

// TestPolishMinistries: the heads of Poland's ministries the base promises
// (data/README.md, "Coverage") hold each ministry from 2015-11-16 (the
// Szydło government) to 2026-01-01 without a gap longer than coverageGap;
// the two weeks of the Morawiecki III cabinet, left out, are such a gap.
func TestPolishMinistries(t *testing.T) {
	checkMinistries(t, "POL", date(2015, 11, 16), []string{
		`justice minister`,
		`health minister`,
		`education( and science)? minister`,
		`agriculture minister`,
		`(environment|climate|climate and environment) minister`,
		`infrastructure minister`,
		`culture minister`,
		`family minister`,
		`(foreign|defence|finance|interior) minister`,
	})
}

// TestRussianMinistries: the same for Russia's federal ministries from
// 2012-05-21 (the Medvedev I government).
func TestRussianMinistries(t *testing.T) {
	checkMinistries(t, "RUS", date(2012, 5, 21), []string{
		`justice minister`,
		`health minister`,
		`education( and science)? minister`,
		`agriculture minister`,
		`economic development minister`,
		`industry and trade minister`,
		`energy minister`,
		`transport minister`,
		`emergencies minister`,
		`culture minister`,
		`natural resources minister`,
		`labour minister`,
		`(communications|digital development) minister`,
		`sport minister`,
		`(foreign|defence|finance|interior) minister`,
	})
}

// checkMinistries reports each office (a regular expression matching the
// whole title) of country whose holders leave a gap longer than
// coverageGap between from and coverageTo.
func checkMinistries(t *testing.T, country string, from time.Time, offices []string) {
	t.Helper()
	for _, o := range offices {
		office := regexp.MustCompile(`^` + o + `$`)
		var ivs []interval
		for _, a := range Default().Actors {
			for _, tn := range a.Tenures {
				if a.Kind == Person && tn.Country == country && office.MatchString(tn.Title) {
					ivs = append(ivs, interval{parseBound(tn.From, false), parseBound(tn.To, true), a.Canonical})
				}
			}
		}
		sort.Slice(ivs, func(i, j int) bool { return ivs[i].from.Before(ivs[j].from) })
		covered := from
		for _, iv := range ivs {
			if iv.to.Before(covered) {
				continue
			}
			if iv.from.Sub(covered) > coverageGap {
				t.Errorf("%s %s: no holder from %s to %s (then %s)", country, office, covered.Format("2006-01-02"), iv.from.Format("2006-01-02"), iv.who)
			}
			if iv.to.After(covered) {
				covered = iv.to
			}
		}
		if covered.Before(coverageTo) {
			t.Errorf("%s %s: no holder after %s", country, office, covered.Format("2006-01-02"))
		}
	}
}

// TestGermanMinistries: the same for Germany's federal ministries from
// 2013-12-17 (Merkel III); acting ministers are listed where an office had
// no other holder for months (Christian Schmidt at transport, Katarina
// Barley at labour, 2017–2018).
func TestGermanMinistries(t *testing.T) {
	checkMinistries(t, "DEU", date(2013, 12, 17), []string{
		`justice minister`,
		`health minister`,
		`economy and (energy|climate) minister`,
		`labour minister`,
		`education and (research|family) minister`,
		`agriculture minister`,
		`environment minister`,
		`transport minister`,
		`(education and )?family minister`,
		`development minister`,
		`head of the Chancellery`,
		`(foreign|defence|finance|interior) minister`,
	})
}

// TestBritishDepartments: the same for the United Kingdom's departments
// from 2016-07-14 (May I); the Department for Exiting the EU to its end
// (2020-01-31), international trade until its merger with business
// (2023-02-07).
func TestBritishDepartments(t *testing.T) {
	checkMinistries(t, "GBR", date(2016, 7, 14), []string{
		`(business|business and trade) secretary`,
		`health secretary`,
		`justice secretary`,
		`Northern Ireland secretary`,
		`Scotland secretary`,
		`Wales secretary`,
		`environment secretary`,
		`education secretary`,
		`transport secretary`,
		`work and pensions secretary`,
		`(foreign|defence|home) secretary|chancellor of the exchequer`,
	})
}

// TestAmericanOffices: the same for the United States' offices from
// 2017-01-20 (Trump I) listed in data/README.md.
func TestAmericanOffices(t *testing.T) {
	checkMinistries(t, "USA", date(2017, 1, 20), []string{
		`attorney general`,
		`commerce secretary`,
		`energy secretary`,
		`health secretary`,
		`director of the CIA`,
		`director of the FBI`,
		`national security adviser`,
		`ambassador to the UN`,
		`White House chief of staff`,
		`White House press secretary`,
		`secretary of state|treasury secretary`,
	})
}

// TestPresidingOfficers: the presiding officers of the chambers listed in
// data/README.md hold office from 2016-01-01 to 2026-01-01 without a gap
// longer than coverageGap.
func TestPresidingOfficers(t *testing.T) {
	from := date(2016, 1, 1)
	checkMinistries(t, "POL", from, []string{`marshal of the Sejm`, `marshal of the Senate`})
	checkMinistries(t, "DEU", from, []string{`president of the Bundestag`})
	checkMinistries(t, "GBR", from, []string{`speaker of the House of Commons`})
	checkMinistries(t, "USA", from, []string{`speaker of the House`})
	checkMinistries(t, "UKR", from, []string{`chairman of the Verkhovna Rada`})
}

// TestBritishDevolvedAndParties: the United Kingdom's offices beyond the
// government at Westminster (the twelfth pass of people.tsv): the first
// ministers of Scotland and Wales and the leaders of the opposition from
// 2000 (Kemi Badenoch's title names her party), the leaders of the
// Liberal Democrats from 2015-05-08 (Nick Clegg's party tenure while
// deputy prime minister is left out, as an overlapping office) and of the
// Green Party (co-leaders) from 2008, of Plaid Cymru from 2001 and of the SNP's
// Westminster group from 2007-06.
func TestBritishDevolvedAndParties(t *testing.T) {
	checkMinistries(t, "GBR", date(2000, 1, 1), []string{
		`first minister of Scotland`,
		`first minister of Wales`,
		`leader of the (opposition|Conservative Party)`,
	})
	checkMinistries(t, "GBR", date(2015, 5, 8), []string{`leader of the Liberal Democrats`})
	checkMinistries(t, "GBR", date(2008, 9, 5), []string{`leader of the Green Party`})
	checkMinistries(t, "GBR", date(2001, 1, 1), []string{`leader of Plaid Cymru`})
	checkMinistries(t, "GBR", date(2007, 6, 1), []string{`leader of the SNP at Westminster`})
}

// TestAviationAuthorities: every country the base covers in depth but
// the Koreas (whose transport ministries oversee aviation), and the EU,
// has its civil aviation authority, and the international bodies are
// there (orgs-institutions.tsv, "Aviation").
func TestAviationAuthorities(t *testing.T) {
	authority := regexp.MustCompile(`^(civil aviation (authority|agency)|EU aviation agency)$`)
	has := map[string]bool{}
	for _, a := range Default().Actors {
		if a.Kind == Org && authority.MatchString(a.Tenures[0].Title) {
			has[a.Tenures[0].Country] = true
		}
	}
	for _, c := range strings.Fields("POL USA GBR DEU FRA RUS UKR CHN EUR") {
		if !has[c] {
			t.Errorf("%s: no civil aviation authority", c)
		}
	}
	checkLookupCodes(t, map[string]string{
		"ICAO": "UNOIGO", "IATA": "NGOBUS", "EASA": "EURGOV", "FAA": "USAGOV",
		"Federalna Administracja Lotnictwa": "USAGOV", "Росавиация": "RUSGOV",
	})
}

// checkLookupCodes reports every name whose first actor in the base has
// not, in January 2024, the code given.
func checkLookupCodes(t *testing.T, codes map[string]string) {
	t.Helper()
	kb := Default()
	for name, want := range codes {
		ms := kb.Lookup(name)
		if len(ms) == 0 || ms[0].Actor.At("2024-01").Code() != want {
			t.Errorf("Lookup(%q): want %s", name, want)
		}
	}
}

// TestLowCostAirlines: the ten largest low-cost airlines of Europe
// (orgs-companies.tsv) are companies of the base with their countries.
func TestLowCostAirlines(t *testing.T) {
	checkLookupCodes(t, map[string]string{
		"Ryanair": "IRLBUS", "easyJet": "GBRBUS", "Wizz Air": "HUNBUS", "Vueling": "ESPBUS",
		"Pegasus Airlines": "TURBUS", "Norwegian Air Shuttle": "NORBUS", "Eurowings": "DEUBUS",
		"Jet2": "GBRBUS", "Transavia": "NLDBUS", "Volotea": "ESPBUS",
	})
}

// TestPolishChambersOfficialNames: the chambers are found by their
// official names in English and Polish ("Sejm of the Republic of Poland").
func TestPolishChambersOfficialNames(t *testing.T) {
	kb := Default()
	for name, want := range map[string]string{
		"Sejm of the Republic of Poland": "Sejm", "Sejm Rzeczypospolitej Polskiej": "Sejm",
		"Senate of the Republic of Poland": "Senate of Poland", "Senat Rzeczypospolitej Polskiej": "Senate of Poland",
	} {
		ms := kb.Lookup(name)
		if len(ms) == 0 || ms[0].Actor.Canonical != want {
			t.Errorf("Lookup(%q): want %s", name, want)
		}
	}
}
