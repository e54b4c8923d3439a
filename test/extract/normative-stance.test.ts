// A party's normative statement is its stance (issue 7: goals and preconditions, "could only … once", "could not
// replace", "had to", expectations). A precondition a party sets, or a requirement it puts on any settlement, is its
// demand even when it is no side of the conflict (claim/mediator-proposes does not make it a mediator's proposal);
// what it rules out or judges pointless it refuses. Analysts' and commentators' "should", "must" and "could only"
// stay no claims. Sentences written for these tests, on other disputes, one party each.
import { claimCases } from './helpers.js';

claimCases('a precondition is a demand, from a side or a third party', [
  { body: 'A Turkish foreign ministry spokesman said negotiations could only begin once the guns were silent.', want: ['TUR DEMAND ceasefire []'] },
  { body: 'The Egyptian foreign minister said talks between the army and the RSF could only start after the guns had fallen silent.', want: ['EGY DEMAND ceasefire []'] },
  { body: 'Serbia\'s foreign minister said talks could only begin once Kosovo withdrew its special police from the north.', want: ['SRB DEMAND territory []'] },
  { body: 'An aide to Aliyev said a summit could only come at the end of the work, not at its start.', want: ['AZE DEMAND talks []'] },
  { body: 'Vucic said a meeting with Kurti could only come after Pristina formed the association of Serb municipalities.', want: ['SRB DEMAND rights []'] }, // (the association of a minority's municipalities is rights, issues.json frame, as paraphrase pa-condition-after-01 has it; it was talks before)
  // (A third party's call with no precondition stays a mediator's proposal.)
  { body: 'Qatar called for a ceasefire between Israel and Hamas.', want: ['QAT PROPOSE ceasefire []'] },
  // (Analysts' preconditions are no stance.)
  { body: 'Analysts said negotiations could only begin once the guns were silent.', want: [] },
]);

claimCases('a requirement on any settlement or truce is a demand', [
  { body: 'The French foreign minister said any ceasefire between Armenia and Azerbaijan had to be verified.', want: ['FRA DEMAND ceasefire []'] },
  { body: 'NATO Secretary General Mark Rutte said any settlement had to leave Ukraine able to defend itself.', want: ['NATO DEMAND military_limits []'] },
  { body: 'Pashinyan said any agreement must leave Armenia able to defend itself.', want: ['ARM DEMAND military_limits []'] },
  // (A third party's deontic addressed to one side demands it of that side, a quote opening after the subject too.)
  { body: 'Erdogan said Azerbaijan "should agree to this meeting immediately".', want: ['TUR DEMAND talks []'] },
]);

claimCases('talks that cannot replace a truce demand the truce', [
  { body: 'Macron said talks could not replace a ceasefire.', want: ['FRA DEMAND ceasefire []'] },
  { body: 'Aliyev said that negotiations could not replace the withdrawal of Armenian forces.', want: ['AZE DEMAND territory []'] },
  { body: 'The Kenyan president said dialogue was no substitute for a ceasefire in Sudan.', want: ['KEN DEMAND ceasefire []'] },
  { body: 'Analysts said talks could not replace a ceasefire.', want: [] },
]);

claimCases('seeing no point in discussing something refuses it', [
  { body: 'Baku said it no longer sees any point in discussing a ceasefire with Yerevan.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Belgrade sees no point in talks with Pristina, the Serbian president said.', want: ['SRB REJECT talks []'] },
  // (Seeing a point in it is no refusal.)
  { body: 'Analysts see no point in talks with Pristina.', want: [] },
]);

claimCases('a rhetorical question refuses what it asks about', [
  { body: '"What negotiations can we even talk about with people who shell our villages?" Aliyev asked.', want: ['AZE REJECT talks []'] },
  { body: 'Pashinyan said on Monday: "What ceasefire can there be with people who keep firing on our border?"', want: ['ARM REJECT ceasefire []'] },
  { body: 'The RSF commander said: "How can we negotiate with an army that bombs our cities?"', want: [] },
  { body: 'Netanyahu said: "How can we negotiate with people who hold our hostages?"', want: ['ISR REJECT talks []'] },
  // (A real question asks, it refuses nothing.)
  { body: '"When will the negotiations take place?" a reporter asked Aliyev.', want: [] },
  { body: 'Vucic asked: "What talks are planned for Brussels next week?"', want: [] },
]);

claimCases('a step that would mean a harm refuses it', [
  { body: 'Lavrov said that stopping the fighting immediately would mean forgetting the "root causes" of the conflict.', want: ['RUS REJECT ceasefire []'] },
  { body: 'Vucic said that a freeze along the current line would mean rewarding Pristina.', want: ['SRB REJECT ceasefire []'] },
  { body: 'Analysts said that a ceasefire would mean forgetting the root causes of the conflict.', want: [] },
]);

claimCases('a decision without a party demands its seat at the talks', [
  { body: 'Pashinyan said any decision taken without Armenia would be "a decision against peace".', want: ['ARM DEMAND talks []'] },
  { body: 'The Sudanese army commander said the path to peace in Sudan could not be decided without Sudan.', want: ['SDN DEMAND talks []'] },
]);

claimCases('what one\'s own side must discuss first is demanded', [
  { body: '"When we talk about peace with Azerbaijan, we must first of all talk about effective guarantees of security," Pashinyan said.', want: ['ARM DEMAND security_guarantees []'] },
  // (Without an ordering word it is one's own obligation.)
  { body: 'Vucic said Serbia needs to discuss the ceasefire with its partners.', want: [] },
]);

claimCases('a deontic that frees the talks of conditions proposes them', [
  { body: 'Aliyev said the talks with Armenia should resume "without any preconditions".', want: ['AZE PROPOSE talks []'] },
  // (A condition set on the talks stays a demand.)
  { body: 'Aliyev said the talks with Armenia should resume only after Yerevan changes its constitution.', want: ['AZE DEMAND talks []', 'AZE DEMAND governance []'] },
]);

claimCases('a state economy that should be put under pressure asks for sanctions', [
  { body: 'The Sudanese foreign minister said the RSF\'s backers and their economies should be put under greater pressure until the siege ends.', want: ['SDN DEMAND sanctions []'] },
  { body: 'Kaja Kallas said Russia\'s economy and defence industry should be put under greater pressure.', want: ['EU DEMAND sanctions []'] },
]);
