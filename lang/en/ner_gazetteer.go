package en

// Word lists of the English recognizer, written by hand for Kronika. Each
// is one entry per line; case is ignored when matching.

// nerPlaces are countries, their usual short forms, capitals and other
// cities and regions that are political units (GPE).
const nerPlaces = `
Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia
Bosnia and Herzegovina
Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Chad
Chile
China
Colombia
Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic
Czechia
Denmark
Djibouti
Dominican Republic
Ecuador
Egypt
El Salvador
Eritrea
Estonia
Eswatini
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Guatemala
Guinea
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar
Burma
Namibia
Nepal
Netherlands
Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea
North Macedonia
Macedonia
Norway
Oman
Pakistan
Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia
Russian Federation
Rwanda
Saudi Arabia
Senegal
Serbia
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
Somaliland
South Africa
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tunisia
Turkey
Turkiye
Türkiye
Turkmenistan
Uganda
Ukraine
United Arab Emirates
UAE
United Kingdom
UK
Britain
Great Britain
England
Scotland
Wales
Northern Ireland
United States
United States of America
U.S.
U.S
US
USA
America
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe
Gaza
West Bank
Crimea
Donbas
Donetsk
Luhansk
Kherson
Zaporizhzhia
Kharkiv
Odesa
Odessa
Kyiv
Kiev
Lviv
Moscow
St. Petersburg
Washington
New York
Los Angeles
Chicago
San Francisco
London
Paris
Berlin
Brussels
Rome
Madrid
Lisbon
Vienna
Warsaw
Prague
Budapest
Bucharest
Sofia
Belgrade
Zagreb
Sarajevo
Banja Luka
Skopje
Tirana
Athens
Ankara
Istanbul
Tehran
Baghdad
Irbil
Erbil
Mosul
Damascus
Aleppo
Beirut
Amman
Jerusalem
Tel Aviv
Cairo
Riyadh
Jeddah
Doha
Dubai
Abu Dhabi
Kabul
Kandahar
Islamabad
Karachi
Lahore
Quetta
Peshawar
Balochistan
Punjab
Khyber Pakhtunkhwa
New Delhi
Delhi
Mumbai
Beijing
Shanghai
Hong Kong
Taipei
Tokyo
Seoul
Pyongyang
Hanoi
Bangkok
Manila
Jakarta
Kuala Lumpur
Canberra
Sydney
Ottawa
Mexico City
Havana
Caracas
Bogota
Brasilia
Buenos Aires
Santiago
Lima
Nairobi
Addis Ababa
Mogadishu
Khartoum
Tripoli
Tunis
Algiers
Rabat
Lagos
Abuja
Kinshasa
Pretoria
Johannesburg
Minsk
Vilnius
Riga
Tallinn
Helsinki
Stockholm
Oslo
Copenhagen
Reykjavik
Dublin
Edinburgh
Amsterdam
The Hague
Geneva
Bern
Zurich
Luxembourg
Chisinau
Tbilisi
Yerevan
Baku
Astana
Tashkent
Bishkek
Dushanbe
Ashgabat
Ulaanbaatar
Puntland
Republika Srpska
Xinjiang
Tibet
Kashmir
Kurdistan
Chechnya
Idlib
Rafah
Khan Younis
Gwadar
`

// nerLocations are geographical names that are not political units (LOC).
const nerLocations = `
Europe
Asia
Africa
North America
South America
Latin America
Antarctica
Arctic
Middle East
Near East
Far East
Central Asia
Southeast Asia
South Asia
East Asia
Western Europe
Eastern Europe
Central Europe
Balkans
Caucasus
Sahel
Horn of Africa
Persian Gulf
Gulf
Black Sea
Red Sea
Baltic Sea
Mediterranean
Atlantic
Pacific
Indian Ocean
South China Sea
Taiwan Strait
Strait of Hormuz
Gaza Strip
Golan Heights
Sinai
Euphrates
Tigris
Nile
Danube
Dnieper
Himalayas
Alps
Anbar
Incirlik
`

