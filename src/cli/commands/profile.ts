/**
 * `g5plan profile` (contract section 8): the link from a site's antenna to a user 1.5 m above
 * ground at LON,LAT over the terrain: samples (ground, line of sight, first Fresnel radius),
 * clearance, obstruction, terrain diffraction loss, path loss and RSRP.
 */
import { linkProfile } from '../../engine/terrain/link-profile.ts';
import type { SitePathLossModel } from '../../engine/radio/index.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { printJson } from '../io.ts';
import { RADIO_HELP, RADIO_OPTIONS, radioSettingsFrom } from '../radio-options.ts';
import { readSitesFile, SITES_FILE_OPTIONS } from '../sites-file.ts';
import { PATTERN_HELP, PATTERN_OPTIONS, loadPatterns } from '../pattern-options.ts';
import { TERRAIN_HELP, TERRAIN_OPTIONS, coverageTerrain, terrainJson } from '../terrain-options.ts';
import { UserError } from '../user-error.ts';

const OPTIONS = {
  sites: { type: 'string' }, crs: { type: 'string' }, site: { type: 'string' }, to: { type: 'string' }, sector: { type: 'string' },
  help: { type: 'boolean' }, ...RADIO_OPTIONS, ...TERRAIN_OPTIONS, ...PATTERN_OPTIONS,
} as const;

const HELP = `g5plan profile --sites FILE --site ID --to LON,LAT [--dem FILE... | --terrain coarse] [--sector N] [--json]
  --sites FILE      GeoJSON or CSV sites
  --site ID         the transmitting site
  --to LON,LAT      the user (1.5 m above ground), WGS-84 degrees
  --sector N        sector index (0-based); default the sector with the best gain toward the user
${RADIO_HELP}${TERRAIN_HELP}${PATTERN_HELP}A site with model "auto" is computed as RMa here (the profile has no settlement areas).
`;

function parseLonLat(text: string): [number, number] {
  const parts = text.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || !parts.every(Number.isFinite) || Math.abs(parts[0]) > 180 || Math.abs(parts[1]) > 90) {
    throw new UserError(`--to must be LON,LAT in degrees (e.g. 115.03,35.76), got "${text}"`);
  }
  return parts as [number, number];
}

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'profile');
  if (o.help) { process.stdout.write(HELP); return 0; }
  const settings = radioSettingsFrom(o);
  const to = parseLonLat(requireOption(o.to, 'to'));
  const sitesPath = requireOption(o.sites, 'sites');
  const id = requireOption(o.site, 'site');
  const sites = await readSitesFile(sitesPath, o);
  const site = sites.find((s) => s.id === id);
  if (!site) throw new UserError(`${sitesPath}: no site with id "${id}"`);
  const sector = parseNumberOption(o.sector, 'sector', 0, Math.max(0, site.sectors.length - 1));
  if (sector !== undefined && (!Number.isInteger(sector) || site.sectors.length === 0)) throw new UserError(`--sector ${o.sector}: site ${id} has ${site.sectors.length} sectors`);
  const terrain = await coverageTerrain(o, settings);
  const patterns = loadPatterns(o.patterns, [site], sitesPath);
  const model: SitePathLossModel = site.model === 'auto' ? '38901-rma' : site.model;
  let r;
  try {
    r = linkProfile({ site, model, toLonLat: to, terrain, settings, sector, patterns });
  } catch (e) {
    if (e instanceof RangeError) throw new UserError(`site ${id}: ${e.message}`);
    throw e;
  }
  const doc = {
    distanceKm: r.distanceKm, samples: r.samples, clearanceM: r.clearanceM, obstructed: r.obstructed, diffractionDb: r.diffractionDb,
    pathLossDb: r.pathLossDb, rsrpDbm: r.rsrpDbm, terrain: terrainJson(terrain), sector: r.sector, model: r.model,
  };
  if (o.json) { printJson(doc); return 0; }
  process.stdout.write([
    `链路剖面 link profile: ${id} -> ${to.join(',')}, ${r.distanceKm.toFixed(3)} km, model ${r.model}${r.sector === null ? ', omni' : `, sector ${r.sector}`}`,
    `  terrain: ${terrain ? `${terrain.source} (${terrain.resM} m)` : 'flat'}`,
    `  clearance ${r.clearanceM.toFixed(1)} m, ${r.obstructed ? 'obstructed' : 'clear'}, diffraction ${r.diffractionDb.toFixed(2)} dB`,
    `  path loss ${r.pathLossDb.toFixed(2)} dB, RSRP ${r.rsrpDbm.toFixed(2)} dBm`,
  ].join('\n') + '\n');
  return 0;
}
