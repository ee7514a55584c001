/** English messages of the people table, the town names and the asset terms (spread into en.ts). */
export const enPeople = {
  people: 'People and places',
  peopleIntro:
    'Settlements of 1,000 people or more (GeoNames) by who would hold them under this scenario, each counted once, by the point it stands on.',
  peopleCaveat: 'Pre-war population (GeoNames estimates), not today’s residents.',
  peopleLoading: 'Loading settlements…',
  peopleFailed: (detail: string) => `The settlements could not be loaded (${detail}).`,
  peopleCaption: (title: string, date: string) =>
    `Pre-war population under ${title}, against the line of control of ${date}`,
  colPeopleChange: 'Changing hands (net)',
  places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
  townPop: (name: string, pop: string) => `${name} (pre-war ${pop})`,
  townsMore: (n: number) => `and ${n} more`,
  townsToRu: (list: string) => `Would pass to Russian control: ${list}.`,
  townsToUa: (list: string) => `Would return to Ukrainian control: ${list}.`,
  townsDmz: (list: string) => `In the demilitarised zone: ${list}.`,
  kyivFigure: (people: string, date: string) =>
    `Kyiv’s published figure for the part of Donetsk oblast Ukraine holds: about ${people} people living there (President Zelensky, ${date}). It counts residents today; the figures above are pre-war populations of settlements.`,
  assets: 'Named assets in the terms',
  assetsIntro: 'What the proposal says of these, apart from the land they stand on.',
  assetNames: {
    znpp: 'Zaporizhzhia nuclear power plant',
    'kakhovka-dam': 'Kakhovka dam',
    'kinburn-spit': 'Kinburn Spit',
  },
  assetControl: {
    ua: 'Ukraine',
    ru: 'Russia',
    dmz: 'demilitarised',
    open: 'left open',
  },
  assetOperator: {
    us: 'run by the United States',
    ua: 'run by Ukraine',
    ru: 'run by Russia',
    'us-ua': 'run by a US–Ukrainian venture',
    'us-ua-ru': 'run jointly by the US, Ukraine and Russia',
  },
  assetLegend: (asset: string, control: string) => `${asset}: ${control} under the terms`,
} as const;
