// On whose word (spec §2 `source`, §3.10), helper "precision3": which outlet a claim is credited to when the
// article names other outlets than its publisher. Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOutlets, claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${c.source.outlet} ×${c.source.count ?? '-'} «${c.quote}» ${c.rule}`).join('\n');
const H = { published: '2025-03-12', outlet: 'Example Wire' };

const outlets = (body: string, wants: Array<[string, string]>) => assertOutlets(body, wants, H);

// discourse/interview-other-speaker: an interview credits its interviewee's words, not another person of the party.
test('an interview credits the interviewee, not another person of the same party', () => {
  outlets('Azerbaijan is ready to sign a peace treaty with Armenia this year, President Ilham Aliyev said in an interview with The Guardian published on Tuesday.\n\nHe said Baku would never accept foreign peacekeepers in the region.\n\nAzerbaijan\'s Foreign Minister Jeyhun Bayramov said on Wednesday that Baku would insist on changes to the Armenian constitution.', [
    ['AZE OFFER talks []', 'The Guardian'], ['AZE REJECT security_guarantees []', 'The Guardian'], ['AZE DEMAND governance []', 'Example Wire'],
  ]);
  outlets('Serbian President Aleksandar Vucic told the BBC that Belgrade would never recognise Kosovo\'s independence.\n\nSerbia\'s Prime Minister Milos Vucevic said on Thursday that Belgrade would never accept Kosovo joining NATO.\n\nVucic also said Serbia was ready to resume talks in Brussels.', [
    ['SRB REJECT recognition []', 'BBC'], ['SRB REJECT alliance []', 'Example Wire'], ['SRB OFFER talks []', 'BBC'],
  ]);
});

// discourse/own-clause-credit: "X told Axios that …" credits its own clause; an anonymous source gives no interview.
test('"an official told X that …" credits its own clause, not the sentences around it', () => {
  const body = 'Territory remains the hardest question. According to several reports, Aliyev asked in Geneva for Armenia to withdraw from the villages near the border. A senior Armenian official told Axios that Pashinyan would not pull troops out of Tavush "under any format". Pashinyan himself said on Monday that he was ready to meet Aliyev "in any format".';
  outlets(body, [['AZE DEMAND territory []', 'Example Wire'], ['ARM REJECT territory []', 'Axios'], ['ARM OFFER talks []', 'Example Wire']]);
  const cs = claimsOf(body, H);
  assert.equal(cs.find((c) => label(c) === 'AZE DEMAND territory []')!.source.count, undefined, show(cs));
});

// discourse/lede-after-dateline: a dateline naming the publisher opens the lede; the outlet the lede credits is the report's.
test('after a dateline naming the publisher, the outlet the lede credits is the source', () => {
  const cs = claimsOf('The Azerbaijani leader keeps his demands for a settlement.\n\nBAKU, 12 (EUROPA PRESS)\n\nAzerbaijan has demanded that Armenia withdraw its troops from the border villages in exchange for a halt to the shelling.\n\nAccording to people familiar with the talks in Geneva last week, the Armenian delegation asked for more time, according to the Financial Times.', { ...H, outlet: 'Europa Press' });
  const c = cs.find((x) => label(x) === 'AZE DEMAND territory []');
  assert.ok(c, show(cs));
  assert.equal(c!.source.outlet, 'Financial Times', show(cs));
});

// sources.ts CREDIT_BEFORE: a document "seen by", "obtained by" or "reviewed by" an outlet is on its word.
test('a document seen or obtained by an outlet is on its word', () => {
  outlets('Kosovo offered to hold talks with Serbia in Brussels, according to a letter seen by the Financial Times.\n\nSerbia proposed lifting the sanctions on Kosovo\'s banks, according to a draft obtained by Politico.', [
    ['XKX OFFER talks []', 'Financial Times'], ['SRB PROPOSE sanctions []', 'Politico'],
  ]);
});

