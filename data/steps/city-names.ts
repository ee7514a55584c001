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

/** Every name the project gives by GeoNames id: what buildSettlements reads. */
export const PLACE_NAMES: Record<number, { en: string; uk: string }> = { ...CITY_NAMES, ...SETTLEMENT_NAMES };
