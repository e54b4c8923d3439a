// A stance whose content, cut at a deontic after it, is only the party that deontic addresses has no content of
// its own (content/deontic-addressee): "Belgium insisted its European Union partners must provide guarantees" is one
// demand, of guarantees, not also one on EU membership read from the bloc's name. Sentences written for this test,
// on other parties (Hungary, Armenia, Greece, Moldova, Serbia); the negatives keep a content of their own.
import { claimCases } from './helpers.js';

claimCases('deontic addressee', [
  { body: 'Belgium has insisted its European Union partners must provide ironclad guarantees that it will be protected from retaliation.', want: ['BEL DEMAND security_guarantees []'] },
  { body: 'Budapest insisted the European Union should lift the sanctions on Russian oil.', want: ['HUN DEMAND sanctions []'] },
  { body: 'Armenia has insisted that the European Union must keep its monitoring mission on the border with Azerbaijan.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Pristina insisted its European Union partners must recognise Kosovo\'s independence.', want: ['XKX DEMAND recognition []'] },
  { body: 'Serbia insisted that its European Union partners should lift the sanctions on its energy company.', want: ['SRB DEMAND sanctions []'] },
]);

// Content of its own before the deontic: the stance keeps it.
claimCases('deontic addressee, content of its own', [
  { body: 'Armenia insisted that a ceasefire must come first.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Moldova insisted that EU membership must come first.', want: ['MDA DEMAND other []'] },
]);