// discourse/publisher-section: an unknown name of news words and the publisher's own words is its banner, no dateline.
test('the publisher\'s own banner on a line of its own is no wire credit', () => {
  const cs = claimsOf('Aktau News Aktau News\n\nAzerbaijan demanded that Armenia withdraw its troops from the border villages.', { ...H, outlet: 'Steppe Connect Aktau' });
  const c = cs.find((x) => label(x) === 'AZE DEMAND territory []');
  assert.ok(c, show(cs));
  assert.equal(c!.source.outlet, 'Steppe Connect Aktau', show(cs));
});

// sources.ts: a byline "By <agency>" credits the article; a picture's credit "(PHOTO / AFP)" credits nothing.
test('a byline agency is the source, a photo credit is not', () => {
  const cs = claimsOf('By Xinhua\n\nArmenian President Vahagn Khachaturyan and Prime Minister Nikol Pashinyan speak on June 10 in Yerevan during a press conference. (PHOTO / AFP)\n\nEgypt demanded that Ethiopia halt the filling of the dam until a binding agreement is signed.', { ...H, outlet: 'Harbour Daily' });
  const c = cs.find((x) => x.actor === 'EGY' && x.type === 'DEMAND');
  assert.ok(c, show(cs));
  assert.equal(c!.source.outlet, 'Xinhua', show(cs));
});

// discourse/named-lede-credit: a lede credit for a named person's statement does not cover the article.
test('a lede credit citing a named person\'s statement is that statement\'s only', () => {
  outlets('Azerbaijan has rejected Armenia\'s proposal to extend the truce. "The president has not ordered an extension of the truce," Reuters reported, citing a statement from Azerbaijani presidential aide Hikmet Hajiyev.\n\nShortly afterwards, the EU said it would welcome an extension of the truce.', [
    ['AZE REJECT ceasefire []', 'Reuters'], ['EU ACCEPT ceasefire []', 'Example Wire'],
  ]);
});

// discourse/interview: "According to Axios, senior U.S. officials indicated …" is no interview of the United States.
test('"according to X, unnamed officials …" is no interview', () => {
  outlets('Serbian and Kosovar negotiators will meet in Brussels next week.\n\nThe talks come after months of tension in the north.\n\nKosovo is seeking robust security guarantees, as full NATO membership for Kosovo remains opposed by the United States and several allies. According to Axios, senior U.S. officials indicated that the administration may be prepared to offer security guarantees.\n\nWashington has continued to push Belgrade to resume the talks in Brussels.', [
    ['USA REJECT alliance []', 'Example Wire'], ['USA OFFER security_guarantees []', 'Axios'], ['USA DEMAND talks []', 'Example Wire'],
  ]);
});

// discourse/interview: the speaker of "X said …, according to Reuters" is the subject of the verb of saying, not a
// party named in what he said.
test('the interviewee is the one who speaks, not the party he plans to meet', () => {
  outlets('Armenian Prime Minister Nikol Pashinyan said on Friday that he planned to meet Azerbaijani leader Ilham Aliyev and that some of the points were worth working with, according to Reuters.\n\nThe document, published by the foreign ministry in Baku, also demanded changes to the Armenian constitution.', [
    ['ARM PROPOSE talks []', 'Reuters'], ['AZE DEMAND governance []', 'Example Wire'],
  ]);
});

// A dateline that names the publisher credits no one else: the other agency of a two-name dateline is the source, and
// an interview named in the lede (discourse/interviewed-name: "an interview with Pink") covers the speaker's words.
test('a dateline naming the publisher: the other agency, or the interview, is the source', () => {
  const a = claimsOf('CAIRO (UrduPoint News / Sputnik - 12th March, 2025) Egypt proposed a roadmap for peace in Sudan, the foreign minister said.', { ...H, outlet: 'UrduPoint' });
  assert.equal(a.find((c) => label(c) === 'EGY PROPOSE talks []')?.source.outlet, 'Sputnik', show(a));
  const b = claimsOf('(Harbour Daily) Serbian President Aleksandar Vucic has said that his proposal for a holiday truce has received support from Pristina. Speaking in an interview with Pink on Friday, Vucic noted that Serbia was ready to resume the talks.', { ...H, outlet: 'Harbour Daily' });
  assert.equal(b.find((c) => label(c) === 'SRB PROPOSE ceasefire []')?.source.outlet, 'Pink', show(b));
  assert.equal(b.find((c) => label(c) === 'SRB OFFER talks []')?.source.outlet, 'Pink', show(b));
});

