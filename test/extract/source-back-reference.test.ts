// discourse/source-in-party, its holder part: "The source called the demand a non-starter", "One of them described the terms as
// unacceptable": a definite back-reference to an unnamed source introduced with its side ("a source in the Armenian
// delegation", "a senior Serbian official") holds the refusal it voices. holder/judged-demands 'making': the party that
// put the demands forward is not the one judging them. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a back-reference to an unnamed source is held by the side it was introduced with (discourse/source-in-party, holder part)', [
  { body: 'According to a source in the Armenian delegation, Azerbaijan demanded that Armenia withdraw its troops from the border villages. The source called the demands "non-starters".', want: ['ARM REJECT territory []'] },
  { body: 'According to a senior Ethiopian official, Eritrea demanded that Ethiopia withdraw its troops from Badme. The official described the demands as "unacceptable".', want: ['ETH REJECT territory []'] },
  { body: 'Two members of the Kosovar delegation said Serbia had demanded that Pristina withdraw its police from the northern municipalities. One of them called the demands "non-starters".', want: ['XKX REJECT territory []'] },
  { body: 'According to a Sudanese source familiar with the talks, Chad demanded that Sudan withdraw its troops from the border area. The talks in Jeddah went on late into the night. The source called the demands "unacceptable".', want: ['SDN REJECT territory []'] },
], (c) => c.type === 'REJECT');

claimCases('no holder from an unnamed source that names no side, or a party named in the clause', [
  // the source introduced names no side: nobody known holds the refusal
  { body: 'According to a source familiar with the talks, Azerbaijan demanded that Armenia withdraw its troops from the border villages. The source called the demands "non-starters".', want: [] },
  // a source introduced too long before: no back-reference across four sentences (a source known by its party's
  // adjective only; one placed in a party's delegation is a mention of that party, discourse/source-in-party, which a
  // later "the source" refers back to as a definite role does, however far)
  { body: 'A senior Armenian source spoke to reporters. Azerbaijan demanded that Armenia withdraw its troops from the border villages. The talks went on late. The mediators left on Sunday. Then the delegations met again. The source called the demands "non-starters".', want: [] },
  // a definite "the official" that is no back-reference to a source: a party is named before the stance
  { body: 'According to a senior Ethiopian official, Eritrea demanded that Ethiopia withdraw its troops from Badme. The official said Eritrea would never accept a ceasefire without a withdrawal.', want: [] },
], (c) => c.type === 'REJECT' && c.actor !== 'ERI');

claimCases('the party that put the demands forward does not judge them (holder/judged-demands making)', [
  { body: 'A source in the Armenian delegation told reporters that the Azerbaijani side had put forward demands that were "non-starters".', want: [] },
  { body: 'A Kosovar negotiator said the Serbian side had presented demands that were "unacceptable".', want: [] },
], (c) => c.type === 'REJECT' && (c.actor === 'AZE' || c.actor === 'SRB'));
