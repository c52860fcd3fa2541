package events_test

import "testing"

// TestPlaceTarget: an act of force whose object names no actor acts on
// the people of the place the object stands in; an object that names an
// actor, a place without a country and an act that is no use of force
// take no such target.
func TestPlaceTarget(t *testing.T) {
	cases := []textCase{
		{"Chadian rebels attacked nearly ten villages in northeastern Chad.", "ASSAULT TCD>TCD asserted"},
		{"Russian troops attacked a hospital in Kharkiv.", "ASSAULT RUS>UKR asserted"},
		{"Somali gunmen stormed a hotel in the Somali city of Beledweyne.", "ASSAULT SOM>SOM asserted"},
		// the places it lies between, then its country
		{"Chadian rebels attacked two villages between the towns of Abeche and Adre in eastern Chad.", "ASSAULT TCD>TCD asserted"},
		// the object names the actor acted on
		{"Russian troops attacked Georgian soldiers in Ukraine.", "ASSAULT RUS>GEO asserted"},
		// a place that names no country; no use of force
		{"Russian troops attacked a hospital in the city.", ""},
		{"Russian officials praised a hospital in Kharkiv.", ""},
		// the place must follow the object in its clause
		{"Russian troops attacked a hospital after talks in Kharkiv.", ""},
	}
	checkEnglish(t, cases, false)
}