// sources.ts: the outlet a credit cites is the original report's ("reported by X, citing an interview with Y" = Y).
test('an outlet cited by the crediting outlet is the source', () => {
  const cs = claimsOf('This is reported by Ukrainska Pravda, citing an interview with the newspaper Frankfurter Allgemeine Zeitung. Armenia insists on a system of security guarantees, the Armenian foreign minister said.', H);
  const c = cs.find((x) => label(x) === 'ARM DEMAND security_guarantees []');
  assert.ok(c, show(cs));
  assert.equal(c!.source.outlet, 'Frankfurter Allgemeine Zeitung', show(cs));
});

// outlets.json: "AA" is Anadolu's short name, taken only where a credit makes it an outlet ("(AA)" dateline, "told
// AA"); PTI's canonical name is its short one, as AFP's and ANI's are (the name a reader and a scorer expect).
test('a wire dateline or credit of a short agency name is that agency; the letters elsewhere are no outlet', () => {
  outlets('BELGRADE (AA) - Serbia rejected the proposal for a new round of talks on Monday.', [['SRB REJECT talks []', 'Anadolu']]);
  outlets('Serbia would never recognise Kosovo, Vucic told AA on Monday.', [['SRB REJECT recognition []', 'Anadolu']]);
  outlets('Kosovo rejected the proposal of the AA group on Monday.', [['XKX REJECT talks []', 'Example Wire']]);
  outlets('NEW DELHI (PTI) - India is ready to host talks between Armenia and Azerbaijan, the foreign ministry said.', [['IND OFFER talks []', 'PTI']]);
  outlets('India is ready to host talks between Armenia and Azerbaijan, the Press Trust of India reported.', [['IND OFFER talks []', 'PTI']]);
});

