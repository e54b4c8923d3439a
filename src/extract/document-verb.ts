// "The resolution demands that Eritrea withdraw …", "The letter demands that Belgrade release …": a cue that can be
// a noun ("demands") right after a document phrase heading its clause is the document's verb, not a compound
// noun ("the plan demands" read as "the [plan demands]"), so the determiner before the document does not make it
// a noun with no possessor (holder/noun-needs-possessor); holder/document-subject gives it to the authors.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

const rule = defineRule({
  id: 'holder/document-verb', stage: 'holder',
  reason: '"The resolution demands that Eritrea withdraw its troops", "Baku issued a statement. The statement demands that Yerevan …": a third-person verb form of a noun cue ("demands") right after a document phrase with known authors that heads its clause (at most two words before it, or after a clause opener), followed by what is demanded (a that-clause, a determiner, a party: \'objectStarts\'; or a noun phrase opened by another modifier, "demands official status for the Azerbaijani language", any lower-case word but a verb, preposition or conjunction: \'notObjectStarts\'), is the document speaking, not a noun phrase "the statement demands" with no possessor; the document\'s authors hold it (holder/document-subject). After a possessed document, "Asmara\'s memorandum demands the withdrawal of …", the possessor holds it, and its content is the verb\'s object, not cut to the cue as a possessed noun\'s would be.',
});

/** True when the cue at `t` is the verb of a document phrase that ends right before it and heads its clause. */
export function documentVerb(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const w = tokens[t.start].lower;
  if (!w.endsWith('s') || !doc.index.words(rule.id, 'verbs').has(w)) return false;
  // What follows is what is demanded: a that-clause, a noun phrase or a party ("demands that …", "demands an
  // immediate ceasefire", "demands Baku's withdrawal"), not a degree ("demands too much of Yerevan").
  const next = tokens[t.end]?.lower ?? '';
  // (Also a noun phrase opened by any other modifier, "demands official status for …", "demands unconditional
  // release of …": a lower-case word that is no verb, preposition or conjunction, which would make "demands" the
  // noun, "the plan demands were rejected", "the letter demands on Yerevan"; 'notObjectStarts'.)
  const modifier = !!tokens[t.end]?.word && !tokens[t.end].cap && /^[a-z][a-z-]+$/.test(next) && !doc.index.words(rule.id, 'notObjectStarts').has(next) && !/(?:ed|ly)$/.test(next);
  if (!doc.index.words(rule.id, 'objectStarts').has(next) && !modifier && !(doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start === t.end)) return false;
  const clauseStart = doc.index.words('discourse/documents', 'clauseStart');
  for (const d of doc.mentions.documents) {
    if (d.end !== t.start || d.sentence !== s.index || !d.authors.length) continue;
    let lead = 0;
    for (let j = s.tStart; j < d.start; j++) if (tokens[j].word) lead++;
    if (lead <= 2 || clauseStart.has(tokens[d.start - 1]?.lower ?? '')) return true;
  }
  return false;
}
