// Curated place data that world-countries does not carry.

/** Seats of government used as metonyms for a state ("the Kremlin said"). */
export const SEATS: { name: string; country: string; key?: string }[] = [
  { name: 'Kremlin', country: 'RUS' },
  // Seats of government that are not the constitutional capital world-countries lists.
  { name: 'La Paz', country: 'BOL' },
  { name: 'Putrajaya', country: 'MYS' },
  { name: 'Cotonou', country: 'BEN' },
  { name: 'White House', country: 'USA' },
  { name: 'Downing Street', country: 'GBR' },
  { name: 'Number 10', country: 'GBR' },
  { name: 'Zhongnanhai', country: 'CHN' },
  { name: 'Elysee', country: 'FRA' },
  { name: 'Élysée', country: 'FRA' },
  { name: 'Elysee Palace', country: 'FRA' },
  { name: 'Élysée Palace', country: 'FRA' },
  { name: 'Quai d\'Orsay', country: 'FRA' },
  { name: 'Blue House', country: 'KOR' },
  { name: 'Yongsan', country: 'KOR' },
  { name: 'Kantei', country: 'JPN' },
  { name: 'Bankova', country: 'UKR' },
];

/** Capitals whose name stands for an organization rather than the host state. */
export const ORG_SEATS: { name: string; key: string }[] = [{ name: 'Brussels', key: 'org:eu' }];

/** Capitals too ambiguous to read as a state (common given names, other places). */
export const AMBIGUOUS_CAPITALS = new Set([
  'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Stanley', 'Jamestown', 'Washington D.C.',
  'City of Victoria', 'Saint John\'s', 'Castries', 'Roseau',
]);

/** Spellings of capitals that news uses and world-countries does not list ("Ulan Bator" is there, "Ulaanbaatar" not). */
export const CAPITAL_SPELLINGS: Record<string, string[]> = {
  MNG: ['Ulaanbaatar'],
  KAZ: ['Nur-Sultan'],
  MMR: ['Naypyitaw', 'Nay Pyi Taw'],
  // The seat of government, named for the state far more often than Yamoussoukro.
  CIV: ['Abidjan'],
};

/** Extra spellings of states, in addition to world-countries. */
export const STATE_EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'Washington', 'United States'],
  GBR: ['Britain', 'U.K.', 'UK', 'Great Britain'],
  TUR: ['Turkey', 'Turkiye'],
  UKR: ['Kiev'],
  CHN: ['PRC', "People's Republic of China"],
  IRN: ['Islamic Republic', 'Islamic Republic of Iran'],
  KOR: ['ROK'],
  VNM: ['Socialist Republic of Viet Nam'],
  PRK: ['DPRK'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  COD: ['DRC'],
  CZE: ['Czech Republic'],
  NLD: ['Holland', 'The Hague'],
  IND: ['New Delhi'],
  MMR: ['Burma', 'Naypyidaw'],
  PSE: ['Palestinian territories'],
  VAT: ['Holy See', 'Vatican'],
  DEU: ['Federal Republic of Germany'],
  // Abbreviations the region's own press uses.
  PNG: ['PNG'],
  SAU: ['KSA'],
  BIH: ['BiH'],
};

