import * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
// 1904 system: serial = days since 1904-01-01; 2024-03-01 = 45352 - 1462
const d = (s: number, z = 'yyyy-mm'): XLSX.CellObject => ({ t: 'n', v: s - 1462, z });
const rows = [['社区', '期间', '常住人口'], ['东湖社区', d(45352), 3000], ['东湖社区', d(45383, 'yyyy"年"m"月"'), 3010], ['西山社区', d(45352, 'm"月"'), 4000], ['西山社区', d(45366, 'yyyy/m/d'), 4010]];
const ws = XLSX.utils.aoa_to_sheet(rows);
const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, ws, '数据');
wb.Workbook = { WBProps: { date1904: true } };
for (const t of ['xlsx', 'biff8', 'xlsb', 'ods'] as const) writeFileSync(`/tmp/h45w/mac-咸水沽镇2024年.${t === 'biff8' ? 'xls' : t}`, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: t })));
