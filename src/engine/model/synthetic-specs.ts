// Which action plans have a seeded synthetic plan generator (src/engine/synthetic/province-plans.ts):
// plan id, the dataset it covers, the id prefix and the seed. Data only, so the app may read it.
export interface ProvinceSynthetic { planId: string; dataset: string; idPrefix: string; seed: number }

export const PROVINCE_SYNTHETIC: readonly ProvinceSynthetic[] = [
  { planId: 'gansu-2020-2022', dataset: 'gansu', idPrefix: 'GS', seed: 20201231 },
  { planId: 'shaanxi-2021-2023', dataset: 'shaanxi', idPrefix: 'SX', seed: 20231231 },
];
