// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { serializeChartSvg } from '../../src/export/svg-export';
import { isUnsafeUrl } from '../../src/export/svg-sanitize';

const NS = 'http://www.w3.org/2000/svg';

function chartSvg(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="${NS}" xmlns:xlink="http://www.w3.org/1999/xlink" class="recharts-surface" width="800" height="400" viewBox="0 0 800 400" onload="alert(1)">
    <script>alert(2)</script>
    <rect x="10" y="10" width="50" height="100" fill="#0072B2" onclick="alert(3)"/>
    <text x="30" y="390" class="recharts-text">祥福里</text>
    <a href="javascript:alert(4)"><text x="1" y="1">link</text></a>
    <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" xlink:href=" JaVaScRiPt:alert(5)" x="0" y="0" width="1" height="1"/>
    <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
    <image onerror="alert(6)" href="#ok" width="1" height="1"/>
  </svg>`;
  document.body.appendChild(host);
  return host.querySelector('svg')!;
}

const frame = { title: '各社区再就业人数对比 <img src=x onerror=alert(1)>', subtitle: '2024年第二季度 · 人', source: '示例数据', date: '2024-07-05' };

describe('serializeChartSvg', () => {
  const text = serializeChartSvg(chartSvg(), frame);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;

  it('is a well-formed standalone 1920×1080 SVG with a white background', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.namespaceURI).toBe(NS);
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
    const bg = root.firstElementChild!;
    expect([bg.localName, bg.getAttribute('fill'), bg.getAttribute('width')]).toEqual(['rect', '#FFFFFF', '1920']);
  });

  it('title, subtitle, source and date are text nodes (markup in the title stays text)', () => {
    const texts = Array.from(root.children).filter((e) => e.localName === 'text').map((e) => e.textContent);
    expect(texts).toEqual([frame.title, frame.subtitle, '数据来源：示例数据', '导出日期：2024-07-05']);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(text).toContain('&lt;img src=x');
  });

  it('declares the system CJK font stack on the root and on chart text', () => {
    const stack = '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif';
    expect(root.getAttribute('font-family')).toBe(stack);
    const label = Array.from(doc.getElementsByTagName('text')).find((t) => t.textContent === '祥福里')!;
    expect(label.getAttribute('font-family')).toBe(stack);
  });

  it('nests the chart scaled into the body with its own viewBox', () => {
    const inner = root.getElementsByTagName('svg')[0]!;
    expect(inner.getAttribute('viewBox')).toBe('0 0 800 400');
    expect(inner.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(Number(inner.getAttribute('width'))).toBeGreaterThan(1700);
    expect(inner.getElementsByTagName('rect')[0]!.getAttribute('fill')).toBe('#0072B2');
  });

  it('strips script, foreignObject, on* handlers and javascript:/data: links', () => {
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/foreignObject/i);
    const attrs = Array.from(doc.getElementsByTagName('*')).flatMap((e) => Array.from(e.attributes).map((a) => a.name));
    expect(attrs.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(attrs).toContain('fill'); // the walk saw real attributes
    expect(text).not.toMatch(/javascript:/i);
    expect(text).not.toMatch(/data:image/i);
    expect(text).toContain('href="#ok"');
  });

  it('does not modify the live chart', () => {
    const live = chartSvg();
    serializeChartSvg(live, frame);
    expect(live.querySelector('script')).not.toBeNull();
    expect(live.getAttribute('onload')).toBe('alert(1)');
  });
});

describe('isUnsafeUrl', () => {
  it.each([
    ['javascript:alert(1)', true], [' JaVa\tScRiPt:x', true], ['data:text/html,x', true], ['vbscript:x', true],
    ['#clip1', false], ['https://example.org', false], ['', false],
  ])('%j → %s', (url, unsafe) => {
    expect(isUnsafeUrl(url)).toBe(unsafe);
  });
});
