// Which outlet an interview credits (spec §2 `source`): the interview is its giver's, named in apposition or as the
// possessor of the interview noun, and a party's words reported through another source stay on that source's word.
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import { assertOutlets } from './helpers.js';

const H = { published: '2025-03-12', outlet: 'Example Wire' };

const outlets = (body: string, wants: Array<[string, string]>) => assertOutlets(body, wants, H);

// discourse/interview-other-speaker: the interviewee named before a role in apposition is the one the interview credits.
// ("Turkey demanded a ceasefire": the word "demand" is a demand whoever makes it, claim/mediator-proposes demandWords.)
test('a name before a role in apposition is the interviewee: another person of the party is not on its word', () => {
  outlets('Ararat Mirzoyan, the Armenian foreign minister, told Al Jazeera that Yerevan would not allow foreign troops on its border.\n\nPrime Minister Nikol Pashinyan said on Friday that Armenia was ready to sign the peace treaty with Azerbaijan.', [
    ['ARM REJECT security_guarantees []', 'Al Jazeera'], ['ARM OFFER talks []', 'Example Wire'],
  ]);
  outlets('Hakan Fidan, Turkey\'s foreign minister, told CNN Turk that Ankara would host the next round of talks.\n\nPresident Recep Tayyip Erdogan said on Monday that Turkey demanded a ceasefire in Gaza.', [
    ['TUR DEMAND ceasefire []', 'Example Wire'],
  ]);
});

// discourse/interview-possessor: "X's remark to OUTLET" is X's interview, not the sentence subject's.
test('the possessor of the interview noun gave it, not the subject of the sentence', () => {
  outlets('Serbian Foreign Minister Marko Djuric said the West had used the Brussels talks to buy time, citing Josep Borrell\'s remark to Der Spiegel that the process had stalled.\n\nSerbia would never recognise Kosovo\'s independence, Djuric said on Tuesday.', [
    ['SRB REJECT recognition []', 'Example Wire'],
  ]);
});

// A party's words reported by an anonymous or anaphoric source are on that source's word, not an interview's.
test('a party reported through an official who briefed reporters is not on the party\'s interview', () => {
  outlets('Ilham Aliyev told Euronews that Azerbaijan was ready to sign the treaty.\n\nAliyev spoke to the French president by phone, according to a French official who briefed reporters afterwards. The official said Aliyev had again insisted on changes to the Armenian constitution.', [
    ['AZE OFFER talks []', 'Euronews'], ['AZE DEMAND governance []', 'Example Wire'],
  ]);
});
