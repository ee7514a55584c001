import fs from 'node:fs';
import * as martinez from 'martinez-polygon-clipping';
import * as polyclip from 'polyclip-ts';
const dir = '.cache/pipeline';
const f = fs.readdirSync(dir).find((x) => x.startsWith('cut-') && x.endsWith('.cache'))!;
const buf = fs.readFileSync(`${dir}/${f}`);
const { geometries, lists, byDay, dates } = JSON.parse(buf.subarray(65).toString());
const prev = new Map<string, number>();
const out: string[] = [];
let tried = 0;
for (let i = 0; i < dates.length; i++) {
  const list = lists[byDay[i]] as [string, string, number][];
  for (const [u, s, g] of list) {
    const k = `${u}|${s}`;
    const p = prev.get(k);
    prev.set(k, g);
    if (p === undefined || p === g) continue;
    tried++;
    const a = geometries[p].coordinates, b = geometries[g].coordinates;
    const errs: string[] = [];
    for (const op of ['union', 'diff', 'intersection', 'xor'] as const) {
      try { martinez[op](a, b); } catch (e) { errs.push(`martinez.${op}: ${(e as Error).message}`); }
    }
    if (errs.length) {
      for (const op of ['union', 'difference', 'intersection', 'xor'] as const) {
        try { (polyclip as any)[op](a, b); } catch (e) { errs.push(`polyclip.${op}: ${(e as Error).message}`); }
      }
      const line = `${dates[i - 1]}→${dates[i]} ${k} verts ${JSON.stringify(a).length}/${JSON.stringify(b).length}: ${errs.join('; ')}`;
      console.log(line);
      out.push(line);
    }
  }
}
console.log('tried', tried, 'failures', out.length);
