package events_test

import "testing"

// TestPolishEmployer: workers strike against the company they work for
// when the text names it (in the genitive on the workers or on the
// strike, after "w", or as the one company of the sentence), and
// against their government when it names none.
func TestPolishEmployer(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Piloci Lufthansy rozpoczęli w poniedziałek strajk w Niemczech.", "PROTEST DEULAB>DEUBUS"},
		{"Strajk pilotów Lufthansy sparaliżował lotniska w Niemczech.", "PROTEST DEULAB>DEUBUS"},
		{"Niemieccy piloci Ryanaira zastrajkowali w piątek.", "PROTEST DEULAB>IRLBUS"},
		{"Ryanair odwołał w piątek setki lotów z powodu strajku pilotów.", "PROTEST IRLLAB>IRLBUS"},
		// no company named: the government of the strikers' country
		{"Francuscy kontrolerzy lotów strajkowali we wtorek przeciwko reformie emerytalnej.", "PROTEST FRALAB>FRAGOV"},
		{"Brytyjscy lekarze rozpoczęli strajk.", "PROTEST GBRHLH>GBRGOV"},
	})
}

// TestPolishDroppedPassiveSubject: a passive verb whose subject the
// clause leaves out acts on the subject of the sentence before, when it
// agrees with the verb; a subject that does not agree is no target.
func TestPolishDroppedPassiveSubject(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosyjski dziennikarz przyjechał do Mińska. Został zatrzymany przez białoruskie służby.", "COERCE BLR>RUS asserted 173"},
		{"Rosyjska dziennikarka przyjechała do Mińska. Została zatrzymana przez białoruskie służby.", "COERCE BLR>RUS asserted 173"},
		// a woman is not "zatrzymany"
		{"Rosyjska dziennikarka przyjechała do Mińska. Został zatrzymany przez białoruskie służby.", ""},
		// the clause has its subject, though it names no actor
		{"Białoruska delegacja przyjechała do Wilna. Propozycja została poparta przez Łotwę.", "CONSULT BLR>LTU asserted 042"},
	})
}

// TestPolishSetting: police, workers and crowds are of the country of
// the place their sentence is set in, rather than the article's main
// country; officials are not ("Premier spotkał się w Brukseli" is no
// Belgian's act), and neither is anyone whose sentence names places of
// two countries.
func TestPolishSetting(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja oskarżyła Estonię o prowokację. W Tallinie policja zatrzymała dwóch Rosjan.", "ACCUSE RUS>EST asserted 112; COERCE EST>RUS asserted 173"},
		{"Tysiące ludzi protestowały w Londynie przeciwko wyjściu z Unii.", "PROTEST GBR>GBR asserted 141"},
		{"Premier Litwy Ingrida Szimonyte skrytykowała Rosję. Premier spotkał się w Brukseli z Łotwą.", "ACCUSE LTU>RUS asserted 111; CONSULT LTU>LVA asserted 040"},
	})
}

// TestPolishTownCountry: a local story that names no state, person or
// body of a known country, only its towns, is about the towns' country.
func TestPolishTownCountry(t *testing.T) {
	checkPolish(t, []polishCase{
		{"W Radomiu policja zatrzymała dwóch mężczyzn. Prokuratura postawiła im zarzuty kradzieży.", "COERCE POL>POL asserted 173; ACCUSE POL>POL asserted 1121"},
		// no place at all: no country to guess
		{"Policja zatrzymała dwóch mężczyzn. Prokuratura postawiła im zarzuty kradzieży.", ""},
	})
}

// TestPolishPeopleOfBody: people named by a word of no sector and a body
// in the genitive ("członków partii") are that body's; without the
// genitive they are people of the country.
func TestPolishPeopleOfBody(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"W Mińsku milicja zatrzymała członków opozycji.", "COERCE BLRCOP>BLROPP"},
		{"Białoruska milicja zatrzymała w Mińsku wielu członków jego partii.", "COERCE BLRCOP>BLRPTY"},
		{"Zwolennicy opozycji protestowali w Kijowie przeciwko decyzji sądu.", "PROTEST UKROPP>UKRJUD"},
	})
}

