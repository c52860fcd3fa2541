package api

import (
	"net/http"
	"strconv"
	"strings"
)

// messages are the interface texts by language.
var messages = map[string]map[string]string{
	"en": {
		"title": "Kronika", "skip": "Skip to content", "nav_events": "Events", "nav_timeline": "Timeline",
		"nav_network": "Network", "nav_api": "API", "language": "Language",
		"filters": "Filters", "actor": "Actor", "country": "Country", "dyad": "Dyad (A-B or A>B)", "type": "Type",
		"cameo": "CAMEO", "quad": "QuadClass", "modality": "Modality", "since": "Since", "until": "Until",
		"doclang": "Document language", "min_mentions": "Min. mentions", "q": "Words in the evidence", "any": "any",
		"apply": "Apply", "clear": "Clear", "limit": "Rows",
		"date": "Date", "source": "Source", "target": "Target", "mentions": "Mentions", "sources": "Sources",
		"evidence": "Evidence", "confidence": "Confidence", "next": "Next page", "first": "First page",
		"no_events": "No events match.", "export": "Download", "sort_by": "Sort by",
		"event": "Event", "trigger": "trigger", "article": "Article", "open_article": "Open the article",
		"all_mentions": "All mentions", "explain": "Coding trace",
		"explain_how": "The store keeps no trace: the article was run through the pipeline again (as kronika extract --explain does) and the report found by its trigger.",
		"show_trace":  "Show the coding trace and the time expression (runs the pipeline again over the article)",
		"mention":     "Report", "time_expr": "time expression", "time_none": "The date does not come from a time expression of this sentence (it is the article's, or an earlier sentence's).",
		"trace_missing": "This binary's coder finds no event at the stored trigger now (the coder has changed since the article was stored, or the event was not made by the pipeline).",
		"quote":         "quotation", "quotes": "Quotations", "speaker_unknown": "speaker unknown",
		"analysis_failed": "The article could not be analysed again: quotations and the entities' inflected forms are not marked.",
		"attribution":     "Attribution", "location": "Location", "first_seen": "First seen", "last_seen": "Last seen",
		"document": "Document", "entities": "Entities", "legend": "Legend", "boilerplate": "not article text (boilerplate, headings)",
		"entity": "entity", "events_in_doc": "Events in this article",
		"timeline": "Events over time", "by": "By", "interval": "Interval", "day": "day", "week": "week", "month": "month",
		"by_type": "PLOVER type", "by_quad": "QuadClass", "total": "Total", "period": "Period", "data_table": "Data as a table",
		"network": "Actor network", "cooperative": "cooperative", "conflictual": "conflictual", "pairs": "Actor pairs",
		"network_help": "Edges: green cooperative, red conflictual (the larger share); width grows with the count. Each actor links to its events.",
		"count":        "Count", "lang_name": "English", "quad1": "verbal cooperation", "quad2": "material cooperation",
		"quad3": "verbal conflict", "quad4": "material conflict", "undated": "Events without a date are not on the timeline.",
		"goldstein": "Goldstein", "mode": "Mode", "context": "Context", "sentence": "Sentence", "document_date": "Document date",
		"none":       "none",
		"nav_actors": "Actors", "actors": "Actors", "actor_search": "Actor code or name", "search": "Search", "code": "Code",
		"names": "Names", "no_actors": "No actor matches.", "as_source": "Events as source", "as_target": "Events as target",
		"all_events_of": "All events of", "over_time": "Events over time", "partners": "Partners", "partner": "Partner",
		"direction": "Direction", "latest_events": "Latest events", "downloads": "Download the events of this filter", "daily": "counts per day (TSV)",
	},
	"pl": {
		"title": "Kronika", "skip": "Przejdź do treści", "nav_events": "Zdarzenia", "nav_timeline": "Oś czasu",
		"nav_network": "Sieć", "nav_api": "API", "language": "Język",
		"filters": "Filtry", "actor": "Aktor", "country": "Kraj", "dyad": "Diada (A-B lub A>B)", "type": "Typ",
		"cameo": "CAMEO", "quad": "QuadClass", "modality": "Modalność", "since": "Od", "until": "Do",
		"doclang": "Język dokumentu", "min_mentions": "Min. wzmianek", "q": "Słowa w zdaniu-dowodzie", "any": "dowolny",
		"apply": "Zastosuj", "clear": "Wyczyść", "limit": "Wierszy",
		"date": "Data", "source": "Sprawca", "target": "Odbiorca", "mentions": "Wzmianki", "sources": "Źródła",
		"evidence": "Dowód", "confidence": "Pewność", "next": "Następna strona", "first": "Pierwsza strona",
		"no_events": "Brak pasujących zdarzeń.", "export": "Pobierz", "sort_by": "Sortuj według",
		"event": "Zdarzenie", "trigger": "wyzwalacz", "article": "Artykuł", "open_article": "Otwórz artykuł",
		"all_mentions": "Wszystkie wzmianki", "explain": "Ślad kodowania",
		"explain_how": "Baza nie przechowuje śladu: artykuł przeszedł ponownie przez potok (jak w kronika extract --explain), a wzmiankę odnaleziono po wyzwalaczu.",
		"show_trace":  "Pokaż ślad kodowania i wyrażenie czasowe (ponownie analizuje artykuł)",
		"mention":     "Wzmianka", "time_expr": "wyrażenie czasowe", "time_none": "Data nie pochodzi z wyrażenia czasowego tego zdania (to data artykułu albo wcześniejszego zdania).",
		"trace_missing": "Koder tej wersji programu nie znajduje teraz zdarzenia przy zapisanym wyzwalaczu (koder zmienił się od zapisania artykułu albo zdarzenie nie pochodzi z potoku).",
		"quote":         "cytat", "quotes": "Cytaty", "speaker_unknown": "mówca nieznany",
		"analysis_failed": "Nie udało się ponownie przeanalizować artykułu: cytaty i odmienione formy bytów nie są zaznaczone.",
		"attribution":     "Atrybucja", "location": "Miejsce", "first_seen": "Pierwsza wzmianka", "last_seen": "Ostatnia wzmianka",
		"document": "Dokument", "entities": "Byty nazwane", "legend": "Legenda", "boilerplate": "poza treścią artykułu (szablon, nagłówki)",
		"entity": "byt", "events_in_doc": "Zdarzenia w tym artykule",
		"timeline": "Zdarzenia w czasie", "by": "Według", "interval": "Okres", "day": "dzień", "week": "tydzień", "month": "miesiąc",
		"by_type": "typu PLOVER", "by_quad": "QuadClass", "total": "Razem", "period": "Okres", "data_table": "Dane w tabeli",
		"network": "Sieć aktorów", "cooperative": "współpraca", "conflictual": "konflikt", "pairs": "Pary aktorów",
		"network_help": "Krawędzie: zielone – współpraca, czerwone – konflikt (przeważający udział); grubość rośnie z liczbą. Każdy aktor prowadzi do swoich zdarzeń.",
		"count":        "Liczba", "lang_name": "polski", "quad1": "współpraca słowna", "quad2": "współpraca materialna",
		"quad3": "konflikt słowny", "quad4": "konflikt materialny", "undated": "Zdarzenia bez daty nie trafiają na oś czasu.",
		"goldstein": "Goldstein", "mode": "Tryb", "context": "Kontekst", "sentence": "Zdanie", "document_date": "Data dokumentu",
		"none":       "brak",
		"nav_actors": "Aktorzy", "actors": "Aktorzy", "actor_search": "Kod lub nazwa aktora", "search": "Szukaj", "code": "Kod",
		"names": "Nazwy", "no_actors": "Brak pasujących aktorów.", "as_source": "Zdarzenia jako sprawca", "as_target": "Zdarzenia jako odbiorca",
		"all_events_of": "Wszystkie zdarzenia:", "over_time": "Zdarzenia w czasie", "partners": "Partnerzy", "partner": "Partner",
		"direction": "Kierunek", "latest_events": "Najnowsze zdarzenia", "downloads": "Pobierz zdarzenia tego filtra", "daily": "liczby na dzień (TSV)",
	},
}

// uiLang picks the interface language: ?lang=pl|en, else the first of
// them Accept-Language prefers, else English.
func uiLang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "pl" || l == "en" {
		return l
	}
	best, bestQ := "en", -1.0
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		tag = strings.ToLower(strings.TrimSpace(tag))
		base, _, _ := strings.Cut(tag, "-")
		if base != "pl" && base != "en" {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		if q > bestQ {
			best, bestQ = base, q
		}
	}
	return best
}