// nerOrganizations are organizations known by a short name or acronym (ORG).
const nerOrganizations = `
NATO
UN
U.N.
U.N
United Nations
EU
European Union
European Commission
European Parliament
IAEA
WHO
IMF
World Bank
WTO
OPEC
ASEAN
African Union
Arab League
G7
G20
BRICS
OSCE
UNICEF
UNHCR
UNSC
ICC
Interpol
Red Cross
Taliban
Hamas
Hezbollah
Houthis
Islamic State
ISIS
ISIL
IS
al-Qaida
al-Qaeda
al-Shabab
Boko Haram
Wagner
PKK
YPG
SDF
Congress
Senate
Pentagon
Kremlin
White House
State Department
Supreme Court
Knesset
Duma
CIA
FBI
NSA
Reuters
AP
Associated Press
AFP
VOA
Voice of America
BBC
CNN
Xinhua
TASS
KCNA
Google
Apple
Microsoft
Amazon
Meta
Facebook
Twitter
Tesla
`

// nerDemonyms are adjectives and nouns of nationality (NORP).
const nerDemonyms = `
Afghan
Afghans
Albanian
Algerian
American
Americans
Arab
Arabs
Armenian
Australian
Austrian
Azerbaijani
Baloch
Belarusian
Belgian
Bosnian
Bosniak
Brazilian
British
Bulgarian
Canadian
Chechen
Chinese
Colombian
Croatian
Cuban
Czech
Danish
Dutch
Egyptian
Emirati
English
Estonian
Ethiopian
European
Europeans
Finnish
French
Georgian
German
Germans
Greek
Hungarian
Indian
Indonesian
Iranian
Iranians
Iraqi
Iraqis
Irish
Israeli
Israelis
Italian
Japanese
Jordanian
Kazakh
Kenyan
Korean
Kurdish
Kurds
Kuwaiti
Latvian
Lebanese
Libyan
Lithuanian
Mexican
Moldovan
Mongolian
Moroccan
Nigerian
North Korean
Norwegian
Pakistani
Pakistanis
Palestinian
Palestinians
Pashtun
Polish
Portuguese
Qatari
Romanian
Russian
Russians
Saudi
Scottish
Serb
Serbian
Serbs
Slovak
Slovenian
Somali
South Korean
Spanish
Sudanese
Swedish
Swiss
Syrian
Syrians
Taiwanese
Thai
Tunisian
Turkish
Turks
Ukrainian
Ukrainians
Uzbek
Venezuelan
Vietnamese
Yemeni
Western
Sunni
Shiite
Shia
Muslim
Muslims
Christian
Christians
Jewish
Catholic
Democrats
Republicans
Democrat
Republican
`

// nerTitles are words that stand before a person's name and are not part
// of it ("Foreign Minister Mevlut Cavusoglu").
const nerTitles = `
President
Vice
Prime
Minister
Foreign
Defense
Defence
Interior
Finance
Economy
Deputy
Secretary
General
Gen.
Lt.
Col.
Maj.
Capt.
Sgt.
Adm.
Admiral
Colonel
Lieutenant
Major
Captain
Commander
Senator
Sen.
Rep.
Representative
Congressman
Congresswoman
Governor
Gov.
Mayor
Ambassador
Envoy
Special
Spokesman
Spokeswoman
Spokesperson
Chief
Leader
Supreme
King
Queen
Prince
Princess
Emperor
Pope
Cardinal
Bishop
Sheikh
Chancellor
Chairman
Chairwoman
Director
Judge
Justice
Attorney
Prosecutor
Professor
Prof.
Dr.
Mr.
Mrs.
Ms.
Miss
Sir
Lord
Lady
Former
Acting
Interim
Senior
Top
Regional
Provincial
State
National
Security
Adviser
Advisor
CEO
Analyst
Economist
Researcher
Founder
Executive
Officer
Official
Police
Army
Military
Commissioner
Mr
Dr
`

// nerOrgWords end (or begin, before "of") the names of organizations.
const nerOrgWords = `
Agency
Alliance
Army
Assembly
Association
Authority
Administration
Bank
Bureau
Cabinet
Center
Centre
Command
Commission
Committee
Company
Congress
Corporation
Corp.
Council
Court
Department
Forces
Force
Foundation
Front
Fund
Government
Group
Guard
Hospital
Inc.
Index
Institute
League
Ltd.
Mission
Ministry
Movement
Network
News
Office
Organization
Organisation
Parliament
Partners
Party
Police
Post
Senate
Service
Services
Times
Tribunal
Union
University
College
School
Academy
Airlines
Airways
Brigade
Battalion
Regiment
Division
Navy
Coalition
Federation
Board
Unit
Programme
Program
Initiative
Commission
Representative
`
