package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"
)

// GenOptions sets up Generate.
type GenOptions struct {
	Events int    // events to write
	Seed   uint64 // the same seed writes the same database
	Year   int    // the year the events fall in (default 2024)
	// Progress, when set, is called after every batch with the events
	// written so far.
	Progress func(done int)
}

type genCountry struct{ code, name string }

// genCountries are the countries of synthetic events, most frequent
// first (drawn with Zipf weights).
var genCountries = []genCountry{
	{"USA", "Stany Zjednoczone"}, {"RUS", "Rosja"}, {"UKR", "Ukraina"}, {"CHN", "Chiny"}, {"POL", "Polska"},
	{"DEU", "Niemcy"}, {"FRA", "Francja"}, {"GBR", "Wielka Brytania"}, {"ISR", "Izrael"}, {"IRN", "Iran"},
	{"TUR", "Turcja"}, {"PRK", "Korea Północna"}, {"KOR", "Korea Południowa"}, {"JPN", "Japonia"}, {"IND", "Indie"},
	{"BLR", "Białoruś"}, {"LTU", "Litwa"}, {"LVA", "Łotwa"}, {"EST", "Estonia"}, {"HUN", "Węgry"},
	{"CZE", "Czechy"}, {"SVK", "Słowacja"}, {"ROU", "Rumunia"}, {"ITA", "Włochy"}, {"ESP", "Hiszpania"},
	{"SYR", "Syria"}, {"IRQ", "Irak"}, {"SAU", "Arabia Saudyjska"}, {"EGY", "Egipt"}, {"PAK", "Pakistan"},
	{"AFG", "Afganistan"}, {"GEO", "Gruzja"}, {"ARM", "Armenia"}, {"AZE", "Azerbejdżan"}, {"MDA", "Mołdawia"},
	{"SWE", "Szwecja"}, {"FIN", "Finlandia"}, {"NOR", "Norwegia"}, {"NLD", "Holandia"}, {"BEL", "Belgia"},
	{"AUT", "Austria"}, {"CHE", "Szwajcaria"}, {"GRC", "Grecja"}, {"SRB", "Serbia"}, {"CAN", "Kanada"},
	{"BRA", "Brazylia"}, {"MEX", "Meksyk"}, {"ZAF", "Republika Południowej Afryki"}, {"NGA", "Nigeria"}, {"VEN", "Wenezuela"},
}

var genRoles = []struct{ code, word string }{
	{"", ""}, {"GOV", "rząd"}, {"GOV", "premier"}, {"GOV", "prezydent"}, {"MIL", "armia"}, {"MIL", "żołnierze"},
	{"OPP", "opozycja"}, {"COP", "policja"}, {"BUS", "firmy"}, {"MED", "media"}, {"CVL", "mieszkańcy"},
}

var genTypes = []struct {
	typ, mode, cameo string
	quad             int
	goldstein        float64
	verb             string
	weight           int
}{
	{"CONSULT", "meet", "043", 1, 2.8, "spotkał się z", 20},
	{"CONSULT", "visit", "042", 1, 1.9, "odwiedził", 10},
	{"AGREE", "", "057", 1, 8, "podpisał porozumienie z", 6},
	{"SUPPORT", "", "051", 1, 3.4, "poparł", 8},
	{"COOPERATE", "", "062", 2, 7.4, "współpracuje z", 6},
	{"AID", "", "073", 2, 7.4, "przekazał pomoc", 5},
	{"CONCEDE", "", "081", 2, 5, "złagodził stanowisko wobec", 2},
	{"RETREAT", "", "087", 2, 9, "wycofał się z", 2},
	{"REQUEST", "", "010", 1, 0, "zaapelował do", 6},
	{"ACCUSE", "", "112", 3, -2, "oskarżył", 8},
	{"REJECT", "", "120", 3, -4, "odrzucił propozycję", 5},
	{"THREATEN", "", "138", 3, -7, "zagroził", 4},
	{"PROTEST", "", "141", 3, -6.5, "protestował przeciw", 4},
	{"SANCTION", "", "163", 4, -8, "nałożył sankcje na", 4},
	{"MOBILIZE", "", "150", 4, -7.2, "zmobilizował wojska przeciw", 2},
	{"ASSAULT", "", "190", 4, -10, "zaatakował", 8},
}

var genModalities = []string{"asserted", "asserted", "asserted", "asserted", "asserted", "asserted", "asserted", "negated", "future", "hypothetical", "historical"}

