// A hand-made schematic tile map of Ukraine: one square per oblast (plus Crimea, Sevastopol and the
// city of Kyiv) and the neighbouring Russian border regions, placed roughly where they lie
// (column = west → east, row = north → south). Not a geographic map: a grid for colouring.

export interface MapTile {
  code: string;
  /** Short label drawn in the tile. */
  label: string;
  name: string;
  col: number;
  row: number;
  /** Russian regions are drawn apart (dashed). */
  foreign?: boolean;
}

export const MAP_TILES: MapTile[] = [
  { code: 'RU-BRY', label: 'BRY', name: 'Bryansk', col: 5, row: 0, foreign: true },
  { code: 'RU-KRS', label: 'KRS', name: 'Kursk', col: 6, row: 0, foreign: true },
  { code: 'RU-BEL', label: 'BEL', name: 'Belgorod', col: 7, row: 0, foreign: true },
  { code: 'RU-VOR', label: 'VOR', name: 'Voronezh', col: 8, row: 0, foreign: true },
  { code: 'RU-ROS', label: 'ROS', name: 'Rostov', col: 9, row: 3, foreign: true },
  { code: 'UA-07', label: 'Volyn', name: 'Volyn', col: 1, row: 1 },
  { code: 'UA-56', label: 'Rivne', name: 'Rivne', col: 2, row: 1 },
  { code: 'UA-18', label: 'Zhytomyr', name: 'Zhytomyr', col: 3, row: 1 },
  { code: 'UA-32', label: 'Kyiv obl.', name: 'Kyiv Oblast', col: 4, row: 1 },
  { code: 'UA-74', label: 'Chernihiv', name: 'Chernihiv', col: 5, row: 1 },
  { code: 'UA-59', label: 'Sumy', name: 'Sumy', col: 6, row: 1 },
  { code: 'UA-46', label: 'Lviv', name: 'Lviv', col: 0, row: 2 },
  { code: 'UA-61', label: 'Ternopil', name: 'Ternopil', col: 1, row: 2 },
  { code: 'UA-68', label: 'Khmelnyts.', name: 'Khmelnytskyi', col: 2, row: 2 },
  { code: 'UA-05', label: 'Vinnytsia', name: 'Vinnytsia', col: 3, row: 2 },
  { code: 'UA-30', label: 'Kyiv', name: 'Kyiv (city)', col: 4, row: 2 },
  { code: 'UA-71', label: 'Cherkasy', name: 'Cherkasy', col: 5, row: 2 },
  { code: 'UA-53', label: 'Poltava', name: 'Poltava', col: 6, row: 2 },
  { code: 'UA-63', label: 'Kharkiv', name: 'Kharkiv', col: 7, row: 2 },
  { code: 'UA-09', label: 'Luhansk', name: 'Luhansk', col: 8, row: 2 },
  { code: 'UA-21', label: 'Zakarpat.', name: 'Zakarpattia', col: 0, row: 3 },
  { code: 'UA-26', label: 'Ivano-Fr.', name: 'Ivano-Frankivsk', col: 1, row: 3 },
  { code: 'UA-77', label: 'Chernivtsi', name: 'Chernivtsi', col: 2, row: 3 },
  { code: 'UA-51', label: 'Odesa', name: 'Odesa', col: 3, row: 3 },
  { code: 'UA-35', label: 'Kirovohrad', name: 'Kirovohrad', col: 4, row: 3 },
  { code: 'UA-12', label: 'Dnipro', name: 'Dnipropetrovsk', col: 5, row: 3 },
  { code: 'UA-23', label: 'Zaporizh.', name: 'Zaporizhzhia', col: 6, row: 3 },
  { code: 'UA-14', label: 'Donetsk', name: 'Donetsk', col: 7, row: 3 },
  { code: 'UA-48', label: 'Mykolaiv', name: 'Mykolaiv', col: 4, row: 4 },
  { code: 'UA-65', label: 'Kherson', name: 'Kherson', col: 5, row: 4 },
  { code: 'UA-40', label: 'Sevastopol', name: 'Sevastopol', col: 4, row: 5 },
  { code: 'UA-43', label: 'Crimea', name: 'Crimea', col: 5, row: 5 },
];
