/**
 * Which quick fixes a finding under the cursor gets (src/editor/quickFixPlan.ts):
 * a claim's other statuses, note and dismiss through the annotation commands,
 * and one ignore comment per rule, inserted above the line with its indentation.
 */
import { strict as assert } from 'node:assert';
import { COMMANDS } from '../../src/commands/ids';
import { ignoreCommentLine, quickFixes, type FindingAtCursor, type QuickFix } from '../../src/editor/quickFixPlan';

const URI = 'file:///w/article.md';
const claim: FindingAtCursor = { kind: 'claim', start: 10, end: 60, text: 'the depot had been closed since the spring floods', status: 'alleged' };
const hedge: FindingAtCursor = { kind: 'hedge', start: 40, end: 48, text: 'reportedly' };
const attribution: FindingAtCursor = { kind: 'attribution', start: 0, end: 9, text: 'Officials … said' };

const commandsOf = (fixes: QuickFix[]) => fixes.flatMap((f) => ('command' in f ? [`${f.command} ${JSON.stringify(f.args)}`] : []));
const disabled = (fixes: QuickFix[]) => fixes.flatMap((f) => ('disable' in f ? [f.disable] : []));

describe('quick fixes on findings', () => {
  it('offers a claim its two other statuses, a note and dismissal, through the annotation commands', () => {
    const fixes = quickFixes(URI, [claim]);
    const args = { uri: URI, kind: 'claim', start: 10, end: 60 };
    assert.deepEqual(commandsOf(fixes), [
      `${COMMANDS.setStatus} ${JSON.stringify({ ...args, status: 'confirmed' })}`,
      `${COMMANDS.setStatus} ${JSON.stringify({ ...args, status: 'denied' })}`,
      `${COMMANDS.editNote} ${JSON.stringify(args)}`,
      `${COMMANDS.dismissFinding} ${JSON.stringify(args)}`,
    ]);
    assert.deepEqual(fixes.map((f) => f.title), [
      'ClaimLens: Mark claim as confirmed',
      'ClaimLens: Mark claim as denied',
      'ClaimLens: Add note to claim…',
      'ClaimLens: Dismiss claim (not a claim)',
      'ClaimLens: Disable claims on this line (ignore comment)',
    ]);
  });

  it('says "Edit note" when the finding has one', () => {
    const fixes = quickFixes(URI, [{ ...hedge, note: 'checked' }]);
    assert.ok(fixes.some((f) => f.title === 'ClaimLens: Edit note on hedge “reportedly”…'));
  });

  it('gives hedges and attributions no status, and every rule under the cursor its own ignore comment', () => {
    const fixes = quickFixes(URI, [hedge, attribution, claim]);
    assert.ok(!commandsOf(fixes).some((c) => c.includes('"kind":"hedge"') && c.startsWith(COMMANDS.setStatus)));
    assert.deepEqual(disabled(fixes), ['claim', 'hedge', 'attribution']);
    // claims come first: the fix a reader most likely wants
    assert.equal(fixes[0].title, 'ClaimLens: Mark claim as confirmed');
  });

  it('names overlapping claims by a short quotation', () => {
    const inner: FindingAtCursor = { kind: 'claim', start: 20, end: 40, text: 'closed', status: 'confirmed' };
    const titles = quickFixes(URI, [claim, inner]).map((f) => f.title);
    assert.ok(titles.includes('ClaimLens: Mark claim “the depot had been closed since…” as denied'), titles.join('\n'));
    assert.ok(titles.includes('ClaimLens: Mark claim “closed” as alleged'));
    assert.equal(titles.filter((t) => t.startsWith('ClaimLens: Disable claims')).length, 1);
  });

  it('offers nothing where there is no finding', () => {
    assert.deepEqual(quickFixes(URI, []), []);
  });

  it('writes the ignore comment exactly, above the line with its indentation and line ending', () => {
    assert.equal(ignoreCommentLine('claim', 'The council said', '\n'), '<!-- claimlens-disable-next-line claims -->\n');
    assert.equal(ignoreCommentLine('hedge', '  indented text', '\r\n'), '  <!-- claimlens-disable-next-line hedges -->\r\n');
    assert.equal(ignoreCommentLine('attribution', '\tx', '\n'), '\t<!-- claimlens-disable-next-line attributions -->\n');
  });
});
