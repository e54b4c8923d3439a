// Going on with one's own act (issue 7, stance constructions: commitments): "Israel will continue trying to
// mediate", "the United States would keep arming Ukraine", "Qatar will continue to host the exchanges" offer
// what the holder goes on doing (cue 'continue', cues.json). A harmful act continued is a threat, as it was
// before the cue ("will keep striking the Houthis": the verb of continuing and a hostile object, harm.ts);
// "keep" needs a verb of acting after it ("keep arming", not "keep an eye on the meeting" or "keep its troops
// on the border"); an act imposed on another party ("will continue the demilitarisation of Ukraine") is no
// offer. Words: rules.json trigger/continued-act.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { harmAt } from './harm.js';

export const continuedAct: MatchRule = defineRule({
  id: 'trigger/continued-act', stage: 'trigger',
  reason: 'A party that will go on with an act offers it (cue continue): a harmful act continued threatens ("will keep striking …"), "keep" needs an -ing verb after it ("keep arming", not "keep an eye on"), and an act imposed on another party ("continue the demilitarisation of Ukraine") is none.',
  apply(t, { doc, s }) {
    // (A demand chained after the verb of going on, "would continue to insist on", is a demand still made: trigger/continued-demand.)
    if (t.cue?.id !== 'continue' || t.negated || t.type === 'DEMAND') return;
    const verb = t.end - 1;
    // ("will continue trying to mediate": the last word of the cue is "to"; the verb of continuing is before it.)
    let v = verb;
    while (v > t.start && !doc.index.words(this.id, 'continueVerbs').has(doc.tokens[v].lower)) v--;
    const harm = harmAt(doc, s, v);
    if (harm) { t.type = 'THREATEN'; t.defaultIssue = harm; return { change: `OFFER → THREATEN (${harm}): a harmful act continued` }; }
    const next = doc.tokens[t.end];
    if (!next) return { drop: 'nothing continued' };
    // ("Israel would go on to take more villages": "go on to" orders the step after what came before, it keeps up no act;
    // a harmful step after it threatens, as after a bare modal, trigger/harmful-act.)
    if (doc.tokens[verb].lower === 'on' && doc.tokens[verb - 1]?.lower === 'go' && next.lower === 'to') {
      const step = harmAt(doc, s, t.end + 1);
      if (step) { t.type = 'THREATEN'; t.defaultIssue = step; return { change: `OFFER → THREATEN (${step}): "go on to" + a harmful step` }; }
    }
    // ("would keep up contacts with Belgrade", "keep up the dialogue": a particle and the thing kept up name the act.)
    const particle = doc.index.words(this.id, 'keepParticles').has(next.lower) && !!doc.tokens[t.end + 1]?.word;
    if (doc.index.words(this.id, 'keepVerbs').has(doc.tokens[verb].lower) && !/[a-z]{2,}ing$/.test(next.lower) && !particle) return { drop: `"${doc.tokens[verb].text} ${next.text}": no act kept up` };
    // ("Ankara would continue to mediate." — a bare verb of mediating says the mediator stays on; what it
    // mediates is named elsewhere, this clause names no talks of its own.)
    const after = doc.tokens[t.end + 1];
    if (doc.index.words(this.id, 'bareVerbs').has(next.lower) && (!after || !after.word || doc.index.words(this.id, 'clauseEnds').has(after.lower))) return { drop: `a bare "${next.text}": nothing named` };
    const imposed = doc.index.words(this.id, 'imposed');
    for (let k = t.end; k < Math.min(t.end + 3, s.tEnd); k++) if (imposed.has(doc.tokens[k].lower)) return { drop: `an act imposed on another party ("${doc.tokens[k].text}")` };
  },
});
