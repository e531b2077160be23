// Contract section 8 corrections to `g5plan pathloss`: free space with heights 0, and "want":"p_los".
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(input: string): Array<Record<string, unknown>> {
  const r = spawnSync(process.execPath, ['bin/g5plan.mjs', 'pathloss'], { cwd: ROOT, input, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('g5plan pathloss, contract section 8', () => {
  it('fspl accepts heights 0: only d3D matters (20 log10(4 pi 1000 m 3.5 GHz / c) = 103.3291 dB)', () => {
    const [a, b, c] = run([
      '{"model":"fspl","los":null,"fc_ghz":3.5,"d2d_m":1000,"d3d_m":1000,"h_bs_m":0,"h_ut_m":0}',
      '{"model":"fspl","los":null,"fc_ghz":3.5,"d2d_m":1000,"d3d_m":1000,"h_bs_m":-1,"h_ut_m":0}',
      '{"model":"38901-rma","los":true,"fc_ghz":3.5,"d2d_m":1000,"d3d_m":1000,"h_bs_m":0,"h_ut_m":1.5}',
    ].join('\n'));
    expect(a.pl_db).toBeCloseTo(103.3291, 4);
    expect(b.error).toBe('stdin, line 2: h_bs_m must be >= 0, got -1');
    expect(c.error).toBe('stdin, line 3: h_bs_m must be > 0, got 0');
  });

  it('"want":"p_los" answers TR 38.901 Table 7.4.2-1, worked by hand', () => {
    const out = run([
      // UMa, d2D = 100 m, hUT = 1.5 m: 18/100 + exp(-100/63)(1 - 18/100) = 0.18 + 0.204477 * 0.82 = 0.347671
      '{"want":"p_los","model":"38901-uma","los":false,"fc_ghz":3.5,"d2d_m":100,"d3d_m":102,"h_bs_m":25,"h_ut_m":1.5}',
      // UMa at hUT = 18 m: C' = (5/10)^1.5 = 0.353553; x (1 + 0.353553 * 5/4 * 1 * exp(-2/3)) = 0.347671 * 1.226900 = 0.426558
      '{"want":"p_los","model":"38901-uma","d2d_m":100,"h_ut_m":18}',
      // UMi: 0.18 + exp(-100/36) * 0.82 = 0.230985 (fc_ghz omitted)
      '{"want":"p_los","model":"38901-umi","los":true,"d2d_m":100,"h_ut_m":1.5}',
      // RMa: exp(-(1010 - 10)/1000) = exp(-1) = 0.367879
      '{"want":"p_los","model":"38901-rma","los":null,"d2d_m":1010,"h_ut_m":1.5}',
      // d2D <= 18 m: 1
      '{"want":"p_los","model":"38901-uma","d2d_m":15,"h_ut_m":1.5}',
      '{"want":"p_los","model":"fspl","los":null,"d2d_m":100,"h_ut_m":1.5}',
      '{"want":"p_los","model":"38901-uma","d2d_m":100,"h_ut_m":30}',
      '{"want":"p_los","model":"38901-uma","h_ut_m":1.5}',
      '{"want":"loss","model":"38901-uma","d2d_m":100,"h_ut_m":1.5}',
    ].join('\n'));
    expect(Object.keys(out[0])).toEqual(['p_los']);
    expect(out[0].p_los).toBeCloseTo(0.347671, 6);
    expect(out[1].p_los).toBeCloseTo(0.426558, 6);
    expect(out[2].p_los).toBeCloseTo(0.230985, 6);
    expect(out[3].p_los).toBeCloseTo(0.367879, 6);
    expect(out[4].p_los).toBe(1);
    expect(out[5].error).toMatch(/^stdin, line 6, field "model": want "p_los" needs a 38.901 model/);
    expect(out[6].error).toBe('stdin, line 7: h_ut_m 30 outside UMa LOS probability validity 0-23 m');
    expect(out[7].error).toBe('stdin, line 8, field "d2d_m": missing');
    expect(out[8].error).toMatch(/^stdin, line 9, field "want": must be "p_los"/);
  });
});
