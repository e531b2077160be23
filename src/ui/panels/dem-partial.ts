// The app's warning for a DEM that covers only part of the study area: which part is treated as
// flat, as `g5plan coverage --dem` says it (terrainCoverage in the engine, run in the terrain worker).
import { formatNumber, formatPercent, t } from '../i18n.ts';
import { terrainWorker } from '../io/terrain-client.ts';

export async function demPartialText(terrainSource: string, box: [number, number, number, number]): Promise<string | null> {
  const c = await terrainWorker().coverage(terrainSource, box);
  if (!c?.missing) return null;
  const [w, s, e, n] = c.missing;
  return t('demPartial').replace('{share}', formatPercent(c.share))
    .replace('{w}', formatNumber(w, 3)).replace('{e}', formatNumber(e, 3)).replace('{s}', formatNumber(s, 3)).replace('{n}', formatNumber(n, 3));
}
