// NPRB from 3GPP TS 38.101-1 Table 5.3.2-1 (FR1 maximum transmission bandwidth configuration).
import { describe, expect, it } from 'vitest';
import { nprbFor } from '../../../src/engine/radio/index.ts';

describe('NPRB (TS 38.101-1 Table 5.3.2-1)', () => {
  it('contract examples: 100 MHz @ 30 kHz = 273, 30 MHz @ 15 kHz = 160', () => {
    expect(nprbFor(100, 30)).toBe(273);
    expect(nprbFor(30, 15)).toBe(160);
  });
  it('more table cells: 20 MHz @ 15 = 106, 50 MHz @ 15 = 270, 40 MHz @ 30 = 106, 100 MHz @ 60 = 135, 10 MHz @ 60 = 11', () => {
    expect(nprbFor(20, 15)).toBe(106);
    expect(nprbFor(50, 15)).toBe(270);
    expect(nprbFor(40, 30)).toBe(106);
    expect(nprbFor(100, 60)).toBe(135);
    expect(nprbFor(10, 60)).toBe(11);
  });
  it('the 35 and 45 MHz columns: 188/242 @ 15, 92/119 @ 30, 44/58 @ 60', () => {
    expect([nprbFor(35, 15), nprbFor(45, 15)]).toEqual([188, 242]);
    expect([nprbFor(35, 30), nprbFor(45, 30)]).toEqual([92, 119]);
    expect([nprbFor(35, 60), nprbFor(45, 60)]).toEqual([44, 58]);
  });
  it('N/A cells throw: 60 MHz @ 15 kHz and 5 MHz @ 60 kHz', () => {
    expect(() => nprbFor(60, 15)).toThrow(/N\/A in TS 38.101-1 Table 5.3.2-1/);
    expect(() => nprbFor(5, 60)).toThrow(RangeError);
  });
  it('bandwidths and SCS outside the table throw', () => {
    expect(() => nprbFor(55, 30)).toThrow(/bandwidthMhz must be one of/);
    expect(() => nprbFor(100, 120)).toThrow(/scsKhz must be 15, 30 or 60/);
  });
});
