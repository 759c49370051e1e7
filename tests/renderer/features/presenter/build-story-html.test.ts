import { describe, expect, it } from 'vitest';
import { buildStoryHtml, bytesToBase64, escapeHtml, type StoryHtmlSlide } from '../../../../renderer/features/presenter/build-story-html';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const slide = (title: string, notes = ''): StoryHtmlSlide => ({ title, caption: `${title} caption`, notes, png: PNG, width: 1600, height: 1200 });

describe('buildStoryHtml', () => {
  it('embeds one section per view with its PNG, and forbids every load but the embedded images', () => {
    const html = buildStoryHtml({ title: 'Kortrijk', language: 'nl', generatedAt: '23-11-2026 10:00', slides: [slide('Armoede', 'Begin hier'), slide('Ouderen')] });
    expect(html.match(/<section class="slide"/g)).toHaveLength(2);
    expect(html).toContain(`src="data:image/png;base64,${bytesToBase64(PNG)}" width="800" height="600"`);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<aside class="notes" aria-label="Sprekersnotities">Begin hier</aside>');
    expect(html.match(/class="notes"/g)).toHaveLength(1);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Gemaakt met Wijkzicht op 23-11-2026 10:00');
  });

  it('escapes every text the user typed', () => {
    const html = buildStoryHtml({ title: '<b>T</b>', language: 'en', generatedAt: 'now', slides: [slide('"><script>alert(1)</script>', '<img src=x onerror=alert(1)>')] });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>&lt;b&gt;T&lt;/b&gt;</title>');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(escapeHtml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
  });

  it('refuses an empty story and images that are not PNGs, naming the view', () => {
    expect(() => buildStoryHtml({ title: 't', language: 'nl', generatedAt: '', slides: [] })).toThrow(/at least one view/);
    expect(() => buildStoryHtml({ title: 't', language: 'nl', generatedAt: '', slides: [slide('A'), { ...slide('B'), png: new Uint8Array([1, 2, 3]) }] })).toThrow(/View 2 \(B\): its image is not a PNG/);
  });

  it('encodes large images in chunks', () => {
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
