package store

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

const (
	wire = "Prezydent Rosji Władimir Putin przyleciał we wtorek w nocy do Pjongjangu, gdzie na lotnisku powitał go Kim Dzong Un. " +
		"To pierwsza wizyta rosyjskiego przywódcy w Korei Północnej od 24 lat. Według agencji KCNA obaj politycy mają podpisać " +
		"umowę o strategicznym partnerstwie, obejmującą również współpracę wojskową. Zachodni dyplomaci obawiają się, że Moskwa " +
		"w zamian za amunicję przekaże Pjongjangowi technologie rakietowe. Kreml zapowiedział, że rozmowy potrwają dwa dni, " +
		"a w środę odbędzie się uroczysta parada na placu Kim Ir Sena."
	// The same wire story on another site: its own headline, one sentence
	// dropped, one added, a word changed.
	wireCopy = "Putin w Korei Północnej\n\nPrezydent Rosji Władimir Putin przyleciał we wtorek w nocy do Pjongjangu, gdzie na lotnisku powitał go Kim Dzong Un. " +
		"To pierwsza wizyta rosyjskiego przywódcy w Korei Północnej od 24 lat. Według agencji KCNA obaj politycy mają podpisać " +
		"umowę o strategicznym partnerstwie, obejmującą także współpracę wojskową. Kreml zapowiedział, że rozmowy potrwają dwa dni, " +
		"a w środę odbędzie się uroczysta parada na placu Kim Ir Sena. Korespondenci zagranicznych mediów nie zostali wpuszczeni do miasta."
	// The same news written independently.
	sameNews = "Władimir Putin rozpoczął dwudniową wizytę w Korei Północnej. Na lotnisku w Pjongjangu czekał na niego Kim Dzong Un, " +
		"a ulice miasta udekorowano rosyjskimi flagami. Rosyjski przywódca nie był w tym kraju od 2000 roku. Analitycy spodziewają się " +
		"porozumienia o współpracy wojskowej, które może naruszać sankcje ONZ. Waszyngton i Seul zapowiedziały, że uważnie śledzą rozmowy."
)

func TestMinHashResemblance(t *testing.T) {
	a, b, c := minhash(wire), minhash(wireCopy), minhash(sameNews)
	if a == nil || b == nil || c == nil {
		t.Fatal("no signature for an article")
	}
	if r := resemblance(a, b); r < NearDuplicate {
		t.Errorf("wire copy: resemblance %.2f, want >= %.2f", r, NearDuplicate)
	}
	if r := resemblance(a, c); r >= 0.2 {
		t.Errorf("independent report: resemblance %.2f, want < 0.2", r)
	}
	// Case and Polish letters do not count.
	if r := resemblance(a, minhash(strings.ToUpper(Fold(wire)))); r != 1 {
		t.Errorf("folded text: resemblance %.2f, want 1", r)
	}
	if minhash("Krótka wiadomość bez treści.") != nil {
		t.Error("a stub has a signature")
	}
	// The signature is stable: stored signatures stay comparable.
	if got := signatureOf(a.bytes()); resemblance(a, got) != 1 {
		t.Error("signature does not survive its encoding")
	}
}