// TestPolishActOnNoun: the subject of a verb that acts on an act its
// object names (disperses, bans, condemns, supports it) does not do that
// act; the subject of a verb that does not act on it does.
func TestPolishActOnNoun(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Serbska policja rozpędziła demonstrację w Belgradzie.", "ASSAULT SRBCOP>SRBCVL"},
		{"Litewscy rolnicy rozpoczęli protest przeciwko rządowi.", "PROTEST LTUAGR>LTUGOV"},
		{"Związkowcy z Czech poparli strajk niemieckich kolejarzy.", "SUPPORT CZELAB>DEULAB; PROTEST DEULAB>DEUGOV"},
	})
}

// TestPolishOfficialProtest: a state that protests without naming
// against whom protests against the one that has just acted on it; not
// when its sentence names what it protests against.
func TestPolishOfficialProtest(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Władze Rosji nałożyły sankcje na Estonię. Tallin zaprotestował.", "SANCTION RUS>EST asserted 163; ACCUSE EST>RUS asserted 114"},
		{"Władze Rosji nałożyły sankcje na Estonię. Tallin zaprotestował przeciwko budowie gazociągu.", "SANCTION RUS>EST asserted 163"},
	})
}

// TestPolishStateBodyStrike: a state body in a strike or a protest action
// is its employees, who protest to their government; a state body that
// protests in words still makes an official complaint.
func TestPolishStateBodyStrike(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Rozpoczęła się ogólnopolska akcja protestacyjna Państwowej Straży Pożarnej.", "PROTEST POLLAB>POLGOV"},
		{"Władze Rosji nałożyły sankcje na Estonię. Rząd Estonii zaprotestował.", "SANCTION RUSGOV>EST; ACCUSE ESTGOV>RUSGOV"},
	})
}

// TestPolishCompanyDescription: a description of a company that names
// none ("przewoźnik", "spółka") is the one company the text named just
// before; none when two were named.
func TestPolishCompanyDescription(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Ryanair odwołał w piątek setki lotów. Związkowcy oskarżyli przewoźnika o łamanie prawa.", "ACCUSE IRLLAB>IRLBUS"},
		{"Ryanair odwołał w piątek setki lotów. Włoski urząd nałożył na przewoźnika karę.", "SANCTION ITA>IRLBUS"},
		{"Lufthansa i Ryanair odwołały loty. Związkowcy oskarżyli przewoźnika o łamanie prawa.", ""},
	})
}

// TestPolishGroupAdjective: a nationality word that is no state's but a
// group's ("unijny") names the group, and with a sector noun its body;
// a state's still names the state.
func TestPolishGroupAdjective(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Szef unijnej dyplomacji skrytykował brytyjski rząd za brak propozycji.", "ACCUSE EURGOV>GBRGOV"},
		{"Unijne władze nałożyły sankcje na Białoruś.", "SANCTION EURGOV>BLR"},
		{"Unijni negocjatorzy odrzucili propozycję Londynu.", "REJECT EUR>GBR"},
		{"Natowskie samoloty patrolowały niebo nad Estonią.", "MOBILIZE NATO>-"},
		{"Rosyjska delegacja odwiedziła Koreę Północną.", "CONSULT RUSGOV>PRK"},
	})
}

// TestPolishPassageNotAgency: a news agency that reports a passage does
// not make it a passage about the agency's country: the people it
// describes stay of the article's country.
func TestPolishPassageNotAgency(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Premier Pakistanu skrytykował islamistów. Pakistan zamknął szkoły.\n\nAgencja Reuters podała, że doszło do starć. Protestujący obrzucali policjantów kamieniami.",
			"ACCUSE PAK>PAK asserted 111; PROTEST PAK>PAK asserted 145"},
	})
}
