// Sector antenna pattern, 3GPP TR 38.901 V17 Table 7.3-1 (relative to peak, dB), with the
// contract's tilt convention: AV = -min(12 ((theta - 90 - tilt)/theta3dB)^2, 30), theta = zenith angle.
import { describe, expect, it } from 'vitest';
import {
  azimuthOffsetDeg, bearingDeg, horizontalGainDb, sectorGainDb, sectorGainTowardDb, verticalGainDb, wrapDeg180,
  zenithAngleDeg,
} from '../../../src/engine/radio/index.ts';

describe('horizontal AH(phi) = -min(12 (phi/phi3dB)^2, 30), phi3dB = 65 deg', () => {
  it('boresight: 0 dB (positive zero)', () => expect(horizontalGainDb(0, 65)).toBe(0));
  it('30 deg: -12 * (30/65)^2 = -12 * 0.213018 = -2.5562 dB', () => expect(horizontalGainDb(30, 65)).toBeCloseTo(-2.556213, 6));
  it('at the half-power beamwidth (65 deg): -12 dB', () => expect(horizontalGainDb(-65, 65)).toBeCloseTo(-12, 9));
  it('120 deg: 12 * (120/65)^2 = 40.9 > 30, capped at -30 dB', () => expect(horizontalGainDb(120, 65)).toBe(-30));
  it('wraps: 350 deg is -10 deg, -12 * (10/65)^2 = -0.284024', () => expect(horizontalGainDb(350, 65)).toBeCloseTo(-0.284024, 6));
});

describe('vertical AV(theta) with down-tilt', () => {
  it('theta = 90 + tilt (beam centre): 0 dB', () => expect(verticalGainDb(96, 6, 10)).toBe(0));
  it('horizon, tilt 6, theta3dB 10: -12 * (-6/10)^2 = -4.32 dB', () => expect(verticalGainDb(90, 6, 10)).toBeCloseTo(-4.32, 9));
  it('user 200 m from a 30 m mast (hUT 1.5): theta = 90 + atan(28.5/200) = 98.110048; -12 * (2.110048/10)^2 = -0.534276', () => {
    const theta = zenithAngleDeg(200, 30, 1.5);
    expect(theta).toBeCloseTo(98.110048, 5);
    expect(verticalGainDb(theta, 6, 10)).toBeCloseTo(-0.534276, 5);
  });
  it('straight below the mast: theta = 180, capped at -30 dB', () => {
    expect(zenithAngleDeg(0, 30, 1.5)).toBe(180);
    expect(verticalGainDb(180, 6, 10)).toBe(-30);
  });
});

describe('combined A = -min(-(AV + AH), 30)', () => {
  it('phi 30, theta 98.110048, tilt 6: -(2.556213 + 0.534276) = -3.0905 dB', () => {
    expect(sectorGainDb(30, 98.110048, 6, 65, 10)).toBeCloseTo(-3.090489, 5);
  });
  it('phi 50, theta 110: AH = -7.100592, AV = -23.52, sum -30.62 -> capped at -30', () => {
    expect(sectorGainDb(50, 110, 6, 65, 10)).toBe(-30);
  });
  it('on boresight and beam centre: 0 dB', () => expect(sectorGainDb(0, 96, 6, 65, 10)).toBe(0));
});

describe('angles', () => {
  it('wrapDeg180 maps into [-180, 180)', () => {
    expect(wrapDeg180(190)).toBe(-170);
    expect(wrapDeg180(-190)).toBe(170);
    expect(wrapDeg180(180)).toBe(-180);
    expect(wrapDeg180(720 + 45)).toBe(45);
  });
  it('azimuth offset of bearing 10 from a sector at 350 is +20', () => expect(azimuthOffsetDeg(10, 350)).toBe(20));
  it('bearing: east = 90, south = 180, west = 270', () => {
    expect(bearingDeg(100, 0)).toBe(90);
    expect(bearingDeg(0, -100)).toBe(180);
    expect(bearingDeg(-100, 0)).toBe(270);
  });
  it('sectorGainTowardDb: sector at 120 deg, user at bearing 150 deg and theta 98.110048 -> -3.0905 dB', () => {
    const sector = { azimuthDeg: 120, tiltDeg: 6, hBeamwidthDeg: 65, vBeamwidthDeg: 10 };
    expect(sectorGainTowardDb(sector, 150, 98.110048)).toBeCloseTo(-3.090489, 5);
  });
});
