/**
 * NPRB, the maximum transmission bandwidth configuration of an NR carrier, from 3GPP TS 38.101-1
 * Table 5.3.2-1 (FR1), for channel bandwidths 5-100 MHz and SCS 15/30/60 kHz. Combinations the
 * table marks N/A (e.g. 60 MHz at 15 kHz, 5 MHz at 60 kHz) throw a RangeError.
 */

const BANDWIDTHS_MHZ = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100] as const;

/** Rows of Table 5.3.2-1 in BANDWIDTHS_MHZ order; null = N/A. */
const NPRB_BY_SCS_KHZ: Record<15 | 30 | 60, readonly (number | null)[]> = {
  15: [25, 52, 79, 106, 133, 160, 188, 216, 242, 270, null, null, null, null, null],
  30: [11, 24, 38, 51, 65, 78, 92, 106, 119, 133, 162, 189, 217, 245, 273],
  60: [null, 11, 18, 24, 31, 38, 44, 51, 58, 65, 79, 93, 107, 121, 135],
};

export function nprbFor(bandwidthMhz: number, scsKhz: number): number {
  const row = NPRB_BY_SCS_KHZ[scsKhz as 15 | 30 | 60];
  if (!row) throw new RangeError(`scsKhz must be 15, 30 or 60 (TS 38.101-1 Table 5.3.2-1, FR1), got ${scsKhz}`);
  const column = BANDWIDTHS_MHZ.indexOf(bandwidthMhz as (typeof BANDWIDTHS_MHZ)[number]);
  if (column < 0) {
    throw new RangeError(`bandwidthMhz must be one of ${BANDWIDTHS_MHZ.join(', ')} (TS 38.101-1 Table 5.3.2-1), got ${bandwidthMhz}`);
  }
  const nprb = row[column];
  if (nprb === null) throw new RangeError(`${bandwidthMhz} MHz at ${scsKhz} kHz is not a valid NR carrier (N/A in TS 38.101-1 Table 5.3.2-1)`);
  return nprb;
}
