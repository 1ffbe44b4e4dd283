// Export and embed-snippet helpers in Node: the CSV names its units and round-trips every number
// exactly; the slide caption states the exaggeration; the embed link parses back, through the one
// URL schema, to the same state with embed on and no warnings; the snippet escapes attributes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/state/store';
import { parseUrlOptions } from '../../src/state/url-options';
import { historyToCsv, exportCaption, exportFileName } from '../../src/ui/export/export';
import { embedUrl, iframeSnippet } from '../../src/ui/embed/embed-dialog';

const labels = { subject: 'Adult', technique: 'Vault hold', bone: 'Right parietal bone' };

describe('CSV export', () => {
  const h = {
    timeS: Float64Array.from([0, 0.02, 0.04]),
    icpMmHg: Float64Array.from([10.123456789012345, 10.2, Number.NaN]),
    boneDisplacementM: Float64Array.from([9.234809517652719e-10, -1e-12, 0]),
    length: 3,
  };

  it('has a header naming each column with its unit, then one row per sample', () => {
    const lines = historyToCsv(h, labels).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time_s,icp_mmHg,right_parietal_bone_displacement_nm');
    expect(lines).toHaveLength(1 + h.length);
  });

  it('writes numbers that read back as exactly the same doubles; a non-finite sample is an empty cell', () => {
    const rows = historyToCsv(h, labels).trimEnd().split('\r\n').slice(1).map((l) => l.split(','));
    expect(Number(rows[0][1])).toBe(h.icpMmHg[0]);
    // nm: the model's metres times 1e9 (one rounding of the double, at most half an ulp)
    expect(Number(rows[0][2])).toBe(h.boneDisplacementM[0] * 1e9);
    expect(Number(rows[0][2])).toBeCloseTo(0.9234809517652719, 15);
    expect(Number(rows[1][2])).toBe(-1e-3);
    expect(rows[2][1]).toBe('');
  });

  it('turns a label with commas into a plain column name', () => {
    expect(historyToCsv({ ...h, length: 0 }, { ...labels, bone: 'a, b' }).split('\r\n')[0]).toBe('time_s,icp_mmHg,a_b_displacement_nm');
  });
});

describe('slide caption and file names', () => {
  it('states subject, technique, force and the exaggeration factor', () => {
    const c = exportCaption({ ...DEFAULT_STATE, forceG: 20 }, labels);
    expect(c).toContain('Adult');
    expect(c).toContain('Vault hold');
    expect(c).toContain('20 g');
    // written as the scene's overlay writes it
    expect(c).toContain('bone motion shown ×1,000,000 (exaggerated)');
    expect(exportCaption({ ...DEFAULT_STATE, trueScale: true }, labels)).toMatch(/true scale/);
  });

  it('names files after the set-up, safely', () => {
    expect(exportFileName({ ...DEFAULT_STATE, forceG: 12.5 }, 'csv')).toBe('craniolab-adult-vault-hold-12p5g.csv');
    expect(exportFileName(DEFAULT_STATE, 'png')).toMatch(/^craniolab-adult-vault-hold-5g\.png$/);
  });
});

describe('embed snippet', () => {
  it('links to the current state in embed mode, without lecture, and parses back with no warnings', () => {
    const state = { ...DEFAULT_STATE, subject: 'rabbit' as const, forceG: 20, lecture: true, step: 4 };
    const url = embedUrl('https://lms.example.edu/craniolab/', state, ['force', 'subject']);
    const parsed = parseUrlOptions(new URL(url).search);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.options.embed).toBe(true);
    expect(parsed.options.lecture).toBe(false);
    expect(parsed.options.subject).toBe('rabbit');
    expect(parsed.options.force).toBe(20);
    expect(parsed.page.controls).toEqual(['force', 'subject']);
    // the language is pinned even when it is the default English: the embed speaks the course page's language, not each browser's
    expect(new URL(url).searchParams.get('locale')).toBe('en');
    expect(new URL(embedUrl('https://lms.example.edu/craniolab/', { ...state, locale: 'de' }, [])).searchParams.getAll('locale')).toEqual(['de']);
  });

  it('escapes the URL inside the src attribute', () => {
    const s = iframeSnippet('https://x.example/?a=1&b="2"');
    expect(s).toContain('src="https://x.example/?a=1&amp;b=&quot;2&quot;"');
    expect(s).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
  });
});
