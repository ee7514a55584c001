/**
 * Ukraine-held and contested land in Russia (Kursk, Belgorod) by date, from the DeepState archive
 * series. The series lists only days with such land; inside its span, a day it does not list had none.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Status } from '../../src/lib/data/types.ts';
import { DataError, snippet } from '../errors.ts';
import { checkAreal, checkDate } from '../validate.ts';

export interface HeldPart {
  status: Exclude<Status, 'ru'>;
  geometry: MultiPolygon;
}

export interface UaInRussia {
  /** Date → parts held or contested on that date. */
  byDate: Map<string, HeldPart[]>;
  /** Last date the series covers. */
  until: string;
}

const STATUS: Record<string, HeldPart['status']> = { ua_controlled: 'ua', contested: 'contested' };

/** Reads and checks the series. */
export function readUaInRussia(file: string, data: FeatureCollection): UaInRussia {
  const byDate = new Map<string, HeldPart[]>();
  data.features.forEach((f, i) => {
    const label = `feature ${i}`;
    const date = checkDate(f.properties?.date, file, label);
    const status = STATUS[String(f.properties?.status)];
    if (!status)
      throw new DataError(file, `unknown status ${snippet(f.properties?.status)}`, `${label}, ${date}`);
    const areal = checkAreal(f.geometry, file, `${label}, ${date}`);
    const geometry: MultiPolygon =
      areal.type === 'MultiPolygon' ? areal : { type: 'MultiPolygon', coordinates: [areal.coordinates] };
    const parts = byDate.get(date) ?? [];
    parts.push({ status, geometry });
    byDate.set(date, parts);
  });
  if (byDate.size === 0) throw new DataError(file, 'no dated features');
  return { byDate, until: [...byDate.keys()].sort().at(-1)! };
}