/** Non-capital cities that appear as venues; locations only, never actors. */
export const CITIES: { name: string; country: string }[] = [
  ['New York', 'USA'], ['San Francisco', 'USA'], ['Los Angeles', 'USA'], ['Chicago', 'USA'], ['Camp David', 'USA'],
  ['Honolulu', 'USA'], ['Anchorage', 'USA'], ['Geneva', 'CHE'], ['Davos', 'CHE'], ['Lausanne', 'CHE'],
  ['Munich', 'DEU'], ['Hamburg', 'DEU'], ['Istanbul', 'TUR'], ['Antalya', 'TUR'], ['Jeddah', 'SAU'],
  ['Sochi', 'RUS'], ['St Petersburg', 'RUS'], ['St. Petersburg', 'RUS'], ['Saint Petersburg', 'RUS'], ['Vladivostok', 'RUS'],
  ['Kazan', 'RUS'], ['Shanghai', 'CHN'], ['Xi\'an', 'CHN'], ['Hong Kong', 'CHN'], ['Osaka', 'JPN'], ['Hiroshima', 'JPN'],
  ['Bali', 'IDN'], ['Dubai', 'ARE'], ['Tel Aviv', 'ISR'], ['Sharm el-Sheikh', 'EGY'], ['Alexandria', 'EGY'],
  ['Mumbai', 'IND'], ['Karachi', 'PAK'], ['Lahore', 'PAK'], ['Kharkiv', 'UKR'], ['Odesa', 'UKR'], ['Odessa', 'UKR'],
  ['Lviv', 'UKR'], ['Almaty', 'KAZ'], ['Busan', 'KOR'], ['Panmunjom', 'KOR'], ['Sydney', 'AUS'], ['Melbourne', 'AUS'],
  ['Toronto', 'CAN'], ['Montreal', 'CAN'], ['Rio de Janeiro', 'BRA'], ['Sao Paulo', 'BRA'], ['São Paulo', 'BRA'],
  ['Johannesburg', 'ZAF'], ['Durban', 'ZAF'], ['Mombasa', 'KEN'], ['Goma', 'COD'], ['Port Sudan', 'SDN'],
  ['Benghazi', 'LBY'], ['Aleppo', 'SYR'], ['Erbil', 'IRQ'], ['Basra', 'IRQ'], ['Rafah', 'PSE'], ['Gaza City', 'PSE'],
  ['Ho Chi Minh City', 'VNM'], ['Marrakech', 'MAR'], ['Aqaba', 'JOR'], ['Lagos', 'NGA'], ['Dar es Salaam', 'TZA'],
  ['Vostochny', 'RUS'], ['Hanover', 'DEU'], ['Strasbourg', 'FRA'], ['Luxembourg', 'LUX'], ['Salisbury', 'GBR'],
  // Other large cities and frequent venues of talks and summits.
  ['Perth', 'AUS'], ['Brisbane', 'AUS'], ['Adelaide', 'AUS'], ['Auckland', 'NZL'], ['Vancouver', 'CAN'], ['Quebec City', 'CAN'],
  ['Houston', 'USA'], ['Miami', 'USA'], ['Seattle', 'USA'], ['Boston', 'USA'], ['Atlanta', 'USA'], ['Dallas', 'USA'],
  ['Woodside', 'USA'], ['Mar-a-Lago', 'USA'], ['Guadalajara', 'MEX'], ['Monterrey', 'MEX'], ['Cancun', 'MEX'],
  ['Frankfurt', 'DEU'], ['Cologne', 'DEU'], ['Milan', 'ITA'], ['Naples', 'ITA'], ['Florence', 'ITA'], ['Venice', 'ITA'],
  ['Barcelona', 'ESP'], ['Seville', 'ESP'], ['Lyon', 'FRA'], ['Marseille', 'FRA'], ['Manchester', 'GBR'], ['Edinburgh', 'GBR'],
  ['Glasgow', 'GBR'], ['Zurich', 'CHE'], ['Bürgenstock', 'CHE'], ['Burgenstock', 'CHE'], ['Rotterdam', 'NLD'], ['Antwerp', 'BEL'],
  ['Gdansk', 'POL'], ['Krakow', 'POL'], ['Rzeszow', 'POL'], ['Mariupol', 'UKR'], ['Zaporizhzhia', 'UKR'], ['Kherson', 'UKR'],
  ['Dnipro', 'UKR'], ['Donetsk', 'UKR'], ['Luhansk', 'UKR'], ['Sevastopol', 'UKR'], ['Yalta', 'UKR'], ['Novosibirsk', 'RUS'],
  ['Yekaterinburg', 'RUS'], ['Murmansk', 'RUS'], ['Kaliningrad', 'RUS'], ['Izmir', 'TUR'], ['Mecca', 'SAU'],
  ['Tabriz', 'IRN'], ['Isfahan', 'IRN'], ['Mashhad', 'IRN'], ['Herat', 'AFG'], ['Kandahar', 'AFG'], ['Peshawar', 'PAK'],
  ['Quetta', 'PAK'], ['Chittagong', 'BGD'], ['Yangon', 'MMR'], ['Mandalay', 'MMR'], ['Chiang Mai', 'THA'], ['Phuket', 'THA'],
  ['Da Nang', 'VNM'], ['Cebu', 'PHL'], ['Surabaya', 'IDN'], ['Guangzhou', 'CHN'], ['Shenzhen', 'CHN'], ['Chengdu', 'CHN'],
  ['Tianjin', 'CHN'], ['Wuhan', 'CHN'], ['Yokohama', 'JPN'], ['Kyoto', 'JPN'], ['Nagasaki', 'JPN'], ['Bengaluru', 'IND'],
  ['Bangalore', 'IND'], ['Kolkata', 'IND'], ['Chennai', 'IND'], ['Goa', 'IND'], ['Kano', 'NGA'],
  ['Lubumbashi', 'COD'], ['Bukavu', 'COD'], ['Kismayo', 'SOM'], ['Omdurman', 'SDN'], ['El Fasher', 'SDN'], ['Nyala', 'SDN'],
  ['Misrata', 'LBY'], ['Sirte', 'LBY'], ['Mosul', 'IRQ'], ['Kirkuk', 'IRQ'], ['Homs', 'SYR'], ['Idlib', 'SYR'], ['Latakia', 'SYR'],
  ['Hodeidah', 'YEM'], ['Aden', 'YEM'], ['Hebron', 'PSE'], ['Nablus', 'PSE'], ['Jenin', 'PSE'], ['Ramallah', 'PSE'],
  ['Khan Younis', 'PSE'], ['Haifa', 'ISR'], ['Eilat', 'ISR'], ['Arusha', 'TZA'], ['Kisumu', 'KEN'],
].map(([name, country]) => ({ name: name as string, country: country as string }));

