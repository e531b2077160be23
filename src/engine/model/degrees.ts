/**
 * A coordinate cell -> decimal degrees: "115.0321", or degrees-minutes-seconds as surveys and
 * tower-company sheets write them ("115°01'55.6\"", "115度1分55.6秒", "115:01:55.6", with an
 * optional E/N/东经/北纬). Null when it is neither.
 */
export function parseDegrees(raw: string): number | null {
  const cell = raw.trim().replace(/^(东经|北纬|E|N)\s*/i, '').replace(/\s*(E|N)$/i, '');
  if (cell === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  const m = /^(-?\d+(?:\.\d+)?)\s*[°度:]\s*(?:(\d+(?:\.\d+)?)\s*['′分:]?\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″秒]|'')?)?$/.exec(cell);
  if (!m) return null;
  const deg = Number(m[1]), min = Number(m[2] ?? 0), sec = Number(m[3] ?? 0);
  if (min >= 60 || sec >= 60) return null;
  const v = Math.abs(deg) + min / 60 + sec / 3600;
  return deg < 0 || m[1].startsWith('-') ? -v : v;
}