// genWords are the common words of synthetic sentences; rarer words are
// made up ("kx3f2") with Zipf frequencies, so that full-text queries
// meet both common and rare terms.
var genWords = strings.Fields(`w na z do po od przez według agencji źródeł rządowych informacji dziennika
wczoraj dziś rano wieczorem stolicy granicy kraju regionu sprawie rozmowach negocjacjach bezpieczeństwa
gospodarki energii gazu ropy zboża handlu sojuszu NATO Unii Europejskiej ONZ wojska rakiet dronów
ataku pokoju zawieszenia broni wyborów protestów demonstrantów ministra spraw zagranicznych obrony
rzecznika delegacji szczytu konferencji oświadczeniu komunikacie telewizji radia prasowej`)

// Generate writes synthetic events, documents, sentences and mentions for
// measuring: Events events over one year, each reported by 1 to 8
// mentions (most by one or two) in documents of up to five reports each,
// from 500 sites, in Polish sentences with the actors' names. Dates are
// days (85%) or months. Rows are written in large transactions, without
// the merge lookups of Add.
func (s *Store) Generate(ctx context.Context, opt GenOptions) error {
	if opt.Year == 0 {
		opt.Year = 2024
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	zc := newZipf(len(genCountries), 1.1)
	zw := newZipf(50000, 1.05)
	typeW := 0
	for _, t := range genTypes {
		typeW += t.weight
	}
	if s.wr != nil {
		return errors.New("generate: the store has written documents already; use a new one")
	}
	stamp := time.Date(opt.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if tx != nil {
			tx.Rollback()
		}
	}()
	var evStmt, docStmt, sentStmt, ftsStmt, menStmt func(args ...any) (int64, error)
	prep := func() error {
		mk := func(q string) (func(args ...any) (int64, error), error) {
			st, err := tx.PrepareContext(ctx, q)
			if err != nil {
				return nil, err
			}
			return func(args ...any) (int64, error) {
				r, err := st.ExecContext(ctx, args...)
				if err != nil {
					return 0, err
				}
				return r.LastInsertId()
			}, nil
		}
		var err error
		if evStmt, err = mk(`INSERT INTO events(merge_key, dyad_key, type, mode, cameo, context, quad, goldstein,
			src_actor, src_country, src_text, tgt_actor, tgt_country, tgt_text, date, modality, confidence,
			first_seen, last_seen, num_mentions, num_sources, num_articles)
			VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
			return err
		}
		if docStmt, err = mk(`INSERT INTO documents(id, source, site, lang, date, title, text, ingested_at, format)
			VALUES (?, ?, ?, 'pl', ?, '', ?, ?, 'jsonl')`); err != nil {
			return err
		}
		if sentStmt, err = mk(`INSERT INTO sentences(doc, idx, start, stop) VALUES (?, ?, ?, ?)`); err != nil {
			return err
		}
		if ftsStmt, err = mk(`INSERT INTO sentences_fts(rowid, folded) VALUES (?, ?)`); err != nil {
			return err
		}
		menStmt, err = mk(`INSERT INTO mentions(event, doc, sentence, sent_start, sent_stop, trig_start, trig_stop,
			trigger, confidence, modality, date, src_text, tgt_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		return err
	}
	if err := prep(); err != nil {
		return err
	}

	// Open documents, each filling up with reports of different events.
	type report struct {
		event                 int64
		sentence, verb        string
		src, tgt, date, modal string
		conf                  float64
	}
	type openDoc struct {
		site    int
		date    string
		reports []report
	}
	const pool, perDoc = 8, 5
	var docs [pool]*openDoc
	ndocs := 0
	newDoc := func(date string) *openDoc { return &openDoc{site: rng.IntN(500), date: date} }
	flushDoc := func(d *openDoc) error {
		ndocs++
		var b strings.Builder
		type span struct{ start, stop, trig int }
		var spans []span
		cp := 0
		for i, r := range d.reports {
			if i > 0 {
				b.WriteByte(' ')
				cp++
			}
			start := cp
			trig := start + utf8.RuneCountInString(r.sentence[:strings.Index(r.sentence, r.verb)])
			b.WriteString(r.sentence)
			cp += utf8.RuneCountInString(r.sentence)
			spans = append(spans, span{start, cp, trig})
		}
		text := b.String()
		docRow, err := docStmt(fmt.Sprintf("g%015x", ndocs), fmt.Sprintf("https://site%d.example/%d", d.site, ndocs),
			fmt.Sprintf("site%d.example", d.site), d.date, text, stamp.Format(time.RFC3339))
		if err != nil {
			return err
		}
		for i, r := range d.reports {
			sp := spans[i]
			sid, err := sentStmt(docRow, i+1, sp.start, sp.stop)
			if err != nil {
				return err
			}
			if _, err := ftsStmt(sid, Fold(r.sentence)); err != nil {
				return err
			}
			vlen := utf8.RuneCountInString(r.verb)
			if _, err := menStmt(r.event, docRow, sid, sp.start, sp.stop, sp.trig, sp.trig+vlen, r.verb, r.conf, r.modal, r.date, r.src, r.tgt); err != nil {
				return err
			}
		}
		return nil
	}

	side := func() (actor, country, text string) {
		c := genCountries[zc.draw(rng)]
		role := genRoles[rng.IntN(len(genRoles))]
		if role.code == "" {
			return c.code, c.code, c.name
		}
		return c.code + role.code, c.code, role.word + " " + c.name
	}
	const batch = 20000
	for i := 1; i <= opt.Events; i++ {
		w := rng.IntN(typeW)
		t := genTypes[0]
		for _, c := range genTypes {
			if w < c.weight {
				t = c
				break
			}
			w -= c.weight
		}
		sa, sc, st := side()
		ta, tc, tt := side()
		for tc == sc {
			ta, tc, tt = side()
		}
		day := time.Date(opt.Year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(365))
		date := day.Format("2006-01-02")
		if rng.IntN(100) < 15 {
			date = date[:7]
		}
		modal := genModalities[rng.IntN(len(genModalities))]
		// 1 to 8 reports: 60% one, then fewer and fewer.
		k := 1
		for k < pool && rng.Float64() < 0.4 {
			k++
		}
		// Which open documents report it, and from how many sites.
		first := rng.IntN(pool)
		sites := map[int]bool{}
		for j := 0; j < k; j++ {
			slot := (first + j) % pool
			if docs[slot] == nil {
				docs[slot] = newDoc(date)
			}
			sites[docs[slot].site] = true
		}
		conf := 0.5 + rng.Float64()*0.5
		evID, err := evStmt(fmt.Sprintf("%s|%s|%s|%s", t.typ, sa, ta, date), fmt.Sprintf("%s|%s|%s", t.typ, sa, ta), t.typ, t.mode, t.cameo, t.quad, t.goldstein,
			sa, sc, st, ta, tc, tt, date, modal, conf, stamp.Format(time.RFC3339), stamp.Format(time.RFC3339), k, len(sites), k)
		if err != nil {
			return err
		}
		for j := 0; j < k; j++ {
			slot := (first + j) % pool
			d := docs[slot]
			var sb strings.Builder
			sb.WriteString(capitalize(st) + " " + t.verb + " " + tt)
			for n := 3 + rng.IntN(8); n > 0; n-- {
				sb.WriteByte(' ')
				if rng.IntN(3) == 0 {
					fmt.Fprintf(&sb, "k%x", zw.draw(rng))
				} else {
					sb.WriteString(genWords[rng.IntN(len(genWords))])
				}
			}
			sb.WriteByte('.')
			d.reports = append(d.reports, report{event: evID, sentence: sb.String(), verb: t.verb, src: st, tgt: tt, date: date, modal: modal, conf: conf})
			if len(d.reports) == perDoc {
				if err := flushDoc(d); err != nil {
					return err
				}
				docs[slot] = nil
			}
		}
		if i%batch == 0 || i == opt.Events {
			if i == opt.Events {
				for slot, d := range docs {
					if d != nil && len(d.reports) > 0 {
						if err := flushDoc(d); err != nil {
							return err
						}
					}
					docs[slot] = nil
				}
			}
			if err := tx.Commit(); err != nil {
				return err
			}
			tx = nil
			if opt.Progress != nil {
				opt.Progress(i)
			}
			if i == opt.Events {
				break
			}
			if tx, err = s.w.BeginTx(ctx, nil); err != nil {
				return err
			}
			if err := prep(); err != nil {
				return err
			}
		}
	}
	if tx != nil {
		err := tx.Commit()
		tx = nil
		if err != nil {
			return err
		}
	}
	_, err = s.w.ExecContext(ctx, "ANALYZE")
	return err
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

// zipf draws 0..n-1 with probability proportional to 1/(i+1)^s.
type zipf struct{ cum []float64 }

func newZipf(n int, s float64) *zipf {
	z := &zipf{cum: make([]float64, n)}
	t := 0.0
	for i := range n {
		t += 1 / math.Pow(float64(i+1), s)
		z.cum[i] = t
	}
	for i := range z.cum {
		z.cum[i] /= t
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) int {
	x := r.Float64()
	lo, hi := 0, len(z.cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if z.cum[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
