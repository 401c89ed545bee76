// FIPS 10-4 country codes, which GDELT puts in its *_Geo_CountryCode, *_Geo_ADM1Code and (country-level)
// *_Geo_FeatureID columns, where Annals' gazetteer has ISO 3166-1 alpha-3 codes.
//
// The table is a TSV kept here rather than in data/ only so that it ships with the compiled module; it is
// read like any Annals data file. Columns, separated by a TAB:
//   iso3   ISO 3166-1 alpha-3 code as data/dictionaries/places.tsv writes it (XKX = Kosovo); blank for an
//          entity FIPS codes apart that has no ISO code of its own (Gaza Strip, West Bank)
//   fips   FIPS 10-4 country code (two capital letters)
//   name   the entity's name (for a row without iso3 this is what a gazetteer name is matched against)
//   notes  blank when two independent published FIPS 10-4 tables agree; "one published table" when only one
//          of them lists the entity (each of those also agrees with the FIPS code known to the author)
//
// Left out on purpose, so that their Geo country code stays blank rather than guessed: historical states
// (SUN, YUG, SCG, CSK, DDR, YMD: FIPS 10-4 codes were withdrawn or reassigned) and Palestine (PSE), for which
// FIPS has two entities (GZ Gaza Strip, WE West Bank) and no single code.
export const FIPS_TSV = `#iso3\tfips\tname\tnotes
AFG	AF	Afghanistan
ALB	AL	Albania
DZA	AG	Algeria
AND	AN	Andorra	one published table
AGO	AO	Angola
ATG	AC	Antigua and Barbuda
ARG	AR	Argentina
ARM	AM	Armenia
AUS	AS	Australia
AUT	AU	Austria
AZE	AJ	Azerbaijan
BHS	BF	Bahamas
BHR	BA	Bahrain
BGD	BG	Bangladesh
BRB	BB	Barbados
BLR	BO	Belarus
BEL	BE	Belgium
BLZ	BH	Belize
BEN	BN	Benin
BTN	BT	Bhutan
BOL	BL	Bolivia
BIH	BK	Bosnia and Herzegovina
BWA	BC	Botswana
BRA	BR	Brazil
BRN	BX	Brunei
BGR	BU	Bulgaria
BFA	UV	Burkina Faso
BDI	BY	Burundi
CPV	CV	Cabo Verde
KHM	CB	Cambodia
CMR	CM	Cameroon
CAN	CA	Canada
CAF	CT	Central African Republic
TCD	CD	Chad
CHL	CI	Chile
CHN	CH	China
COL	CO	Colombia
COM	CN	Comoros
COG	CF	Republic of the Congo
COD	CG	Democratic Republic of the Congo
CRI	CS	Costa Rica
CIV	IV	Cote d'Ivoire
HRV	HR	Croatia
CUB	CU	Cuba
CYP	CY	Cyprus
CZE	EZ	Czech Republic
DNK	DA	Denmark
DJI	DJ	Djibouti
DMA	DO	Dominica
DOM	DR	Dominican Republic
ECU	EC	Ecuador
EGY	EG	Egypt
SLV	ES	El Salvador
GNQ	EK	Equatorial Guinea
ERI	ER	Eritrea
EST	EN	Estonia
SWZ	WZ	Eswatini
ETH	ET	Ethiopia
FJI	FJ	Fiji
FIN	FI	Finland
FRA	FR	France
GAB	GB	Gabon
GMB	GA	Gambia
GEO	GG	Georgia
DEU	GM	Germany
GHA	GH	Ghana
GRC	GR	Greece
GRD	GJ	Grenada
GTM	GT	Guatemala
GIN	GV	Guinea
GNB	PU	Guinea-Bissau
GUY	GY	Guyana
HTI	HA	Haiti
VAT	VT	Holy See	one published table
HND	HO	Honduras
HUN	HU	Hungary
ISL	IC	Iceland
IND	IN	India
IDN	ID	Indonesia
IRN	IR	Iran
IRQ	IZ	Iraq
IRL	EI	Ireland
ISR	IS	Israel
ITA	IT	Italy
JAM	JM	Jamaica
JPN	JA	Japan
JOR	JO	Jordan
KAZ	KZ	Kazakhstan
KEN	KE	Kenya
KIR	KR	Kiribati
KWT	KU	Kuwait
KGZ	KG	Kyrgyzstan
LAO	LA	Laos
LVA	LG	Latvia
LBN	LE	Lebanon
LSO	LT	Lesotho
LBR	LI	Liberia
LBY	LY	Libya
LIE	LS	Liechtenstein
LTU	LH	Lithuania
LUX	LU	Luxembourg
MDG	MA	Madagascar
MWI	MI	Malawi
MYS	MY	Malaysia
MDV	MV	Maldives
MLI	ML	Mali
MLT	MT	Malta
MHL	RM	Marshall Islands
MRT	MR	Mauritania
MUS	MP	Mauritius
MEX	MX	Mexico
FSM	FM	Micronesia
MDA	MD	Moldova
MCO	MN	Monaco
MNG	MG	Mongolia
MNE	MJ	Montenegro
MAR	MO	Morocco
MOZ	MZ	Mozambique
MMR	BM	Myanmar
NAM	WA	Namibia
NRU	NR	Nauru
NPL	NP	Nepal
NLD	NL	Netherlands
NZL	NZ	New Zealand
NIC	NU	Nicaragua
NER	NG	Niger
NGA	NI	Nigeria
PRK	KN	North Korea
MKD	MK	North Macedonia
NOR	NO	Norway
OMN	MU	Oman
PAK	PK	Pakistan
PLW	PS	Palau
PAN	PM	Panama
PNG	PP	Papua New Guinea
PRY	PA	Paraguay
PER	PE	Peru
PHL	RP	Philippines
POL	PL	Poland
PRT	PO	Portugal
QAT	QA	Qatar
KOR	KS	South Korea
ROU	RO	Romania
RUS	RS	Russia
RWA	RW	Rwanda
KNA	SC	Saint Kitts and Nevis
LCA	ST	Saint Lucia
VCT	VC	Saint Vincent and the Grenadines
WSM	WS	Samoa
SMR	SM	San Marino
STP	TP	Sao Tome and Principe
SAU	SA	Saudi Arabia
SEN	SG	Senegal
SRB	RI	Serbia
SYC	SE	Seychelles
SLE	SL	Sierra Leone
SGP	SN	Singapore
SVK	LO	Slovakia
SVN	SI	Slovenia
SLB	BP	Solomon Islands
SOM	SO	Somalia
ZAF	SF	South Africa
SSD	OD	South Sudan	one published table
ESP	SP	Spain
LKA	CE	Sri Lanka
SDN	SU	Sudan
SUR	NS	Suriname
SWE	SW	Sweden
CHE	SZ	Switzerland
SYR	SY	Syria
TJK	TI	Tajikistan
TZA	TZ	Tanzania
THA	TH	Thailand
TLS	TT	Timor-Leste
TGO	TO	Togo
TON	TN	Tonga
TTO	TD	Trinidad and Tobago
TUN	TS	Tunisia
TUR	TU	Turkey
TKM	TX	Turkmenistan
TUV	TV	Tuvalu
UGA	UG	Uganda
UKR	UP	Ukraine
ARE	AE	United Arab Emirates
GBR	UK	United Kingdom
USA	US	United States
URY	UY	Uruguay
UZB	UZ	Uzbekistan
VUT	NH	Vanuatu
VEN	VE	Venezuela
VNM	VM	Vietnam
YEM	YM	Yemen
ZMB	ZA	Zambia
ZWE	ZI	Zimbabwe
TWN	TW	Taiwan
XKX	KV	Kosovo	one published table
HKG	HK	Hong Kong	one published table
MAC	MC	Macau	one published table
ESH	WI	Western Sahara	one published table
	GZ	Gaza Strip	one published table; GDELT codes the Gaza Strip apart from the West Bank
	WE	West Bank	one published table
	GI	Gibraltar	one published table
`;

