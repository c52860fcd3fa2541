package actors_test

import (
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestEnglishTitlesBeforeNames: an English title before an unknown
// person's name gives the person a country and role, and the bare last
// name later is that person, not a company of the base of that name.
func TestEnglishTitlesBeforeNames(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ lang, text, form, want string }{
		{"en", "Ontario Premier Doug Ford criticised the tariffs on Monday. Ford said the province would respond.", "Ford", "CANGOV"},
		{"en", "Texas Governor Dale Whitcomb signed the bill on Monday. Whitcomb said the state would sue.", "Whitcomb", "USAGOV"},
		{"en", "Kyiv Mayor Ostap Hrynko said the city was under attack.", "Ostap Hrynko", "UKRGOV"},
		{"en", "Saudi Crown Prince Faisal bin Talal met the delegation on Monday.", "Faisal bin Talal", "SAUGOV"},
		{"ru", "Вице-премьер Украины Остап Грынько заявил, что город атакован.", "Остап Грынько", "UKRGOV"},
	} {
		checkMentionActor(t, p, tc.lang, "2025-03-10", tc.text, tc.form, tc.want)
	}
}
