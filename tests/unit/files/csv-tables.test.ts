// CSV exports (issue 16 section 1): UTF-8 with a BOM, CRLF, headers in the chosen language,
// flat cells (no JSON), station counts beside the money.
import { describe, expect, it } from 'vitest';
import { budgetTable, budgetTables } from '../../../src/engine/files/budget-tables.ts';
import { tableToCsv } from '../../../src/engine/files/table.ts';
import { computeBudget } from '../../../src/engine/subsidy/budget.ts';
import type { SubsidyPolicy } from '../../../src/engine/targets/types.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const POLICY = { perStationYuan: 5000, eligible: { mode: 'SA' }, shares: { province: 0.5, city: 0.25, county: 0.25 } } as unknown as SubsidyPolicy;

describe('tableToCsv', () => {
  it('writes a BOM, CRLF lines and quotes only the cells that need it', () => {
    const csv = tableToCsv({ name: 't', columns: [{ header: '名称' }, { header: '金额（元）' }], rows: [['濮阳, "县城"', 5000], [null, 0.1 + 0.2]] });
    expect(csv).toBe('\ufeff名称,金额（元）\r\n"濮阳, ""县城""",5000\r\n,0.3\r\n');
  });
});

describe('budget tables', () => {
  const sites = [
    makeSite({ id: 'a', operator: 'CMCC', year: 2021, status: 'built', county: '410902' }),
    makeSite({ id: 'b', operator: 'CMCC', year: 2022, status: 'planned', county: '410902' }),
    makeSite({ id: 'c', operator: 'CU+CT', year: 2022, status: 'planned', county: '410922' }),
    makeSite({ id: 'd', operator: 'CT', year: 2022, mode: 'NSA', county: '410922' }), // NSA: no subsidy
  ];
  const report = computeBudget(sites, POLICY);

  it('counts stations beside the money in every grouping (3 SA stations x 5,000 yuan)', () => {
    const [status, year, level, county, operator] = budgetTables(report, 'zh');
    expect(status.rows).toEqual([['built', '已建（已支出）', 1, 5000], ['planned', '规划（预计）', 2, 10000], ['total', '合计', 3, 15000]]);
    expect(year.rows).toEqual([['2021', '2021', 1, 5000], ['2022', '2022', 2, 10000]]);
    // Each level pays its share of all three stations: province 15,000 x 0.5.
    expect(level.rows[0]).toEqual(['province', '省级', 3, 7500, 0.5]);
    expect(county.rows).toEqual([['410902', '410902', 2, 10000], ['410922', '410922', 1, 5000]]);
    expect(operator.rows).toEqual([['CMCC', '中国移动', 2, 10000], ['CU+CT', '联通电信共建', 1, 5000]]);
  });

  it('stacks into one flat CSV table, Chinese or English headers', () => {
    const zh = tableToCsv(budgetTable(report, 'zh')).split('\r\n');
    expect(zh[0]).toBe('\ufeff分表,代码,名称,站数,金额（元）,分担比例');
    expect(zh).toContain('按运营商,CMCC,中国移动,2,10000,');
    const en = tableToCsv(budgetTable(report, 'en')).split('\r\n');
    expect(en[0]).toBe('\ufefftable,key,name,stations,yuan,share');
    expect(en).toContain('by fiscal level,city,city,3,3750,0.25');
    expect(zh.join('')).not.toMatch(/[{}[\]]/);
  });
});
