/**
 * Validation of sectors[].pattern against the imported antenna patterns (issue 14 section 4):
 * the first sector naming a pattern that was not imported, for one clear message (CLI and app).
 */
export function missingPattern(
  sites: readonly { id: string; sectors: readonly { pattern?: string }[] }[], patterns: Record<string, unknown> | undefined,
): { siteId: string; sector: number; pattern: string } | null {
  for (const site of sites) {
    const i = site.sectors.findIndex((sec) => sec.pattern !== undefined && !patterns?.[sec.pattern]);
    if (i >= 0) return { siteId: site.id, sector: i, pattern: site.sectors[i].pattern! };
  }
  return null;
}
