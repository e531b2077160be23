// `g5plan pathloss` end to end (contract section 5): JSON Lines on stdin, one JSON line out per case.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function g5plan(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['bin/g5plan.mjs', 'pathloss', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  const lines = () => r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

const EXAMPLE = '{"model":"38901-uma","los":false,"fc_ghz":3.5,"d2d_m":500,"d3d_m":501.2,"h_bs_m":25,"h_ut_m":1.5}';

describe('g5plan pathloss', () => {
  it('the contract example line: UMa NLOS = 13.54 + 39.08 log10(501.2) + 20 log10(3.5) = 129.9378 dB (TR 38.901 Table 7.4.1-1)', () => {
    const r = g5plan([], EXAMPLE + '\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [line] = r.lines();
    expect(r.lines()).toHaveLength(1);
    expect(Object.keys(line)).toEqual(['pl_db']);
    expect(line.pl_db).toBeCloseTo(129.9378, 3);
  });

  it('one line out per case, in order; bad lines give errors naming line and field; blank lines are skipped', () => {
    const input = [
      EXAMPLE, // 1
      '', // 2: skipped
      '{"model":"38901-uma","los":false,"fc_ghz":3.5,"d2d_m":6000,"d3d_m":6000.05,"h_bs_m":25,"h_ut_m":1.5}', // 3
      '{"model":"38901-uma","los":false,"fc_ghz":3.5,"d2d_m":6000,"d3d_m":6000.05,"h_bs_m":25,"h_ut_m":1.5,"extrapolate":true}', // 4
      '{"model":"fspl","los":null,"fc_ghz":3.5,"d2d_m":999.6,"d3d_m":1000,"h_bs_m":30,"h_ut_m":1.5}', // 5
      '{"model":"fspl', // 6: truncated JSON
      '{"model":"38901-rma","los":null,"fc_ghz":3.5,"d2d_m":100,"d3d_m":105.5,"h_bs_m":35,"h_ut_m":1.5}', // 7
      '{"model":"cost231-hata","los":false,"fc_ghz":1.8,"d2d_m":3000,"d3d_m":3000,"h_bs_m":40,"h_ut_m":1.5}', // 8
      '{"model":"38901-umi","los":true,"fc_ghz":3.5,"d3d_m":50.7,"h_bs_m":10,"h_ut_m":1.5}', // 9: no d2d_m
      '{"model":"itu-p1546","los":null,"fc_ghz":1,"d2d_m":1,"d3d_m":1,"h_bs_m":1,"h_ut_m":1}', // 10
      '{"model":"okumura-hata","los":null,"fc_ghz":0.9,"d2d_m":5000,"d3d_m":5000.2,"h_bs_m":50,"h_ut_m":1.5,"area":"suburban"}', // 11
      '{"model":"38901-uma","los":false,"fc_ghz":3.5,"d2d_m":500,"d3d_m":501.2,"h_bs_m":25,"h_ut_m":"1.5"}', // 12
      '   ', // 13: skipped
      '{"model":"cost231-hata","los":null,"fc_ghz":1.8,"d2d_m":3000,"d3d_m":3000,"h_bs_m":40,"h_ut_m":1.5,"city":"metropolitan"}', // 14
    ].join('\n');
    const r = g5plan([], input);
    expect(r.code).toBe(0);
    expect(r.lines()).toHaveLength(12);
    const [l1, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l14] = r.lines();
    expect(l1.pl_db).toBeCloseTo(129.9378, 3);
    expect(l3).toEqual({ error: 'stdin, line 3: d2d_m 6000 outside UMa NLOS validity 10-5000 m' });
    // 13.54 + 39.08 log10(6000.05) + 10.881361 = 13.54 + 39.08 * 3.778155 + 10.881361 = 13.54 + 147.650292 + 10.881361 = 172.0717
    expect(l4.extrapolated).toBe(true);
    expect(l4.pl_db).toBeCloseTo(172.0717, 3);
    // free space at 1 km, 3.5 GHz: 103.3291 dB
    expect(l5.pl_db).toBeCloseTo(103.3291, 3);
    expect(l6.error).toMatch(/^stdin, line 6: not valid JSON/);
    expect(l7).toEqual({ error: 'stdin, line 7, field "los": must be true or false for model 38901-rma, got null' });
    expect(l8).toEqual({ error: 'stdin, line 8, field "los": must be null for model cost231-hata, got false' });
    expect(l9).toEqual({ error: 'stdin, line 9, field "d2d_m": missing' });
    expect(l10.error).toMatch(/^stdin, line 10, field "model": must be one of 38901-uma, /);
    // Okumura-Hata suburban, hand value in tests/unit/radio/hata.test.ts: 137.0002
    expect(l11.pl_db).toBeCloseTo(137.0002, 3);
    expect(l12).toEqual({ error: 'stdin, line 12, field "h_ut_m": must be a finite number, got "1.5"' });
    // COST-231 metropolitan, hand value in tests/unit/radio/hata.test.ts: 153.9303
    expect(l14.pl_db).toBeCloseTo(153.9303, 3);
  });

  it('accepts --json and CRLF line ends; keeps order over many lines', () => {
    const n = 1500;
    const input = Array.from({ length: n }, (_, i) => {
      const d2d = 10 + i * 3;
      return JSON.stringify({ model: 'fspl', los: null, fc_ghz: 3.5, d2d_m: d2d, d3d_m: Math.hypot(d2d, 28.5), h_bs_m: 30, h_ut_m: 1.5 });
    }).join('\r\n');
    const r = g5plan(['--json'], input);
    expect(r.code).toBe(0);
    expect(r.lines()).toHaveLength(n);
    const values = r.lines().map((l) => l.pl_db as number);
    expect(values.every((v, i) => i === 0 || v > values[i - 1])).toBe(true);
  });

  it('--help prints usage; an unknown flag is a user error on one stderr line', () => {
    const help = g5plan(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: g5plan pathloss/);
    const bad = g5plan(['--frequency', '3.5']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^g5plan pathloss: Unknown option '--frequency'/);
  });
});
