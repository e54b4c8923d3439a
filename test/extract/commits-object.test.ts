// A verb of binding with the bound party as its object (candidate/commits-object): the bound party promises what
// follows "to" (spec §2 OFFER). "The signatories", "participants" and a "them" of a signed text are the signers of the
// document, its authors. With it, the documents' authors: a city's name before a declaration names its venue
// (discourse/document-venue-name), a clause naming the document stands between its producing verb and it
// (discourse/document-named-by), and a subject of members of a group stands for the group (discourse/member-subject).
// Negatives: a draft binds no one, guarantees that "would commit" a party are no signed text, a clause the subject
// refuses, troops committed somewhere, and a negated verb. Sentences written for this test, on other disputes.
import { claimCases, assertNone, assertIncludes } from './helpers.js';

claimCases('a document binds the party named as its object: that party offers', [
  { body: 'A separate memorandum signed by Azerbaijan and the OSCE commits the OSCE to monitor the ceasefire along the border.', want: ['OSCE OFFER ceasefire []'] },
  { body: 'The memorandum signed by Serbia and the EU on Monday commits Belgrade to recognise Kosovo\'s independence.', want: ['SRB OFFER recognition []'] },
  { body: 'Under pressure from Washington, the two sides signed a declaration committing Armenia and Azerbaijan to release all prisoners of war.', want: ['ARM OFFER humanitarian []', 'AZE OFFER humanitarian []'] },
]);

claimCases('"the signatories", "participants", "them": the signers of the document, its authors', [
  { body: 'Leaders of the African Union adopted the Addis Ababa communique on Friday. It commits the signatories to a ceasefire monitoring mission in Sudan.', want: ['AU OFFER security_guarantees []'] },
  { body: 'The statement issued by Egypt, Qatar and Turkey on Sunday commits participants to an exchange of all prisoners.', want: ['EGY OFFER humanitarian []', 'QAT OFFER humanitarian []', 'TUR OFFER humanitarian []'] },
  { body: 'Leaders of the Arab League signed a declaration in Cairo on Tuesday committing them to send a peacekeeping force to Gaza once a ceasefire is in place.', want: ['LAS OFFER security_guarantees []'] },
]);

// The authors of a declaration named for its venue, or named by someone else in a clause.
assertIncludes([
  ['Ministers from some 20 countries of the European Union adopted what the Élysée called the Paris declaration on Moldova. Its text commits the signatories to a monitoring mission on the Dniester.', 'EU OFFER security_guarantees []'],
  ['Delegations of the African Union, meeting in Nairobi, adopted the Nairobi declaration. It commits the signatories to a monitoring mission in South Sudan.', 'AU OFFER security_guarantees []'],
]);

assertNone([
  // A draft or a plan binds no one until it is signed.
  'An earlier draft had committed the EU to the so-called reparations loan for Armenia.',
  // No signed text: guarantees that would bind, a clause refused.
  'The guarantees would commit Washington and its allies to respond if Azerbaijan attacked Armenia again.',
  'Yerevan would not accept a clause obliging it to withdraw from the villages it holds.',
  // Troops committed somewhere, and a refusal to commit.
  'Under the memorandum, Kenya committed 400 police officers to the mission in Haiti last year.',
  'The declaration did not commit the signatories to any new sanctions.',
], / OFFER /);
