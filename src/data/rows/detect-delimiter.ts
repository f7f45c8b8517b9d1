/**
 * Delimiter and line-ending detection, done by us so papaparse always gets them explicitly
 * (its own guess fails on decimal commas, thousands separators in tab files, single columns and
 * the full-width comma).
 */

/** A record separator. */
export type Newline = '\r\n' | '\n' | '\r';

/** Candidate delimiters in tie-break order. `，` is the full-width comma some WPS exports use. */
export const DELIMITER_CANDIDATES = [',', '\t', ';', '|', '，'] as const;
export type Delimiter = (typeof DELIMITER_CANDIDATES)[number];

export interface DelimiterGuess {
  readonly delimiter: Delimiter;
  /** No candidate separates fields consistently: the file is one column. */
  readonly singleColumn: boolean;
  /** Modal number of delimiters per sampled line (0 for a single column). */
  readonly fieldsPerLine: number;
}

const SAMPLE_LINES = 50;
const SAMPLE_CHARS = 256 * 1024;

/**
 * Line ending of the records: counted outside quotes over the first 256 KB. Any bare LF wins
 * (then a stray CR is trimmed later), else CRLF, else CR; LF when the file has one line.
 */
export function detectNewline(text: string): Newline {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let inQuotes = false;
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) { crlf++; i++; } else cr++;
    } else if (c === 10) lf++;
  }
  if (lf > 0) return '\n';
  if (crlf > 0) return '\r\n';
  if (cr > 0) return '\r';
  return '\n';
}

/** Splits the first lines of `text` (quote-aware: a quoted newline does not end a line). */
function sampleLines(text: string, newline: Newline): string[] {
  const out: string[] = [];
  let start = 0;
  let inQuotes = false;
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n && out.length < SAMPLE_LINES; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && text.startsWith(newline, i)) {
      out.push(text.slice(start, i));
      i += newline.length - 1;
      start = i + 1;
    }
  }
  if (out.length < SAMPLE_LINES && start < n) out.push(text.slice(start, n));
  return out.filter((l) => l.trim() !== '');
}

/**
 * Delimiters in one line outside quotes. A quote opens only at the start of a field, so
 * `他说"好"` in an unquoted field does not hide the delimiters after it.
 */
export function countDelimiters(line: string, d: string): number {
  let count = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) { inQuotes = true; fieldStart = false; continue; }
    if (c === d) { count++; fieldStart = true; continue; }
    if (c !== ' ') fieldStart = false;
  }
  return count;
}

function modeOf(values: readonly number[]): { mode: number; share: number } {
  const freq = new Map<number, number>();
  for (const v of values) if (v > 0) freq.set(v, (freq.get(v) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [v, f] of freq) if (f > best || (f === best && v > mode)) { mode = v; best = f; }
  return { mode, share: values.length === 0 ? 0 : best / values.length };
}

/**
 * Picks the delimiter whose per-line count is most consistent (share of sampled lines that have
 * the modal count, which must be > 0); ties go to more fields, then to the candidate order.
 */
export function detectDelimiter(text: string, newline: Newline = detectNewline(text)): DelimiterGuess {
  const lines = sampleLines(text, newline);
  let best: Delimiter = ',';
  let bestMode = 0;
  let bestShare = 0;
  for (const d of DELIMITER_CANDIDATES) {
    const { mode, share } = modeOf(lines.map((l) => countDelimiters(l, d)));
    if (mode === 0) continue;
    // The full-width comma is also ordinary punctuation in Chinese text: it must clearly win.
    const adjusted = d === '，' ? share - 0.2 : share;
    if (adjusted > bestShare + 1e-9 || (Math.abs(adjusted - bestShare) <= 1e-9 && mode > bestMode)) {
      best = d;
      bestMode = mode;
      bestShare = adjusted;
    }
  }
  if (bestMode === 0) return { delimiter: ',', singleColumn: true, fieldsPerLine: 0 };
  return { delimiter: best, singleColumn: false, fieldsPerLine: bestMode };
}

/** Chinese name of a delimiter for the report. */
export function delimiterLabel(d: string): string {
  switch (d) {
    case ',': return '逗号(,)';
    case '\t': return '制表符(Tab)';
    case ';': return '分号(;)';
    case '|': return '竖线(|)';
    case '，': return '全角逗号(，)';
    default: return JSON.stringify(d);
  }
}
