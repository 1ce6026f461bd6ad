/** What each display mode paints (src/editor/displayModes.ts), whatever the per-category settings say. */
import { strict as assert } from 'node:assert';
import { DEFAULT_DISPLAY_MODE, isDisplayMode, shownCategories } from '../../src/editor/displayModes';

const all = { claims: true, hedges: true, sources: true, cues: true };

describe('display modes', () => {
  it('claims only shows claims and nothing else', () => {
    assert.deepEqual(shownCategories('claims', all), { claims: true, hedges: false, sources: false, cues: false });
    // even when the claims setting was switched off: choosing "claims only" means seeing them
    assert.deepEqual(shownCategories('claims', { ...all, claims: false }), { claims: true, hedges: false, sources: false, cues: false });
  });
  it('everything follows the settings', () => {
    assert.deepEqual(shownCategories('everything', { ...all, cues: false }), { claims: true, hedges: true, sources: true, cues: false });
  });
  it('off shows nothing', () => {
    assert.deepEqual(shownCategories('off', all), { claims: false, hedges: false, sources: false, cues: false });
  });
  it('starts at everything and ignores a stored value that is no mode', () => {
    assert.equal(DEFAULT_DISPLAY_MODE, 'everything');
    assert.ok(isDisplayMode('off'));
    assert.ok(!isDisplayMode('hedges'));
    assert.ok(!isDisplayMode(undefined));
  });
});
