package events_test

import "testing"

// TestEnglishParticipants: sentences written for the English role rules
// of events/en_*.go, descriptions.go and timelist.go.
func TestEnglishParticipants(t *testing.T) {
	cases := []textCase{
		// a time expression before the subject is no item of its list
		{"Talks in Kampala\n\nLast week, Kenya and Uganda met in Kampala.", "CONSULT KEN>UGA asserted"},
		{"Criticism\n\nThis week, Kenya, Uganda and Rwanda criticized Sudan.", "ACCUSE KEN>SDN asserted; ACCUSE UGA>SDN asserted; ACCUSE RWA>SDN asserted"},
		// the second of two predicates shares the first one's subject,
		// not a phrase inside the first predicate
		{"Pact\n\nKenya and Uganda met in the capital, Kampala, and signed a security pact.", "CONSULT KEN>UGA asserted; SUPPORT KEN>UGA asserted"},
		{"Talks\n\nGhana hosted Togo on Monday and then criticized Benin.", "CONSULT GHA>TGO asserted; ACCUSE GHA>BEN asserted"},
		// a clause with a subject of its own after "and" keeps it
		{"Pact\n\nChad signed the pact with Niger, and Mali criticized Chad.", "SUPPORT TCD>NER asserted; ACCUSE MLI>TCD asserted"},
		{"Clash\n\nSudan attacked Chad and Egypt criticized Sudan.", "ASSAULT SDN>TCD asserted; ACCUSE EGY>SDN asserted"},
		// but a list right after a reporting verb is the clause's subject
		{"Forces\n\nChad said Sudanese and Egyptian troops attacked Libya.", "ASSAULT SDN>LBY asserted; ASSAULT EGY>LBY asserted"},
		// every conjunct joined by "as well as", or by "along with" to a
		// passive agent, is a party of its own
		{"Criticism\n\nKenya as well as Uganda criticized Sudan.", "ACCUSE KEN>SDN asserted; ACCUSE UGA>SDN asserted"},
		{"Criticism\n\nKenya criticized Sudan, as well as Chad.", "ACCUSE KEN>SDN asserted; ACCUSE KEN>TCD asserted"},
		{"Criticism\n\nSudan was criticized by Kenya, as well as by Uganda.", "ACCUSE KEN>SDN asserted; ACCUSE UGA>SDN asserted"},
		{"Criticism\n\nSudan was condemned by Kenya along with Uganda.", "ACCUSE KEN>SDN asserted; ACCUSE UGA>SDN asserted"},
		{"Criticism\n\nSudan was condemned by Kenya, Uganda, Rwanda as well as Egypt.",
			"ACCUSE KEN>SDN asserted; ACCUSE UGA>SDN asserted; ACCUSE RWA>SDN asserted; ACCUSE EGY>SDN asserted"},
		// a joint act of a coordinated subject with a party named apart:
		// each conjunct meets the party; without one, the conjuncts are
		// the act's parties
		{"Talks\n\nKenya, Uganda and Rwanda met Sudan.", "CONSULT KEN>SDN asserted; CONSULT UGA>SDN asserted; CONSULT RWA>SDN asserted"},
		{"Pact\n\nKenya and Uganda signed a pact with Sudan.", "SUPPORT KEN>SDN asserted; SUPPORT UGA>SDN asserted"},
		{"Pact\n\nKenya and Uganda signed a pact.", "SUPPORT KEN>UGA asserted"},
		// three or four parties of a joint act: one event for each pair;
		// five or more, a summit with no pairs to tell
		{"Talks\n\nKenya, Uganda and Rwanda met in Kampala on Monday.",
			"CONSULT KEN>UGA asserted; CONSULT KEN>RWA asserted; CONSULT UGA>RWA asserted"},
		{"Pact\n\nKenya, Uganda, Rwanda and Burundi signed a pact.",
			"SUPPORT KEN>UGA asserted; SUPPORT KEN>RWA asserted; SUPPORT KEN>BDI asserted; SUPPORT UGA>RWA asserted; SUPPORT UGA>BDI asserted; SUPPORT RWA>BDI asserted"},
		{"Pact\n\nKenya, Uganda, Rwanda, Burundi and Tanzania signed a pact.", ""},
		// a one-sided act of three is three acts, not pairs
		{"Criticism\n\nKenya, Uganda and Rwanda criticized the plan.", ""},
		// names listed with commas alone are a list too, before the verb
		// and after it; a name and a description are an apposition
		{"Criticism\n\nKenya, Uganda, Rwanda criticized Sudan.", "ACCUSE KEN>SDN asserted; ACCUSE UGA>SDN asserted; ACCUSE RWA>SDN asserted"},
		{"Criticism\n\nKenya criticized Sudan, Chad, Egypt on Monday.", "ACCUSE KEN>SDN asserted; ACCUSE KEN>TCD asserted; ACCUSE KEN>EGY asserted"},
		{"Talks\n\nKenya, Uganda, Rwanda met in Kampala.",
			"CONSULT KEN>UGA asserted; CONSULT KEN>RWA asserted; CONSULT UGA>RWA asserted"},
		{"Criticism\n\nKim Jong Un, North Korea's leader, criticized Japan.", "ACCUSE PRK>JPN asserted"},
		// an act noun after a list of the modifiers it shares is each
		// one's act; after a noun of its own, the first phrase lends it none
		{"Raids\n\nThe Kenyan and Ugandan attacks on Sudan killed ten people.", "ASSAULT KEN>SDN asserted; ASSAULT UGA>SDN asserted"},
		{"Raids\n\nKenya's and Uganda's attacks on Sudan were condemned.", "ASSAULT KEN>SDN asserted; ASSAULT UGA>SDN asserted"},
		{"Raids\n\nKenyan officials and Ugandan attacks on Sudan were condemned.", ""},
		// an unknown name on a sector noun is a description of that sector
		{"Attack in Chad\n\nOn Tuesday, Zagawi rebels attacked three villages in eastern Chad.", "ASSAULT TCD>TCD asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestOwnGovernment: a country's opposition, lawmakers, unions or press
// condemning or rejecting a thing quarrel with their own government
// (addressee.go); an act of force condemned has an author of its own,
// and a foreign side's view is no domestic quarrel.
func TestOwnGovernment(t *testing.T) {
	cases := []textCase{
		{"Term extension\n\nKenya's parliament voted on Monday to extend the president's term. Opposition lawmakers denounced the extension.",
			"ACCUSE KEN>KEN asserted"},
		{"Strike\n\nDoctors in Kenya went on strike on Monday. The doctors' union rejected the new rules.",
			"PROTEST KEN>KEN asserted; REJECT KEN>KEN asserted"},
		{"Term extension\n\nKenya's parliament voted on Monday to extend the president's term. Opposition lawmakers condemned the attack.",
			""},
		{"Term extension\n\nKenya's parliament voted on Monday to extend the president's term. American journalists criticized the extension.",
			""},
	}
	checkEnglish(t, cases, false)
}
