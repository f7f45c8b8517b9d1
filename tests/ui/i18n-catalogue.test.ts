import { describe, expect, it } from 'vitest';
import { CHART_WORDS } from '../../src/charts/chart-words';
import { EXPORT_WORDS, exportDateText } from '../../src/export/export-words';
import { MESSAGES_EN } from '../../src/ui/i18n/messages-en';
import { MESSAGES_ZH } from '../../src/ui/i18n/messages-zh';

type Tree = { readonly [k: string]: unknown };

/** Every leaf path of a catalogue (`toolbar.metric`), sorted; arrays count as leaves. */
function paths(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) =>
    (v !== null && typeof v === 'object' && !Array.isArray(v) ? paths(v as Tree, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

/** Every leaf as text: strings as they are, functions called with sample arguments, arrays joined. */
function texts(t: Tree, prefix = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]): [string, string][] => {
    const p = `${prefix}${k}`;
    if (typeof v === 'string') return [[p, v]];
    if (Array.isArray(v)) return v.map((x, i) => [`${p}[${i}]`, String(x)]);
    if (typeof v === 'function') {
      const f = v as (...a: unknown[]) => unknown;
      const args = Array.from({ length: v.length }, (_, i) => (i % 2 === 0 ? 'X' : 2));
      const text = String(f(...args));
      // Texts that depend on what a partial value is (partialMeaning) are asked with a meaning.
      return [[p, text.includes('undefined') ? String(f(...args.map(() => 'low'))) : text]];
    }
    return texts(v as Tree, `${p}.`);
  });
}

const CJK = /[\u3400-\u9fff]/;
/** The language switch's group label is deliberately bilingual (界面语言 Language). */
const BILINGUAL = new Set(['app.langGroup']);

describe.each([
  ['UI messages', MESSAGES_ZH as Tree, MESSAGES_EN as Tree],
  ['chart words', CHART_WORDS.zh as Tree, CHART_WORDS.en as Tree],
  ['export words', EXPORT_WORDS.zh as Tree, EXPORT_WORDS.en as Tree],
])('%s', (_name, zh, en) => {
  it('zh and en have exactly the same keys', () => {
    expect(paths(en)).toEqual(paths(zh));
    expect(paths(zh).length).toBeGreaterThan(10);
  });

  it('no text is empty in either language', () => {
    for (const [p, s] of [...texts(zh), ...texts(en)]) expect(s.trim(), p).not.toBe('');
  });

  it('the English texts contain no Chinese characters (so no untranslated text slips through)', () => {
    for (const [p, s] of texts(en)) if (!BILINGUAL.has(p)) expect(CJK.test(s), `${p}: ${s}`).toBe(false);
  });

  it('most texts differ between the languages (the English one is not a copy)', () => {
    const en2 = new Map(texts(en));
    const same = texts(zh).filter(([p, s]) => en2.get(p) === s).map(([p]) => p);
    // Format names and statistics abbreviations are the same in both languages.
    expect(same.every((p) => /^(app\.langGroup|exportMenu\.(svg|csv)|imbalance\.colP90)$/.test(p)), same.join(', ')).toBe(true);
  });
});

describe('exportDateText', () => {
  it.each([
    [new Date(2024, 2, 5), 'zh', '2024年3月5日'],
    [new Date(2024, 2, 5), 'en', '5 Mar 2024'],
    [new Date(2025, 11, 31), 'zh', '2025年12月31日'],
    [new Date(2025, 11, 31), 'en', '31 Dec 2025'],
  ] as const)('%s in %s → %s', (d, lang, want) => {
    expect(exportDateText(d, lang)).toBe(want);
  });
});