export interface FipsRow {
  iso3: string | null;
  fips: string;
  name: string;
}

let rows: FipsRow[] | null = null;

/** The rows of the table, checked: a malformed row throws naming its line. */
export function fipsRows(): FipsRow[] {
  if (rows) return rows;
  const out: FipsRow[] = [];
  FIPS_TSV.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [iso3 = '', fips = '', name = ''] = line.split('\t');
    if ((iso3 !== '' && !/^[A-Z]{3}$/.test(iso3)) || !/^[A-Z]{2}$/.test(fips) || name === '') {
      throw new Error(`src/export/fips.ts table line ${index + 1}: expected iso3 (or blank), FIPS code and name, found ${JSON.stringify(line)}`);
    }
    out.push({ iso3: iso3 === '' ? null : iso3, fips, name });
  });
  rows = out;
  return out;
}

let byIso: Map<string, string> | null = null;
let byName: Map<string, string> | null = null;

/** The FIPS 10-4 code of an ISO alpha-3 country, or null when the table does not have it. */
export function fipsOfIso3(iso3: string): string | null {
  byIso ??= new Map(fipsRows().flatMap((r) => (r.iso3 ? [[r.iso3, r.fips] as const] : [])));
  return byIso.get(iso3) ?? null;
}

/**
 * The FIPS 10-4 code of an entity that FIPS codes apart from the country holding it (Hong Kong, Gaza Strip,
 * Western Sahara, Kosovo ...), looked up by name without regard to case; null when none.
 */
export function fipsOfName(name: string): string | null {
  byName ??= new Map(fipsRows().map((r) => [r.name.toLowerCase(), r.fips] as const));
  return byName.get(name.toLowerCase()) ?? null;
}