// discourse/byline-agency: a byline naming the reporter's agency credits it; the publisher's own name, a title or a
// desk there credits no other outlet.
test('a byline naming an agency after the reporter credits the agency for the story', () => {
  const h = { published: '2026-01-07', outlet: 'Valley Herald' };
  const body = (byline: string) => `${byline}\n\nBELGRADE — Serbia rejected the proposal for a new round of talks on Tuesday, President Aleksandar Vucic said.`;
  assertOutlets(body('By Jane Doe, The Canadian Press'), [['SRB REJECT talks []', 'The Canadian Press']], h);
  assertOutlets(body('By Jane Doe and John Roe, Austral Press Wire | Updated January 6 2026 - 5:30am'), [['SRB REJECT talks []', 'Austral Press Wire']], h);
  assertOutlets(body('By Jane Doe, Staff Reporter'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('By Jane Doe, Herald Belgrade Bureau | Jan. 7, 2026'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('By Jane Doe, Valley Herald'), [['SRB REJECT talks []', 'Valley Herald English']], { ...h, outlet: 'Valley Herald English' });
});

// discourse/credit-line: a line of its own naming a wire and the publisher's share of the work ("The Canadian Press,
// with Herald files", "From Reuters and Herald correspondents", "Reuters, with additional reporting by staff") credits
// the wire for the story, as a bare "Reuters" line does; a page's section label ("WORLD NEWS") credits nobody.
test('a credit line naming a wire and the publisher\'s own share credits the wire', () => {
  const h = { published: '2026-01-07', outlet: 'Valley Herald' };
  const body = (line: string) => `VALLEY HERALD\nWednesday, January 7, 2026\n${line}\n\nSerbia rejects new talks\n\nBELGRADE — Serbia rejected the proposal for a new round of talks on Tuesday, President Aleksandar Vucic said.`;
  assertOutlets(body('The Canadian Press, with Herald files'), [['SRB REJECT talks []', 'The Canadian Press']], h);
  assertOutlets(body('Associated Press, with files from the Herald'), [['SRB REJECT talks []', 'Associated Press']], h);
  assertOutlets(body('From Reuters and Herald correspondents'), [['SRB REJECT talks []', 'Reuters']], h);
  assertOutlets(body('Reuters, with additional reporting by Herald staff'), [['SRB REJECT talks []', 'Reuters']], h);
  assertOutlets(body('From AFP and staff reports'), [['SRB REJECT talks []', 'AFP']], h);
  // (Section labels and the publisher's own desk credit no other outlet.)
  assertOutlets(body('WORLD NEWS'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('OVERSEAS NEWS'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('Foreign News'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('Compiled from wire reports by the Herald news desk'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('Herald World Desk, with wire services'), [['SRB REJECT talks []', 'Valley Herald']], h);
  assertOutlets(body('Herald World Desk, with Anadolu Agency and wire services'), [['SRB REJECT talks []', 'Valley Herald']], h);
  // (A sentence that only mentions a wire credits nothing: "Reuters, which first reported the talks, …" is prose.)
  assertOutlets('VALLEY HERALD\n\nBELGRADE — Serbia rejected the proposal for a new round of talks on Tuesday, President Aleksandar Vucic said. Reuters, the news agency, had reported on Monday that talks were planned.', [['SRB REJECT talks []', 'Valley Herald']], h);
});

// discourse/dateline-after-masthead: a wire dateline opening the first paragraph of prose credits the whole article,
// however many short masthead, section, headline, standfirst and byline lines stand above it.
test('a wire dateline under a masthead of short lines credits the whole article', () => {
  const h = { published: '2025-03-12', outlet: 'Valley Herald (English edition)' };
  const top = 'VALLEY HERALD | ENGLISH EDITION | WORLD\nIndependent journalism from the valley\nSerbia rejects new talks\nBelgrade says no to a new round; Pristina says it is ready\nBy Ana Ruiz | Wednesday, March 12, 2025\n';
  const story = 'BELGRADE (AFP) - Serbia rejected the proposal for a new round of talks on Tuesday, President Aleksandar Vucic said.\nKosovo\'s Prime Minister Albin Kurti said on Tuesday that Pristina was ready to resume the dialogue in Brussels.\nArmenia\'s Prime Minister Nikol Pashinyan said on Tuesday that Yerevan was ready to sign the peace treaty with Azerbaijan.';
  assertOutlets(top + story, [['SRB REJECT talks []', 'AFP'], ['XKX OFFER talks []', 'AFP'], ['ARM OFFER talks []', 'AFP']], h);
  // (Under a standfirst long enough to be prose, and under a staff byline line.)
  const standfirst = 'VALLEY HERALD | WORLD\nSerbia rejects new talks\nBelgrade says no to a new round of the dialogue while Pristina says it is ready to return to Brussels next month\nHerald Staff Reporter\n';
  assertOutlets(standfirst + story, [['SRB REJECT talks []', 'AFP'], ['XKX OFFER talks []', 'AFP'], ['ARM OFFER talks []', 'AFP']], h);
  // (A dateline further down is no credit for the article: the publisher keeps the prose above it; the wire copy it
  // opens, that paragraph and the ones after it, is the wire's, discourse/wire-under-local-top.)
  const prose = 'Serbia rejected the proposal for a new round of talks on Tuesday, President Aleksandar Vucic said in Belgrade after a long meeting with his advisers.\nThe meeting lasted for hours and ended late.\nIt was the third in a month.\nAnother paragraph of background on the dialogue follows here.\nPRISTINA (AFP) - Kosovo\'s Prime Minister Albin Kurti said on Tuesday that Pristina was ready to resume the dialogue in Brussels.\nArmenia\'s Prime Minister Nikol Pashinyan said on Tuesday that Yerevan was ready to sign the peace treaty with Azerbaijan.';
  assertOutlets(top + prose, [['SRB REJECT talks []', 'Valley Herald (English edition)'], ['XKX OFFER talks []', 'AFP'], ['ARM OFFER talks []', 'AFP']], h);
});
