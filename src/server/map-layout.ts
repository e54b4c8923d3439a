// A hand-made schematic tile map of Ukraine: one square per oblast (plus Crimea, Sevastopol and the
// city of Kyiv) and the neighbouring Russian border regions, placed roughly where they lie
// (column = west → east, row = north → south). Not a geographic map: a grid for colouring.

export interface MapTile {
  code: string;
  /** Short label drawn in the tile. */
  label: string;
  /** Three letters, for the phone layout's small tiles (the name and code are in the tile's title and the table). */
  abbr: string;
  name: string;
  col: number;
  row: number;
  /** Russian regions are drawn apart (dashed). */
  foreign?: boolean;
}

export const MAP_TILES: MapTile[] = [
  { code: 'RU-BRY', abbr: 'BRY', label: 'BRY', name: 'Bryansk', col: 5, row: 0, foreign: true },
  { code: 'RU-KRS', abbr: 'KRS', label: 'KRS', name: 'Kursk', col: 6, row: 0, foreign: true },
  { code: 'RU-BEL', abbr: 'BEL', label: 'BEL', name: 'Belgorod', col: 7, row: 0, foreign: true },
  { code: 'RU-VOR', abbr: 'VOR', label: 'VOR', name: 'Voronezh', col: 8, row: 0, foreign: true },
  { code: 'RU-ROS', abbr: 'ROS', label: 'ROS', name: 'Rostov', col: 9, row: 3, foreign: true },
  { code: 'UA-07', abbr: 'VOL', label: 'Volyn', name: 'Volyn', col: 1, row: 1 },
  { code: 'UA-56', abbr: 'RIV', label: 'Rivne', name: 'Rivne', col: 2, row: 1 },
  { code: 'UA-18', abbr: 'ZHY', label: 'Zhytomyr', name: 'Zhytomyr', col: 3, row: 1 },
  { code: 'UA-32', abbr: 'KYO', label: 'Kyiv obl.', name: 'Kyiv Oblast', col: 4, row: 1 },
  { code: 'UA-74', abbr: 'CHN', label: 'Chernihiv', name: 'Chernihiv', col: 5, row: 1 },
  { code: 'UA-59', abbr: 'SUM', label: 'Sumy', name: 'Sumy', col: 6, row: 1 },
  { code: 'UA-46', abbr: 'LVI', label: 'Lviv', name: 'Lviv', col: 0, row: 2 },
  { code: 'UA-61', abbr: 'TER', label: 'Ternopil', name: 'Ternopil', col: 1, row: 2 },
  { code: 'UA-68', abbr: 'KHM', label: 'Khmelnyts.', name: 'Khmelnytskyi', col: 2, row: 2 },
  { code: 'UA-05', abbr: 'VIN', label: 'Vinnytsia', name: 'Vinnytsia', col: 3, row: 2 },
  { code: 'UA-30', abbr: 'KYI', label: 'Kyiv', name: 'Kyiv (city)', col: 4, row: 2 },
  { code: 'UA-71', abbr: 'CHK', label: 'Cherkasy', name: 'Cherkasy', col: 5, row: 2 },
  { code: 'UA-53', abbr: 'POL', label: 'Poltava', name: 'Poltava', col: 6, row: 2 },
  { code: 'UA-63', abbr: 'KHA', label: 'Kharkiv', name: 'Kharkiv', col: 7, row: 2 },
  { code: 'UA-09', abbr: 'LUH', label: 'Luhansk', name: 'Luhansk', col: 8, row: 2 },
  { code: 'UA-21', abbr: 'ZAK', label: 'Zakarpat.', name: 'Zakarpattia', col: 0, row: 3 },
  { code: 'UA-26', abbr: 'IFR', label: 'Ivano-Fr.', name: 'Ivano-Frankivsk', col: 1, row: 3 },
  { code: 'UA-77', abbr: 'CHV', label: 'Chernivtsi', name: 'Chernivtsi', col: 2, row: 3 },
  { code: 'UA-51', abbr: 'ODE', label: 'Odesa', name: 'Odesa', col: 3, row: 3 },
  { code: 'UA-35', abbr: 'KIR', label: 'Kirovohrad', name: 'Kirovohrad', col: 4, row: 3 },
  { code: 'UA-12', abbr: 'DNI', label: 'Dnipro', name: 'Dnipropetrovsk', col: 5, row: 3 },
  { code: 'UA-23', abbr: 'ZAP', label: 'Zaporizh.', name: 'Zaporizhzhia', col: 6, row: 3 },
  { code: 'UA-14', abbr: 'DON', label: 'Donetsk', name: 'Donetsk', col: 7, row: 3 },
  { code: 'UA-48', abbr: 'MYK', label: 'Mykolaiv', name: 'Mykolaiv', col: 4, row: 4 },
  { code: 'UA-65', abbr: 'KHE', label: 'Kherson', name: 'Kherson', col: 5, row: 4 },
  { code: 'UA-40', abbr: 'SEV', label: 'Sevastopol', name: 'Sevastopol', col: 4, row: 5 },
  { code: 'UA-43', abbr: 'CRI', label: 'Crimea', name: 'Crimea', col: 5, row: 5 },
];
