package en_test

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestNoPersonGroups: a people in the plural after ordinary adjectives is
// that people, a name before "party" an organisation, and an ordinary word
// that opens a sentence before the noun it modifies, or before a
// nationality word, no name (ner_groups.go, ner_classify.go);
// names in the same places stay names.
func TestNoPersonGroups(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Young Algerians marched through the capital.", "NORP Algerians DZA"},
		{"Ethnic Albanians fled the town.", "NORP Albanians ALB"},
		{"Many young Kenyans joined the protest.", "NORP Kenyans KEN"},
		{"New Zealanders voted on Saturday.", "NORP New Zealanders NZL"},
		{"The Umma (Nation) party won the vote.", "ORG Nation  | ORG Umma "},
		{"The Sadrist party left the coalition.", "ORG Sadrist "},
		{"The Russian party refused to sign.", "NORP Russian RUS"},
		{"Total exports rose by five percent.", ""},
		{"Shell companies hid the money.", ""},
		{"Shell said it would leave the country.", "ORG Shell GBRBUS"},
		{"China trade rose in May.", "GPE China CHN"},
		{"Renault workers went on strike.", "ORG Renault FRABUS"},
		// an adjective that opens the sentence before a nationality word
		// is no part of a name; a people's word of two words stays whole
		{"Additional French troops arrived in Mali.", "GPE Mali MLI | NORP French FRA"},
		{"South Korean troops arrived in Iraq.", "GPE Iraq IRQ | NORP South Korean KOR"},
		{"Free Syrian Army fighters attacked Damascus.", "GPE Damascus SYR | ORG Free Syrian Army SYRREB"},
		// a state's name with its kind over "of" is one name (ner.go);
		// "Congo" alone is the Democratic Republic (actors/data)
		{"The Democratic Republic of the Congo accused Rwanda.", "GPE Democratic Republic of the Congo COD | GPE Rwanda RWA"},
		{"The Republic of Congo accused France.", "GPE France FRA | GPE Republic of Congo COG"},
		{"Congo accused Rwanda.", "GPE Congo COD | GPE Rwanda RWA"},
		{"The State of Palestine condemned Israel.", "GPE Israel ISR | GPE Palestine PSE"},
		{"The Kingdom of Saudi Arabia condemned Israel.", "GPE Israel ISR | GPE Saudi Arabia SAU"},
		// "X-led" names X's people; a nationality word that opens a name
		// the base knows whole is part of it
		{"Saudi-led forces bombed the port.", "NORP Saudi SAU"},
		{"The troops were Vietnamese-led.", "NORP Vietnamese VNM"},
		{"The Washington-led talks stalled.", ""},
		{"The European Community imposed sanctions.", "ORG European Community EUR"},
		{"The European Commission imposed sanctions.", "ORG European Commission EURGOV"},
		{"Turkish Foreign Minister Mevlut Cavusoglu spoke.", "NORP Turkish TUR | PERSON Mevlut Cavusoglu TURGOV"},
	} {
		if g := entityList(t, p, tc.text, func(e doc.Entity) string { return e.Type + " " + e.Name + " " + e.Actor }); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}

// TestGroupNamesOverFunctionWords: a name the actor base knows whole runs
// over "of", "for" and "the" ("Liberation Tigers of Tamil Eelam", not two
// people), and a particle name after a possessive opens a name of its own
// ("bin Laden's al-Qaeda") (ner.go); a person and an organisation after
// "of" stay apart.
// Sentences written for the test.
func TestGroupNamesOverFunctionWords(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Pakistan helped the Liberation Tigers of Tamil Eelam.", "GPE Pakistan PAK | ORG Liberation Tigers of Tamil Eelam LKASEP"},
		{"Osama bin Laden's al-Qaeda threatened Israel.", "GPE Israel ISR | ORG al-Qaeda IMGRAD | PERSON Osama bin Laden "},
		{"Jan Kowalski of Warsaw Radio spoke.", "ORG Warsaw Radio POL | PERSON Jan Kowalski "},
	} {
		if g := entityList(t, p, tc.text, func(e doc.Entity) string { return e.Type + " " + e.Name + " " + e.Actor }); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}
