/**
 * Display names for power plants whose GPPD name is a Russian-style spelling ("Zaporozhye", "Kiev")
 * or a bare place name that does not say what the plant is. Keyed by plant id (GPPD `gppd_idnr`,
 * or the slug made for a plant without one). Plants not listed keep their GPPD name.
 * NPP nuclear, HPP hydro, PSPP pumped-storage hydro, TPP thermal, CHP combined heat and power.
 */
export const PLANT_NAMES: Record<string, string> = {
  WRI1005114: 'Zaporizhzhia NPP', // GPPD "Zaporozhye"
  WRI1005111: 'Khmelnytskyi NPP', // "Khmelnytska"
  WRI1005112: 'Rivne NPP', // "Rivne (Rouno)"
  WRI1005113: 'South Ukraine NPP', // "South Ukraine"
  'rus-kursk': 'Kursk NPP', // "Kursk", no gppd_idnr
  // The coal plant 3 km from the NPP: "TPP" keeps the two apart on the map.
  WRI1005101: 'Zaporizhzhia TPP', // "Zaporizhia power station"
  WRI1005123: 'Kyiv HPP', // "Kiev"
  WRI1005124: 'Kyiv PSPP', // "Kiev (pumped storage)"
  WRI1005125: 'Kyiv CHP-5', // "Kiev CHP-5"
  WRI1005126: 'Kharkiv CHP-5', // "Karkov CHP-5"
  WRI1005120: 'Dnipro HPP-2', // "Dneipro HPP 2"
  WRI1005119: 'Middle Dnipro HPP', // "Dniprodzerzhynsk", the plant's name before 2016
  WRI1005121: 'Kremenchuk HPP', // "Kremenchug"
  WRI1005118: 'Kakhovka HPP', // "Kakhovka"
  WRI1005122: 'Kaniv HPP', // "Kaniv"
  WRI1005115: 'Dnister HPP', // "Dniester"
  WRI1005116: 'Dnister PSPP', // "Dniester (pumped storage)"
  WRI1005117: 'Tashlyk PSPP', // "Tashlyk"
  WRI1005109: 'Sloviansk power station', // "Slavyansk power station"
  WRI1005104: 'Kurakhove power station', // "Kurakhov power station"
  WRI1005106: 'Zuivka power station', // "Zuevskaya power station"
  WRI1005107: 'Vuhlehirska power station', // "Vuglegirska power station"
  WRI1005108: 'Myronivska power station', // "Mironovskaya"
};
