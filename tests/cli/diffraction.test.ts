// `g5plan diffraction` end to end (contract section 8): JSON Lines paths in, one JSON line out per path.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['bin/g5plan.mjs', 'diffraction', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('g5plan diffraction', () => {
  it('answers each path in order; malformed lines give an error line and the run goes on', () => {
    const input = [
      // The two-obstacle path of tests/unit/radio/delta-bullington.test.ts: Ld = Lbulla = 38.7033 dB.
      '{"f_ghz":3,"d_km":[0,3,7,10],"h_m":[0,60,50,0],"hts_m":20,"hrs_m":10}',
      '{"f_ghz":3,"d_km":[0,3,7,10],"h_m":[0,60,50],"hts_m":20,"hrs_m":10}',
      '{"f_ghz":3,"d_km":[0,3,3,10],"h_m":[0,60,50,0],"hts_m":20,"hrs_m":10}',
      '{"f_ghz":3,"d_km":[0,3,7,10]',
      '',
      '{"f_ghz":0.9,"d_km":[0,10,20,30,40],"h_m":[0,0,0,0,0],"hts_m":30,"hrs_m":1.5,"pol":"x"}',
      '{"f_ghz":0.9,"d_km":[0,10,20,30,40],"h_m":[0,0,0,0,0],"hts_m":30,"hrs_m":1.5,"pol":"h","sea_fraction":1,"ae_km":8495,"h_terrain_m":[0,0,0,0,0]}',
      '{"f_ghz":3,"d_km":[1,3,7,10],"h_m":[0,60,50,0],"hts_m":20,"hrs_m":10,"sea_fraction":2}',
    ].join('\n');
    const r = run([], input + '\n');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(7);
    const [a, b, c, d, e, f, g] = r.lines;
    expect(Object.keys(a)).toEqual(['ld_db', 'lbulla_db', 'lbulls_db', 'ldsph_db']);
    expect(a.ld_db).toBeCloseTo(38.7033, 3);
    expect(a.lbulls_db).toBe(0);
    expect(b.error).toBe('stdin, line 2, field "h_m": has 3 points but d_km has 4');
    expect(c.error).toBe('stdin, line 3, field "d_km": must increase: element 2 (3) is not greater than element 1 (3)');
    expect(d.error).toMatch(/^stdin, line 4: not valid JSON/);
    expect(e.error).toBe('stdin, line 6, field "pol": must be one of h, v, got "x"');
    expect(f.ld_db).toBeGreaterThan(0);
    expect(f.ld_db).toBe(f.ldsph_db);
    expect(g.error).toBe('stdin, line 8, field "d_km": must start at 0 (the transmitter), got 1');
  });

  it('--help prints the usage', () => {
    const r = spawnSync(process.execPath, ['bin/g5plan.mjs', 'diffraction', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: g5plan diffraction/);
  });
});
