// Two offers of one party, type and issue that name different parts of the issue stay two claims (spec §3 rule 1:
// "a different offer"; document/distinct-scopes): a halt to strikes on energy sites and safe navigation at sea are two
// ceasefires agreed on one call; a meeting of the leaders and another round of the delegations are two proposals on
// the talks. The same part restated, or a restatement that names no part, still merges into one claim. Sentences
// written for this test, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const count = (body: string, want: string) => {
  const got = claimsOf(body).map(label);
  return { n: got.filter((l) => l === want).length, shown: `${body}\n${got.join('\n')}` };
};

test('ceasefires on different parts of the war are two claims', () => {
  for (const [body, want] of [
    ["Sudan's army agreed on Tuesday to stop attacking power plants and other energy facilities for 30 days. Sudan's army also agreed to ensure safe navigation in the Red Sea, the mediators said.", 'SDN OFFER ceasefire []'],
  ] as const) {
    const { n, shown } = count(body, want);
    assert.equal(n, 2, shown);
  }
  const got = claimsOf('Azerbaijan agreed to halt strikes on Armenian energy facilities, the mediators said. Baku also agreed to a truce at sea in the Caspian, the mediators added.').map(label);
  assert.ok(got.includes('AZE OFFER ceasefire []') && got.some((l) => l.startsWith('AZE ') && l.includes(' ceasefire') && l !== 'AZE OFFER ceasefire []'), got.join('\n'));
});

test('a meeting of the leaders and another round of the delegations are two claims', () => {
  for (const [body, want] of [
    ['Turkey was ready to host the next round of talks between the Serbian and Kosovo delegations, Fidan said. Erdogan offered to host a meeting between Vucic and Kurti in Ankara.', 'TUR OFFER talks []'],
    ['Armenia proposed a meeting between Pashinyan and Aliyev before the end of June. Armenia also proposed that the delegations hold a third round in Geneva.', 'ARM PROPOSE talks []'],
  ] as const) {
    const { n, shown } = count(body, want);
    assert.equal(n, 2, shown);
  }
});

test('the same part restated, or a restatement naming no part, is one claim', () => {
  for (const [body, want] of [
    ['Azerbaijan agreed to halt strikes on Armenian energy facilities, the mediators said. Baku also agreed to halt strikes on energy infrastructure during the talks.', 'AZE OFFER ceasefire []'],
    ['Ethiopia agreed to halt air strikes on Tigray, the mediators said. Ethiopia also agreed to stop air strikes on Mekelle, the AU said.', 'ETH OFFER ceasefire []'],
    ['Qatar is ready to host the next round of talks between the Israeli and Hamas delegations, the emir said. Qatar also offered to host the next round in Doha.', 'QAT OFFER talks []'],
    ["Serbia is ready to host a meeting between Vucic and Kurti, the president's office said. Serbia also offered to host a leaders' summit on the dispute.", 'SRB OFFER talks []'],
  ] as const) {
    const { n, shown } = count(body, want);
    assert.equal(n, 1, shown);
  }
});

// (A plan that puts frozen assets to use and one that lifts sanctions: two provisions on the sanctions issue, not one
// restated — "$100 billion of frozen reserves into reconstruction" and "reintegrated into the world economy as
// sanctions are lifted", document/distinct-scopes 'sanctions.assets' / 'sanctions.relief'.)
test('frozen assets put to use and sanctions lifted are two claims', () => {
  for (const [body, want] of [
    ["Under the plan, Washington proposed that Belarus's frozen reserves go into a reconstruction fund. The plan also proposed that Belarus be reintegrated into the world economy as sanctions were eased.", 'USA PROPOSE sanctions []'],
    ["Qatar proposed on Monday that frozen Iranian reserves be put into a fund for Gaza's reconstruction. Qatar also proposed that sanctions on Tehran be eased in stages, its foreign ministry said.", 'QAT PROPOSE sanctions []'],
    ['The EU offered to lift sanctions on Serbia once the deal was signed. Brussels also offered to release frozen Serbian assets held in European banks.', 'EU OFFER sanctions []'],
  ] as const) {
    const { n, shown } = count(body, want);
    assert.equal(n, 2, shown);
  }
});

test('sanctions relief restated, or frozen assets restated, is one claim', () => {
  for (const [body, want] of [
    ['The EU offered to lift sanctions on Serbia once the deal was signed. Brussels also offered sanctions relief to Belgrade, the commission said.', 'EU OFFER sanctions []'],
    ['The EU offered to lift sanctions on Serbia once the deal was signed. Brussels repeated the offer on Friday.', 'EU OFFER sanctions []'],
    ["Washington proposed that Belarus's frozen reserves go into a reconstruction fund, officials said. Washington also proposed that the frozen reserves pay for the rebuilding, a diplomat said.", 'USA PROPOSE sanctions []'],
  ] as const) {
    const { n, shown } = count(body, want);
    assert.equal(n, 1, shown);
  }
});
