/**
 * The gutter icons of the three statuses (media/claim-<status>-<theme>.svg):
 * each status has a shape of its own, none is the diamond of the "�"
 * replacement character, and each reads on its theme's background, its glyph
 * on its shape (contrast of at least 3:1, the WCAG figure for icons).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const media = join(import.meta.dirname, '..', '..', 'media');
const STATUSES = ['confirmed', 'alleged', 'denied'] as const;
/** Editor backgrounds of the default and high-contrast themes each variant serves. */
const BACKGROUNDS = { light: ['#FFFFFF', '#F3F3F3'], dark: ['#1E1E1E', '#1F1F1F', '#000000'] } as const;
const THEMES = Object.keys(BACKGROUNDS) as (keyof typeof BACKGROUNDS)[];

const iconPath = (status: string, theme: string) => join(media, `claim-${status}-${theme}.svg`);
const svg = (status: string, theme: string) => readFileSync(iconPath(status, theme), 'utf8');

/** The element drawing the icon's outline: its tag and geometry attributes. */
function shape(text: string): { tag: string; geometry: string } {
  const m = /<(circle|rect|path|polygon|ellipse)\b([^>]*\bclass="shape"[^>]*)>/.exec(text);
  assert.ok(m, 'an element with class="shape"');
  const geometry = [...m[2].matchAll(/\b(d|points|cx|cy|r|x|y|width|height|rx)="([^"]*)"/g)].map(([, k, v]) => `${k}=${v}`).join(' ');
  return { tag: m[1], geometry };
}

/** Vertices of an outline drawn with straight lines only, else undefined. */
function vertices(geometry: string): [number, number][] | undefined {
  const data = /(?:d|points)=([^ ]*(?: [^=]*)?)$/.exec(geometry)?.[1];
  if (!data || /[ACQSTachqst]/.test(data)) return undefined;
  const nums = (data.match(/-?\d*\.?\d+/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) points.push([nums[i], nums[i + 1]]);
  return points;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const fillOf = (text: string, cls: string) => new RegExp(`class="${cls}"[^>]*\\b(?:fill|stroke)="(#[0-9A-Fa-f]{6})"`).exec(text)?.[1];

describe('gutter icons', () => {
  for (const theme of THEMES) {
    describe(`${theme} variant`, () => {
      it('exists for every status', () => {
        for (const s of STATUSES) assert.ok(existsSync(iconPath(s, theme)), `claim-${s}-${theme}.svg`);
      });

      it('gives each status a different shape', () => {
        const shapes = STATUSES.map((s) => shape(svg(s, theme)));
        assert.equal(new Set(shapes.map((x) => x.tag + x.geometry)).size, STATUSES.length, JSON.stringify(shapes));
        assert.equal(new Set(shapes.map((x) => x.tag)).size, STATUSES.length, `three kinds of outline: ${shapes.map((x) => x.tag)}`);
      });

      it('draws no diamond, the shape of the replacement character', () => {
        for (const s of STATUSES) {
          const points = vertices(shape(svg(s, theme)).geometry);
          const diamond = points?.length === 4 && points.every(([x, y]) => Math.abs(x - 8) < 0.5 || Math.abs(y - 8) < 0.5);
          assert.ok(!diamond, `claim-${s}-${theme}.svg is a diamond`);
        }
      });

      it('reads on the theme background, and its glyph on its shape', () => {
        for (const s of STATUSES) {
          const text = svg(s, theme);
          const fill = fillOf(text, 'shape');
          const glyph = fillOf(text, 'glyph');
          assert.ok(fill && glyph, `claim-${s}-${theme}.svg colours its shape and glyph`);
          for (const bg of BACKGROUNDS[theme]) assert.ok(contrast(fill, bg) >= 3, `${s} on ${bg}: ${contrast(fill, bg).toFixed(2)}`);
          assert.ok(contrast(fill, glyph) >= 3, `${s} glyph: ${contrast(fill, glyph).toFixed(2)}`);
        }
      });
    });
  }

  it('the decorations use the light and dark variants', () => {
    const styles = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'editor', 'decorationStyles.ts'), 'utf8');
    assert.match(styles, /claim-\$\{status\}-\$\{theme\}\.svg/);
    assert.match(styles, /light: \{ gutterIconPath: icon\('light'\) \}/);
    assert.match(styles, /dark: \{ gutterIconPath: icon\('dark'\) \}/);
  });
});