/** Adjectives of nationality that world-countries does not list ("Philippine Coast Guard", "Lao capital"). */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  PHL: ['Philippine'], LAO: ['Lao'], SAU: ['Saudi'], KAZ: ['Kazakh'], KGZ: ['Kyrgyz'], TJK: ['Tajik'], UZB: ['Uzbek'],
  TKM: ['Turkmen'], BIH: ['Bosnian'], ARE: ['Emirati'],
  AZE: ['Azeri'], SVK: ['Slovak'], MMR: ['Burmese'], MDV: ['Maldivian'],
  DJI: ['Djiboutian'], TLS: ['Timorese'], TGO: ['Togolese'], BWA: ['Botswanan'], ECU: ['Ecuadorian'], ARG: ['Argentinian'],
  SUR: ['Surinamese'], NPL: ['Nepali'], SVN: ['Slovenian'], ISL: ['Icelandic'], LUX: ['Luxembourgish'],
};

/** Adjectives for states whose dataset demonym names a person or is dated ("Kirghiz", "Icelander", "Filipino"). */
export const STATE_ADJECTIVES: Record<string, string> = {
  KGZ: 'Kyrgyz', TJK: 'Tajik', KAZ: 'Kazakh', UZB: 'Uzbek', ISL: 'Icelandic', PHL: 'Philippine', NZL: 'New Zealand',
  SLB: 'Solomon Islands', CPV: 'Cape Verdean', ECU: 'Ecuadorian', MDV: 'Maldivian', ATG: 'Antiguan', BIH: 'Bosnian',
  KNA: 'Kittitian', SUR: 'Surinamese', LUX: 'Luxembourg', LIE: 'Liechtenstein', BWA: 'Botswanan', LSO: 'Lesotho',
  DJI: 'Djiboutian', GNB: 'Bissau-Guinean', TLS: 'Timorese', MMR: 'Myanmar',
};

/** Seas, straits and regions: places where things happen, never actors. */
export const REGIONS: string[] = [
  'South China Sea', 'East China Sea', 'Black Sea', 'Red Sea', 'Baltic Sea', 'Yellow Sea', 'Sea of Japan', 'Sea of Azov',
  'Mediterranean Sea', 'Arabian Sea', 'Caspian Sea', 'North Sea', 'Taiwan Strait', 'Strait of Hormuz', 'Persian Gulf',
  'Gulf of Aden', 'Korean Peninsula', 'Indo-Pacific', 'Middle East', 'Horn of Africa', 'Sahel', 'Balkans', 'Caucasus',
  // Regions whose names contain a state's: "across Latin America" is not the United States, nor the Gulf of Guinea Guinea.
  'Latin America', 'South America', 'Central America', 'North America', 'Gulf of Mexico', 'Gulf of Guinea', 'Gulf of Oman',
  'Gulf of Thailand', 'Gulf of Finland', 'East Africa', 'West Africa', 'Southeast Asia', 'South Asia', 'Central Asia', 'East Asia',
  'South Pacific', 'Bay of Bengal', 'Sea of Okhotsk',
];

/** Regional adjectives that contain a state's demonym: "South American presidents" are not Americans. */
export const REGION_ADJECTIVES: string[] = ['South American', 'Latin American', 'Central American', 'North American', 'Pan-American'];

/** Datelines naming an organization rather than a city ("UNITED NATIONS, March 3 -"): the place is its headquarters. */
export const DATELINE_SEATS: Record<string, { name: string; country: string }> = {
  'United Nations': { name: 'New York', country: 'USA' },
  'U.n.': { name: 'New York', country: 'USA' },
  'Un': { name: 'New York', country: 'USA' },
  'Vatican City': { name: 'Vatican City', country: 'VAT' },
};