func TestNearDuplicatesLinked(t *testing.T) {
	s := openTemp(t)
	add := func(source, text string) Added {
		t.Helper()
		d := mkDoc(t, source, "2024-06-19", text)
		r, err := s.Add(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	orig := add("https://pap.pl/a", wire)
	if orig.DuplicateOf != "" {
		t.Errorf("first report marked a duplicate of %s", orig.DuplicateOf)
	}
	cp := add("https://onet.pl/b", wireCopy)
	if cp.DuplicateOf != doc.Hash(wire) || cp.Similarity < NearDuplicate {
		t.Errorf("wire copy: %+v, want a duplicate of %s", cp, doc.Hash(wire))
	}
	// A copy of the copy is linked to the first.
	cc := add("https://wp.pl/c", wireCopy+" Wizytę relacjonuje rosyjska telewizja.")
	if cc.DuplicateOf != doc.Hash(wire) {
		t.Errorf("copy of a copy linked to %q, want the original", cc.DuplicateOf)
	}
	if other := add("https://tvn24.pl/d", sameNews); other.DuplicateOf != "" {
		t.Errorf("independent report linked to %s (%.2f)", other.DuplicateOf, other.Similarity)
	}
	var n int
	s.r.QueryRow("SELECT count(*) FROM documents WHERE duplicate_of = (SELECT rowid FROM documents WHERE id = ?)", doc.Hash(wire)).Scan(&n)
	if n != 2 {
		t.Errorf("%d documents linked to the original, want 2", n)
	}
}

// TestMergeWindow: a report dated only by its publication, a day after
// the act, joins the act; two dates the reports give themselves must
// agree; two different cities keep two events.
func TestMergeWindow(t *testing.T) {
	s := openTemp(t)
	a := mkDoc(t, "https://rp.pl/a", "2024-06-19", "Putin odwiedził Kima w Pjongjangu.", visit)
	undated := visit
	undated.date = ""
	b := mkDoc(t, "https://tvn24.pl/b", "2024-06-20", "Kima odwiedził Putin.", undated)
	for _, d := range []*doc.Document{a, b} {
		if _, err := s.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	evs, _ := s.Events(ctx, Filter{})
	if len(evs) != 1 || evs[0].NumArticles != 2 || evs[0].Date != "2024-06-19" {
		t.Fatalf("publication date a day later: %+v", evs)
	}
	// The other way round: the stored event's date was borrowed.
	s2 := openTemp(t)
	c := mkDoc(t, "https://tvn24.pl/c", "2024-06-20", "Kima odwiedził Putin.", undated)
	own := visit
	own.date = "2024-06-21"
	d := mkDoc(t, "https://rp.pl/d", "2024-06-22", "Putin odwiedził Kima 21 czerwca.", own)
	for _, x := range []*doc.Document{c, d} {
		if _, err := s2.Add(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if evs, _ := s2.Events(ctx, Filter{}); len(evs) != 1 {
		t.Errorf("stored date borrowed, new one a day later: %d events, want 1", len(evs))
	}
	// Places that contradict.
	s3 := openTemp(t)
	e := mkDoc(t, "https://rp.pl/e", "2024-06-19", "Putin odwiedził Kima w Pjongjangu.", visit)
	e.Events[0].Location = &doc.Location{Name: "Pyongyang", Country: "PRK", GeonameID: 1871859, Precision: "city"}
	f := mkDoc(t, "https://rp.pl/f", "2024-06-19", "Putin odwiedził Kima we Władywostoku.", visit)
	f.Events[0].Location = &doc.Location{Name: "Vladivostok", Country: "RUS", GeonameID: 2013348, Precision: "city"}
	g := mkDoc(t, "https://rp.pl/g", "2024-06-19", "Putin odwiedził Kima w Korei.", visit)
	g.Events[0].Location = &doc.Location{Name: "North Korea", Country: "PRK", Precision: "country"}
	for _, x := range []*doc.Document{e, f, g} {
		if _, err := s3.Add(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	evs, _ = s3.Events(ctx, Filter{})
	if len(evs) != 2 {
		t.Fatalf("two cities: %d events, want 2", len(evs))
	}
	for _, ev := range evs {
		if ev.Location.Name == "Pyongyang" && ev.NumArticles != 2 {
			t.Errorf("a country-level place should not contradict the city: %+v", ev)
		}
	}
}

// TestMigrationFromVersion3: a database of the previous version keeps its
// events, which new reports join within the date window.
func TestMigrationFromVersion3(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v3.db")
	old, err := open(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO documents(id, source, site, lang, date, title, text, ingested_at, format) VALUES ('abc', 'https://rp.pl/a', 'rp.pl', 'pl', '2024-06-19', '', 'Putin odwiedził Kima w Pjongjangu w środę rano.', '2024-07-01T00:00:00Z', 'html')`,
		`INSERT INTO events(merge_key, type, mode, cameo, quad, goldstein, src_actor, src_country, src_text, tgt_actor, tgt_country, tgt_text, date, modality, confidence, first_seen, last_seen, num_mentions, num_sources, num_articles)
			VALUES ('CONSULT|RUSGOV|PRKGOV|2024-06-19', 'CONSULT', 'visit', '042', 1, 1.9, 'RUSGOV', 'RUS', 'Putin', 'PRKGOV', 'PRK', 'Kima', '2024-06-19', 'asserted', 0.9, '2024-07-01T00:00:00Z', '2024-07-01T00:00:00Z', 1, 1, 1)`,
		`INSERT INTO mentions(event, doc, sentence, sent_start, sent_stop, trig_start, trig_stop, trigger, confidence, modality, date, src_text, tgt_text)
			VALUES (1, 1, NULL, 0, 47, 6, 15, 'odwiedził', 0.9, 'asserted', '2024-06-19', 'Putin', 'Kima')`,
	} {
		if _, err := old.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var dyad string
	s.r.QueryRow("SELECT dyad_key FROM events WHERE id = 1").Scan(&dyad)
	if dyad != "CONSULT|RUSGOV|PRKGOV" {
		t.Errorf("dyad_key after migration %q", dyad)
	}
	undated := visit
	undated.date = ""
	// The old event keeps no evidence of its occasion: another report
	// stays apart, a copy of its sentence joins.
	if r, err := s.Add(ctx, mkDoc(t, "https://tvn24.pl/a", "2024-06-20", "Kima odwiedził Putin.", undated)); err != nil || r.Merged != 0 {
		t.Errorf("a report a day later after migration: %+v %v", r, err)
	}
	if r, err := s.Add(ctx, mkDoc(t, "https://tvn24.pl/b", "2024-06-20", "W środę rano Putin odwiedził Kima w Pjongjangu.", undated)); err != nil || r.Merged != 1 {
		t.Errorf("a report a day later after migration: %+v %v", r, err)
	}
	if r, err := s.Add(ctx, mkDoc(t, "https://wp.pl/c", "2024-06-20", wire)); err != nil || r.DuplicateOf != "" {
		t.Errorf("new article after migration: %+v %v", r, err)
	}
}
