// A principal side's own plan heading the lead of a numbered list ("His ten points, as presented to the summit:") sets
// out what that side asks of the other: its points on the substance are demands, as after "Zelensky's peace formula:"
// (sentence/principal-formula 'leadNouns'). A mediator's points stay proposals. Sentences written for this test, with
// other parties and places than the corpus's.
import { claimCases } from './helpers.js';

const lead = (owner: string, cue: string, items: string[]) => `Armenia and Azerbaijan met in Abu Dhabi on Monday. ${owner}, as ${cue}:\n\n${items.map((x, i) => `${i + 1}. ${x}`).join('\n\n')}`;

claimCases('a principal side\'s points after its plan noun are demands', [
  { body: `Pashinyan spoke first. ${lead('His six points', 'presented to the mediators', ['Territory: Azerbaijan must withdraw its troops from the border villages.', 'Prisoners: the release of all Armenian prisoners held in Baku.'])}`, want: ['ARM DEMAND territory []', 'ARM DEMAND humanitarian []'] },
  { body: `Aliyev spoke first. ${lead('His four points', 'set out to the hosts', ['Sanctions: the lifting of sanctions on Azerbaijani banks.', 'Prisoners: the release of all Azerbaijani prisoners held in Yerevan.'])}`, want: ['AZE DEMAND sanctions []', 'AZE DEMAND humanitarian []'] },
], (c) => c.type === 'DEMAND' || (c.type === 'PROPOSE' && c.issue !== 'talks'));

claimCases('a mediator\'s points stay proposals', [
  { body: `Erdogan spoke first. ${lead('His six points', 'presented to the two delegations', ['Territory: Azerbaijan must withdraw its troops from the border villages.', 'Prisoners: the release of all Armenian prisoners held in Baku.'])}`, want: ['TUR PROPOSE territory []', 'TUR PROPOSE humanitarian []'] },
], (c) => c.type === 'DEMAND' || (c.type === 'PROPOSE' && c.issue !== 'talks'));
