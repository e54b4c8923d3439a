// Clauses and what they govern (issue 7): a pronoun refers first to the subject of its own clause ("…
// while Yerevan says it will not rest until …"); a condition belongs to the nearest stance before it, of
// whatever type; a stance in a relative clause on the object ("any settlement that would require …") is the
// object's description, also after a quantifier; refusing a lack ("a deal that would fail to provide
// guarantees", "a truce without monitors") demands the thing. Sentences written for this test, with parties
// and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('clause', [
  {
    body: 'Baku says it will fight until all its aims are achieved while Yerevan says it will not rest until every Azerbaijani soldier is ejected from all of its territory.',
    want: ['AZE THREATEN ceasefire []', 'ARM DEMAND territory []'],
  },
  { body: 'Chisinau has rejected any settlement that would require it to give up territory it still controls.', want: ['MDA REJECT territory []'] },
  { body: 'Tbilisi rejected any agreement that would fail to provide security guarantees for Georgia.', want: ['GEO DEMAND security_guarantees []'] },
  { body: 'Moldova opposes a truce without monitors, Sandu said.', want: ['MDA REJECT ceasefire []', 'MDA DEMAND security_guarantees []'] },
  // The cue names the issue itself: a lack later in the sentence refuses nothing.
  { body: 'Serbia would not withdraw from the villages that Kosovo has failed to take.', want: ['SRB REJECT territory []'] },
]);

claimCases('restricted acceptance', [
  // Accepting only less than was asked offers that much.
  { body: 'Azerbaijan has agreed only to a three-day truce around the border villages.', want: ['AZE OFFER ceasefire []'] },
]);

claimCases('talks as a frame', [
  // "the starting point of negotiations" frames the proposal; it is no stance on the talks.
  { body: 'Italy and Spain said they strongly support the view that the fighting should stop immediately and that the current line should be the starting point of negotiations.', want: ['ITA ACCEPT ceasefire []', 'ESP ACCEPT ceasefire []'] },
]);

claimCases('passive object', [
  // A passive stance verb with its agent after it answers the stance named before it in the sentence.
  { body: "Erdogan's proposal for an Easter truce and a prisoner swap has been rejected by Moscow.", want: ['TUR PROPOSE ceasefire []', 'TUR PROPOSE humanitarian []', 'RUS REJECT ceasefire []', 'RUS REJECT humanitarian []'] },
  // A side left unnamed in a quote is no party (not the quote's speaker).
  { body: 'Speaking on Friday, Erdogan said that "one side accepted it, the other rejected it."', want: [] },
]);

claimCases('existential refusal and passive need', [
  { body: 'As part of any settlement, there will not be Turkish troops deployed to Syria, Fidan said.', want: ['TUR REJECT security_guarantees []'] },
  // A passive need states its subject as the speaker's demand; with no issue in the subject, nothing.
  { body: 'Lukashenko said security guarantees would be needed for both Belarus and Poland.', want: ['BLR DEMAND security_guarantees []'] },
  { body: 'More time is needed, the Moldovan foreign minister said.', want: [] },
]);

claimCases('promise not to harm', [
  { body: 'Ankara pledged not to strike the Kurdish towns during the truce.', want: ['TUR OFFER ceasefire []'] },
  { body: 'Moscow undertook not to attack merchant vessels travelling through the corridor.', want: ['RUS OFFER ceasefire []'] },
]);

claimCases('negated passive', [
  // The subject is refused on the speaker's word.
  { body: 'Lukashenko said the status of Zaporizhzhia would not be discussed at the talks.', want: ['BLR REJECT territory [UA-23]'] },
  { body: 'The annexed regions will never be recognised as Russian, Baerbock said.', want: ['DEU REJECT recognition []'] },
  // "not be allowed to": what follows is refused, by the speaker, not by the subject.
  { body: 'Chisinau said Russia will not be allowed to carve up the country.', want: ['MDA REJECT territory []'] },
  // A passive of a verb that concedes nothing refuses nothing.
  { body: 'The talks would not be held in Minsk, Peskov said.', want: [] },
]);

// ", which" past the object's prepositional phrase still describes the object (sentence/relative-content
// headPrepositions): "Italy proposed a roadmap for peace in Ukraine, which will require …" made a DEMAND of it.
claimCases('a relative clause past the object\'s prepositional phrase is the object\'s content', [
  { body: 'Turkey proposed a roadmap for peace between Armenia and Azerbaijan, which will require the participation of several countries.', want: ['TUR PROPOSE talks []'] },
  { body: 'Serbia rejected a plan for the north of Kosovo, which would demand the withdrawal of Serbian police.', want: ['SRB REJECT territory []'] },
  // A predicate after ", which" judges the object: it is the speaker's own stance.
  { body: 'Doha has suggested to hold talks with Hamas in Cairo, which can only be welcomed, the Egyptian minister said.', want: ['EGY ACCEPT talks []', 'QAT PROPOSE talks []'] },
]);
