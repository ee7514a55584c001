import fs from 'node:fs';
import * as martinez from 'martinez-polygon-clipping';
import * as polyclip from 'polyclip-ts';
const dir = '.cache/pipeline';
const f = fs.readdirSync(dir).find((x) => x.startsWith('cut-') && x.endsWith('.cache'))!;
const { geometries, lists, byDay, dates } = JSON.parse(fs.readFileSync(`${dir}/${f}`).subarray(65).toString());
const maxLen = Number(process.argv[2] ?? 8000);
const prev = new Map<string, number>();
let tried = 0;
for (let i = 0; i < dates.length; i++) {
  for (const [u, s, g] of lists[byDay[i]] as [string, string, number][]) {
    const k = `${u}|${s}`;
    const p = prev.get(k);
    prev.set(k, g);
    if (p === undefined || p === g) continue;
    const a = geometries[p].coordinates, b = geometries[g].coordinates;
    if (JSON.stringify(a).length > maxLen || JSON.stringify(b).length > maxLen) continue;
    tried++;
    const errs: string[] = [];
    for (const op of ['union', 'difference', 'intersection', 'xor'] as const) {
      try { (polyclip as any)[op](a, b); } catch (e) { errs.push(`polyclip.${op}: ${(e as Error).message.slice(0, 80)}`); }
    }
    if (!errs.length) continue;
    for (const op of ['union', 'diff', 'intersection', 'xor'] as const) {
      try { martinez[op](a, b); } catch (e) { errs.push(`martinez.${op}: ${(e as Error).message.slice(0, 60)}`); }
    }
    console.log(`${dates[i - 1]}→${dates[i]} ${k} ${JSON.stringify(a).length}/${JSON.stringify(b).length}: ${errs.join('; ')}`);
  }
}
console.log('tried', tried);
