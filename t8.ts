import * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
import { scaledFormatsBook } from './tests/fixtures/workbooks/make-workbooks';
const wb = XLSX.read(scaledFormatsBook(), { type: 'array', cellNF: true });
for (const [t, e] of [['xlsb', 'xlsb'], ['xlml', 'xls'], ['biff8', 'xls'], ['ods', 'ods'], ['html', 'xls']] as const) writeFileSync(`/tmp/h45w/sf-${t}-咸水沽镇2024年3月.${e}`, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: t }) as ArrayBuffer));
