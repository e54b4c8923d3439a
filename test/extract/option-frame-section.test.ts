// An option frame ("Under the first, …") after a sentence that names the alternatives with no party of its own ("It
// offers two routes", "The second part … offers two options") belongs to the document of its section, named further
// back (past bullet lines) or only in a heading: candidate/option-frame-section; also "ways" and "routes" as nouns of
// alternatives (candidate/option-frame). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf } from './helpers.js';

/** Each body has a claim of the party on the issue (its type is the plan rules' business). */
function assertHeld(cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [body, actor, issue] of cases) {
    const got = claimsOf(body);
    assert.ok(got.some((c) => c.actor === actor && c.issue === issue), `${body}\n${got.map((c) => `${c.actor} ${c.type} ${c.issue}`).join('\n')}`);
  }
}

const BULLETS = '- a ban on the Serb parallel institutions;\n\n- the return of the seized property;\n\n- a joint commission on missing persons.';

test('a sentence naming the options with no party of its own: the section\'s document', () => {
  assertHeld([
    // (a heading naming a party's document, then a paragraph with no document)
    ['THE AZERBAIJANI DRAFT\n\nState media on Monday published the text handed over by the deputy prime minister.\n\nIt offers Yerevan two routes to a settlement.\n\nUnder the first, Armenia would withdraw its troops from the Tavush villages within 30 days.', 'AZE', 'territory'],
    ['Eritrea\'s plan\n\nThe text was read out to reporters in Asmara on Tuesday.\n\nIt gives Addis Ababa two ways to end the dispute. Under the first, Ethiopia would withdraw its troops from Badme.', 'ERI', 'territory'],
    // (a document with authors further back, past its bullet lines)
    [`The Serbian memorandum, handed over by the foreign minister, is in two parts. The first part sets out:\n\n${BULLETS}\n\nThe second part deals with the north, and offers Pristina two options. Under the first, Kosovo would withdraw its special police from the northern municipalities.`, 'SRB', 'territory'],
  ]);
});

test('"ways" and "routes" name alternatives right after a plan', () => {
  assertIncludes([
    ['The Azerbaijani memorandum offers two ways to a settlement. Under the first, Armenia would withdraw its troops from the Tavush villages.', 'AZE DEMAND territory []'],
    ['Egypt\'s draft sets out two routes to a truce. Under the second, Hamas would release all hostages within a week.', 'EGY PROPOSE humanitarian []'],
  ]);
});

test('negatives: a party names the options, another heading between, or no document in the section', () => {
  assertNone([
    // (the options sentence has a party as its subject: it speaks for itself, no document of the section)
    'THE AZERBAIJANI DRAFT\n\nState media on Monday published the text.\n\nArmenia offers Baku two routes to a settlement. Under the first, Armenia would withdraw its troops from the Tavush villages.',
    // (another heading closes the document's section)
    'THE AZERBAIJANI DRAFT\n\nState media on Monday published the text.\n\nWHAT HAPPENS NEXT\n\nIt offers two routes to a settlement. Under the first, Armenia would withdraw its troops from the Tavush villages.',
    // (no document at all)
    'Talks resumed in Vienna on Monday.\n\nIt offers two routes to a settlement. Under the first, Armenia would withdraw its troops from the Tavush villages.',
  ], /^AZE /);
});
