#!/usr/bin/env node
// The inner loop of rule work: one command, a few seconds, every measure of extraction quality.
//   node scripts/quality.mjs                 scoreboard (needs `npm run build` first)
//   node scripts/quality.mjs --only own-s,constructions   only these lines (a corpus, a case set, plover-dev, dates)
//   node scripts/quality.mjs --list FAMILY   also list the failing cases of a family (or "dev", "blind", "paraphrase-3",
//                                            "own", "plover", "plover-blind", "all")
//                                            (never those of a held-out set: corpora or paraphrase-2)
// Sets: the shared dev corpus (47 articles, ../shared), our own annotated corpora A to AL (the held-out ones listed in scripts/held-out.mjs), the blind raw
// set (20 real articles of ../shared/corpus/raw annotated by helpers who never saw the rules), the
// construction families and the PLOVER-style sentences from other conflicts (dev and blind halves).
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, dist, readInputs, extract, toEvalRecord, score, readJsonl, scoreDetails } from './dist.mjs';
import { HELD_OUT_GOLD, HELD_OUT_CASES, heldOutDocs as heldOutDocsOf } from './held-out.mjs';

const { parseCases, runCase, scoreFamilies, scoreStances } = await import(dist('eval/cases.js'));

const args = process.argv.slice(2);
const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : null;
const shared = join(root, '..', 'shared');
const f2 = (x) => (x == null ? ' n/a' : x.toFixed(2));

// The own sets all read one folder of articles: it is extracted once per run, not once per set.
const predCache = new Map();
async function predictions(paths) {
  const k = paths.join('\0');
  if (predCache.has(k)) return predCache.get(k);
  const out = [];
  for await (const r of readInputs(paths)) if (r.article) for (const c of extract(r.article)) out.push(toEvalRecord(c));
  predCache.set(k, out);
  return out;
}

// --only NAME,NAME: score only these lines (corpora such as own-s or dev, case sets such as constructions, challenge,
// plover-dev, dates): the inner loop on one family of rules takes seconds instead of the whole scoreboard's minute.
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const wanted = (name) => !only || only.has(name);

// --diff: print the claims that appeared (+) or disappeared (-) on each corpus since the last run.
const diff = args.includes('--diff');
const key = (p) => `${p.doc} ${p.actor} ${p.type} ${p.issue} [${(p.regions ?? []).join(',')}] “${String(p.quote).slice(0, 80)}”`;
// blind-late (10 real articles of the raw corpus's late folder, annotated blind) was HELD OUT from the first sessions to the
// twentieth: F1 0.54 (P 0.62 R 0.48; tp 29 fp 18 fn 31; date 1.00, outlet 0.55) on 975bd81, the twenty-first session's
// start, before any tuning on it. A tuning set since 2026-12-01 (twenty-first session): real wire copy is what the rules
// fail on, and the written sets' gains did not reach it; blind-fourth stays held out as the real-text measure.
// Held-out sets (blind-fourth and own N, O) are scored only: their claims are never listed or diffed, so that
// rules are not tuned on them and their figure stays a measure of unseen text. blind-third was held out
// until it had been scored before any tuning (F1 0.33 on 2cbf2a3 and d4ca89e); it is now a tuning set.
// blind-sixth (14 raw 'few' articles, annotated blind 2026-11-29) is a tuning set from the start; its figure
// before any tuning was F1 0.37 (P 0.67 R 0.26; tp 10 fp 5 fn 29) on 654fcde.
// own-c (12 articles c01-c12 written and annotated blind 2026-11-29; scoring keeps only the gold's docs, so
// the shared articles folder is passed whole) is a tuning set; its figure before any tuning was F1 0.63
// (P 0.70 R 0.58; tp 76 fp 33 fn 56) on 190fd4b.
// own-d (12 articles d01-d12 written and annotated blind 2026-11-29) was HELD OUT for one whole session: F1 0.47
// (P 0.61 R 0.38; tp 77 fp 49 fn 127) on 2f5e540 before it, 0.47 (tp 77 fp 50 fn 127) on f7ddd33 after it. A
// tuning set since 2026-11-29 (ninth session); a new written set takes its place as held out.
// own-e (12 articles e01-e12 written and annotated blind 2026-11-29, before any extractor output was seen) was
// HELD OUT for one whole session: F1 0.37 (P 0.44 R 0.32; tp 51 fp 64 fn 106) on f7ddd33 before it and the same,
// to the claim, on 0de7bc3 after it. A tuning set since 2026-11-30 (tenth session); own-f takes its place.
// own-f (12 articles f01-f12, written and annotated blind 2026-11-30, before any extractor output was seen) was
// HELD OUT for two whole sessions: F1 0.50 (P 0.50 R 0.51; tp 62 fp 61 fn 60) on 45b6f86 and 0.51 (tp 63 fp 60
// fn 60) on 786740c. A tuning set since 2026-11-30 (twelfth session).
// own-g (12 articles g01-g12, written and annotated blind 2026-11-30, eleventh session, before any extractor output
// was seen) was HELD OUT for two whole sessions: F1 0.49 (P 0.52 R 0.47; tp 49 fp 46 fn 55) on 45b6f86 before any
// tuning, 0.49 on 786740c and 0.52 (tp 53 fp 46 fn 51) on de266ed. A tuning set since 2026-11-30 (thirteenth session).
// own-h (12 articles h01-h12, written and annotated blind 2026-11-30, twelfth session, before any extractor output
// was seen: a wire alert, a briefing transcript, a parliamentary record, a long-read, a fact-check, a newsletter, an
// op-ed, a timeline and wire rewrites) was HELD OUT for two whole sessions: F1 0.49 (P 0.59 R 0.42; tp 58 fp 40
// fn 81) on 786740c before any tuning, 0.50 (P 0.60 R 0.42; tp 59 fp 39 fn 80) on 86c63f5. A tuning set since
// 2026-11-30 (fourteenth session). Its 6 gold claims on issue `other` (h04) are scored, so they count as missed.
// own-i (12 articles i01-i12, written and annotated blind 2026-11-30, thirteenth session, before any extractor output
// was seen: a long-read, a Turkish and an Indian wire rewrite, a translated Swiss regional piece, a wire alert, a
// Verkhovna Rada question-hour record, a fact-check, a newsletter, a briefing transcript with Q&A, an op-ed quoting
// officials, a timeline, a US local paper's AP rewrite) was HELD OUT for two whole sessions: F1 0.49 (P 0.61 R 0.42;
// tp 48 fp 31 fn 67) on d0f5f99 before any tuning, and the same, to the claim, on 07e8761 (date 0.71 -> 0.69). A
// tuning set since 2026-11-30 (fifteenth session). Its 11 gold claims on issue `other` are optional (spec §2: not
// scored), as in own-d.
// own-j (12 articles j01-j12, written and annotated blind 2026-11-30, fourteenth session, before any extractor output
// was seen: an Indonesian paper's Reuters rewrite, a Verkhovna Rada plenary record, a long-read, a fact-check, a
// Chinese foreign-ministry briefing transcript with Q&A, a US local paper's AP rewrite, a translated Italian piece,
// a newsletter, an op-ed quoting officials, a timeline, a short alert, an interview with a deputy foreign minister)
// was HELD OUT for two whole sessions: F1 0.45 (P 0.54 R 0.39; tp 47 fp 40 fn 75) on 478a749 before any tuning,
// 0.44 (P 0.52 R 0.39; tp 47 fp 44 fn 75; date 0.79) on 92f7f14 at its release. A tuning set since 2026-11-30
// (sixteenth session). Its 9 gold claims on issue `other` are optional.
// own-k (12 articles k01-k12, written and annotated blind 2026-11-30, fifteenth session, before any extractor output
// was seen: a timestamped liveblog, a state-media English report, a Gulf paper's AFP/QNA rewrite, an East African
// paper's Reuters rewrite, a radio interview transcript, a think-tank explainer with a "what each side wants"
// section, a translated Polish analysis, a roundup of officials' Telegram posts, a report on two leaked drafts, a UN
// Security Council meeting summary, an anniversary essay, a sports-style winners-and-losers column) was HELD OUT for
// three whole sessions: F1 0.47 (P 0.57 R 0.40; tp 54 fp 40 fn 82) on fa677b6 before any tuning, 0.48 (P 0.59 R 0.40;
// tp 55 fp 39 fn 81; date 0.91) on bcf0c7b at its release. A tuning set since 2026-11-30 (eighteenth session). Its 10
// gold claims on issue `other` are optional.
// own-l (12 articles l01-l12, written and annotated blind 2026-11-30, sixteenth session, before any extractor output
// was seen: a podcast transcript with two hosts and a guest, a questions-and-answers explainer, a Korean paper's
// Yonhap rewrite, a magazine profile of a negotiator (Dmitriev), a German chancellor's press conference with Q&A
// (translated), a translated French newspaper piece, a Latin American paper's EFE rewrite, a Japanese paper's Kyodo
// rewrite of a Kremlin readout, a Ukrainian regional outlet's "what we know so far" list, a business paper on
// markets moving with the talks, a diary-style dispatch from Anchorage, a Senate committee hearing record) was HELD
// OUT for three whole sessions: F1 0.57 (P 0.66 R 0.50; tp 65 fp 33 fn 65) on 22a3a16 before any tuning, 0.59 (P 0.68
// R 0.52; tp 67 fp 32 fn 63; date 0.93) on d4f0d25 at its release. A tuning set since 2026-12-01 (nineteenth
// session). Its 5 gold claims on issue `other` are optional.
// own-m (12 articles m01-m12, written and annotated blind 2026-11-30, seventeenth session, before any extractor output
// was seen: a Polish paper's printed Q/A interview with a negotiator, a ministry statement in full with the replies to
// it, a European Parliament plenary record, an Indian paper's PTI rewrite, a Turkish paper's Anadolu rewrite, a
// Canadian paper's Reuters "UPDATE 2", a weekly "what changed this week" digest, a memoir excerpt recalling the 2022
// rounds, a TV debate transcript, a regional story with an editor's correction, a Holy See statement with reactions,
// a Baltic paper's open letter with the replies) was HELD OUT for three whole sessions: F1 0.49 (P 0.60 R 0.41;
// tp 58 fp 38 fn 82; date 0.91) on 2fda342 before any tuning, 0.50 (P 0.62 R 0.42; tp 59 fp 36 fn 81; date 0.92) on
// 8783615 at its release. A tuning set since 2026-12-01 (twentieth session). Its 9 gold claims on issue `other` are
// optional.
// own-n (12 articles n01-n12, written and annotated blind 2026-12-01, nineteenth session, before any extractor output
// was seen: a translated Swedish paper on the Malta advisers' meeting with Moscow's reactions, an OSCE Ministerial
// Council summary record, a Dutch paper on the Hague claims commission and the frozen assets, a Nigerian paper's AFP
// rewrite of African Union and Arab League statements, a Brazilian paper's translated-sounding rewrite of a Lula-era
// mediation story, a wire factbox of each side's positions, a TV news-ticker transcript, a press-agency correction,
// a court-reporting account of a leaked call transcript, an academic blog post on ceasefire-first sequencing, a forum
// AMA with a former OSCE mediator, a Moscow correspondent's subscriber email) is HELD OUT the same way. Its figure
// before any tuning: F1 0.53 (P 0.58 R 0.49; tp 74 fp 53 fn 76; date 0.84) on 0dca50f, main at the time (adding the
// set changes no extractor code). Its 47 optional gold claims include its 3 on issue `other`. It was held out for three
// whole sessions (nineteenth to twenty-first): F1 0.52 (P 0.57 R 0.49; tp 73 fp 56 fn 77; date 0.82) on b7a37e5 at its
// release; a tuning set since 2026-12-01 (twenty-second session).
// own-o (12 articles o01-o12, written and annotated blind 2026-12-01, twentieth session, before any extractor output
// was seen: a Chinese state paper's English report on the Friends for Peace group at the UN, a Thai paper's AFP/Reuters
// rewrite of the Kazan BRICS declaration with reactions, a Verkhovna Rada foreign-affairs committee hearing summary, a
// translated Russian regional (Kursk) paper, a Sri Lankan paper on the G20 Delhi declaration with reactions, a Moldovan
// paper on the Bulboaca summit, an Israeli paper recalling Bennett's 2022 mediation, a sanctions-law firm's client
// alert, a wire factbox on prisoner exchanges, a church Christmas epistle with the replies from Moscow and Kyiv, an
// investigative piece on back-channels with counted anonymous sources, a regional radio phone-in transcript) was HELD
// OUT the same way. Its figure before any tuning: F1 0.54 (P 0.60 R 0.49; tp 64 fp 42 fn 66; date 0.92) on a1801e8,
// main at the time (adding the set changes no extractor code). Its 56 optional gold claims include its 7 on issue `other` (5 on the Zaporizhzhia plant).
// It was held out for three whole sessions (twentieth to twenty-second): F1 0.54 (P 0.60 R 0.49; tp 64 fp 43 fn 66;
// date 0.92) on 9e53ac5 at its release; a tuning set since 2026-12-01 (twenty-third session).
// own-p (12 articles p01-p12, written and annotated blind 2026-12-01, twenty-third session, before any extractor output
// was seen: a Downing Street page of call readouts, a Polish think-tank brief on the 28 points, a translated Romanian
// local paper on the grain deal's end, a weekly world-press review of Anchorage, a local TV evening-news script on the
// Istanbul round, a book review on Istanbul 2022, an Irish letters page with both ambassadors, a shipping trade
// newsletter on the Riyadh maritime terms, a roundtable rapporteur's report on frozen assets, a yearbook's review of
// 2023, a prisoners' families association press release, a translated Japanese editorial) is HELD OUT the same way.
// Its figure before any tuning: F1 0.56 (P 0.66 R 0.49; tp 78 fp 41 fn 80; date 0.78) on 4f68a3b, main at the time
// (extractor code as 9e53ac5; adding the set changes none). Its 58 optional gold claims include its 15 on issue `other`.
// It was held out for two whole sessions (twenty-third and twenty-fourth): F1 0.58 (P 0.68 R 0.51; tp 80 fp 38 fn 78;
// date 0.79) on fc15e2a at its release (not a clean unseen figure: one rule of the twenty-fourth session was written for
// a genre chosen knowing P has such a page); a tuning set since 2026-12-01 (twenty-fifth session).
// own-q (12 articles q01-q12, written and annotated blind 2026-12-01, twenty-fifth session, before any extractor output
// was seen: an encyclopedia entry on the Istanbul communique, an archive reprint of a 2022 front page on the grain deal,
// an EU Council factsheet with a myths-and-facts box, a Sunday paper's quotes of the week, a Kyiv paper's opinion-poll
// story, a wire planning desk's week-ahead diary, news for learners of English with a glossary, a readers' editor
// column, a shipping company's earnings-call transcript, photo-gallery captions, a student paper's report of a lecture,
// a Sunday TV interview transcript) is HELD OUT the same way. Its figure before any tuning: F1 0.62 (P 0.72 R 0.55;
// tp 87 fp 33 fn 72; date 0.75) on 7073f17, main at the time (extractor code as fc15e2a; adding the set changes none).
// It was held out for two whole sessions (twenty-fifth to twenty-seventh): F1 0.62 (P 0.72 R 0.55; tp 87 fp 33 fn 72;
// date 0.75) on ae89238 at its release, as before any tuning; a tuning set since 2026-12-02 (twenty-eighth session).
// own-r (12 articles r01-r12, written and annotated blind 2026-12-01, twenty-sixth session, before any extractor output
// was seen; mostly straight news in eight house styles, since the hidden corpus is real news: a wire UPDATE 2 on
// Istanbul 2022, a business daily on the grain deal's end, a Ukrainian English-language outlet on Jeddah, a Russian
// state outlet in English on Putin's June 2024 terms, a translated Munich regional paper on the Security Conference, a
// Gulf paper on the June 2025 Istanbul memoranda, a US cable-news site the day after Anchorage, a broadsheet on the
// 28-point plan with counted anonymous sources; and an obituary of a diplomat, a year-end A to Z glossary, a monthly
// news quiz, an annotated speech with editors' notes) is HELD OUT the same way. Its figure before any tuning: F1 0.60
// (P 0.62 R 0.57; tp 97 fp 60 fn 72; date 0.90, outlet 0.81) on 4606578's extractor code (adding the set changes none).
// Its 57 optional gold claims include its 16 on issue `other`. It was held out for two whole sessions (twenty-sixth to
// twenty-eighth): F1 0.61 (P 0.63 R 0.59; tp 99 fp 57 fn 70; date 0.90, outlet 0.82) on 9916c2b at its release; a tuning
// set since 2026-12-02 (twenty-ninth session).
// own-s (12 articles s01-s12, written and annotated blind 2026-12-02, twenty-seventh session, before any extractor
// output was seen; eight straight news reports in house styles R did not use: a Korean wire "(LEAD)" on Riyadh 2025, an
// Indian daily on Jeddah, a Turkish English-language daily on Istanbul 2025, a Polish public broadcaster's English site
// on the Geneva 19 points, a Chinese state outlet on the 12-point paper, a Swiss paper on Buergenstock, an Australian
// broadcaster on Abu Dhabi 2026, a Kansas paper re-running a wire story on the grain deal; and a fact-check, a Kremlin
// briefing transcript, a Commons debate report, a Brussels newsletter digest) is HELD OUT the same way. Its figure
// before any tuning: F1 0.57 (P 0.58 R 0.55; tp 89 fp 64 fn 73; date 0.90, outlet 0.88) on 2bb3200 (adding the set
// changes none). Its 64 optional gold claims include its 13 on issue `other`. It was held out for three whole sessions
// (twenty-seventh to twenty-ninth): F1 0.56 (P 0.58 R 0.55; tp 89 fp 65 fn 73; date 0.90, outlet 0.87) on 12182d6 at its
// release; a tuning set since 2026-12-02 (thirtieth session).
// own-t (12 articles t01-t12, written and annotated blind 2026-12-02, twenty-seventh session, all straight news in
// house styles no set had used: a French wire in English, a British tabloid's site, a US public radio site, a Pakistani
// daily, a Kazakh outlet, a Romanian outlet's English edition, an Irish paper, a Nigerian daily, a Singapore paper, an
// Italian paper's English edition, a Canadian wire, a US paper's Washington bureau) is a TUNING set, released the day
// it was written for the precision work on straight news (own R and S, held out, score P 0.62 and 0.58). Its figure
// before any tuning, on 2bb3200's extractor (reference scorer): F1 0.60 (P 0.64 R 0.57; tp 93 fp 53 fn 69; date 0.95,
// outlet 0.96). 58 optional gold claims, 7 of them on issue `other`.
// own-u (12 articles u01-u12, written and annotated blind 2026-12-02, twenty-eighth session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Japanese wire in English, a Bangladeshi
// daily, a Georgian English-language outlet, a Moldovan outlet's English edition, a Scottish paper, a Kenyan paper, a
// Hong Kong paper, a Spanish paper's English edition, a Dutch public broadcaster's English site, a Lithuanian
// broadcaster's English service, a Greek English-language daily, a South African paper) is HELD OUT the same way. Its
// figure before any tuning, on ae89238's extractor (reference scorer): F1 0.60 (P 0.59 R 0.62; tp 84 fp 58 fn 52; date
// 0.94, outlet 0.93). 73 optional gold claims, 12 of them on issue `other`.
// It was held out for three whole sessions (twenty-eighth to thirtieth): F1 0.61 (P 0.60 R 0.63; tp 85 fp 56 fn 51;
// date 0.94, outlet 0.94) on 14f9d3e at its release; a tuning set since 2026-12-02 (thirty-first session).
// own-v (12 articles v01-v12, written and annotated blind the same day, in twelve more house styles: a US business
// wire, a Czech radio English service, an Israeli paper's English site, a Philippine daily, a New Zealand news site, a
// Finnish public broadcaster's English news, an Armenian English-language outlet, a Hungarian government-aligned
// English site, a Brazilian paper's English edition, a Malaysian paper, an Egyptian English-language daily, a British
// Sunday broadsheet) is a TUNING set, released the day it was written, as T was. Its figure before any tuning, on
// ae89238's extractor (reference scorer): F1 0.55 (P 0.53 R 0.56; tp 80 fp 71 fn 62; date 0.95, outlet 1.00). 65
// optional gold claims, 9 of them on issue `other`.
// own-w (12 articles w01-w12, written and annotated blind 2026-12-02, twenty-ninth session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: an Estonian public broadcaster's English
// news, a Latvian broadcaster's English service, a Slovak daily's English section, a Bulgarian English-language wire, a
// Serbian English-language outlet, a Belgian English-language site, a Norwegian public broadcaster's English page, an
// Austrian paper's English edition, a Thai English-language daily, an Indonesian English-language daily, a Mexican
// English-language news site, a Saudi English-language daily) is HELD OUT the same way. Its figure before any tuning,
// on 9916c2b's extractor (reference scorer): F1 0.61 (P 0.63 R 0.58; tp 97 fp 56 fn 70; date 0.90, outlet 0.92). 80
// optional gold claims, 11 of them on issue `other`.
// It was held out for three whole sessions (twenty-ninth to thirty-first): F1 0.62 (P 0.64 R 0.59; tp 99 fp 55 fn 68;
// date 0.90, outlet 0.92) on d346644 at its release; a tuning set since 2026-12-02 (thirty-second session).
// own-x (12 articles x01-x12, written and annotated blind the same day, in twelve more house styles: a Danish paper's
// English edition, a Vietnamese state wire in English, a Sri Lankan daily, a Canadian public broadcaster, a Ghanaian
// news site, a Croatian English-language site, a Swedish public radio English service, an Argentine English-language
// site, an Ethiopian outlet, a Chilean paper's English page, a US national paper's foreign desk, a regional US TV
// station's site re-running a wire story) is a TUNING set, released the day it was written, as T and V were. Its figure
// before any tuning, on 9916c2b's extractor (reference scorer): F1 0.61 (P 0.62 R 0.61; tp 98 fp 60 fn 63; date 0.97,
// outlet 0.88). 93 optional gold claims, 13 of them on issue `other`.
// own-y (12 articles y01-y12, written and annotated blind 2026-12-02, thirtieth session, before any extractor output
// was seen; all straight news in twelve house styles no set had used: an Icelandic public broadcaster's English news, a
// Luxembourg English-language site, a Slovenian press agency's English service, a Maltese daily, a Cypriot
// English-language paper, a Portuguese news agency's English service, a Qatari and a Jordanian English-language daily,
// a Nepali English-language daily, a Mongolian English-language site, an Australian regional paper re-running a
// national wire story, a US Midwest paper's Washington correspondent) is HELD OUT the same way. Its figure before any
// tuning, on 7e060ca's extractor (as 12182d6's; reference scorer): F1 0.58 (P 0.55 R 0.61; tp 97 fp 78 fn 62; date
// 0.96, outlet 0.94). 100 optional gold claims, 16 of them on issue `other`.
// It was held out for three whole sessions (thirtieth to thirty-second): F1 0.59 (P 0.56 R 0.62; tp 98 fp 76 fn 61;
// date 0.96, outlet 0.94) on 369266e at its release; a tuning set since 2026-12-02 (thirty-third session).
// own-z (12 articles z01-z12, written and annotated blind the same day, in twelve more house styles: an Uzbek
// English-language outlet, an Azerbaijani wire's English service, a Moroccan English-language site, a Tunisian
// outlet's English page, a Kuwaiti and an Omani daily, a Peruvian English-language site, a Colombian paper's English
// edition, a Jamaican daily, a Fijian news site, a Welsh national news site, a Canadian regional paper re-running a
// Canadian Press story) is a TUNING set, released the day it was written, as T, V and X were. Its figure before any
// tuning, on 7e060ca's extractor (reference scorer): F1 0.62 (P 0.63 R 0.61; tp 113 fp 67 fn 71; date 0.93, outlet
// 0.91). 87 optional gold claims, 17 of them on issue `other`.
// own-aa (12 articles aa01-aa12, written and annotated blind 2026-12-02, thirty-first session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Kyrgyz English-language outlet, an
// Albanian English-language site, a Montenegrin outlet's English page, a North Macedonian news agency's English
// service, a Lebanese daily, an Iraqi Kurdish English-language site, an Algerian outlet's English page, a Tanzanian and
// a Zimbabwean daily, a Trinidad and Tobago daily, an Uruguayan English-language site, a Taiwanese English-language
// daily) is HELD OUT the same way. Its figure before any tuning, on ebee567's extractor (reference scorer): F1 0.55 (P
// 0.51 R 0.60; tp 88 fp 85 fn 59; date 0.85, outlet 0.94). 95 optional gold claims, 20 of them on issue `other`.
// It was held out for three whole sessions (thirty-first to thirty-third): F1 0.56 (P 0.52 R 0.61; tp 90 fp 82 fn 57;
// date 0.86, outlet 0.94) on c69fd4a at its release; a tuning set since 2026-12-03 (thirty-fourth session).
// own-ab (12 articles ab01-ab12, written and annotated blind the same day, in twelve more house styles: a Bosnian
// English-language site, a Swiss news agency's English service, a Tajik outlet's English page, an Iranian state
// outlet's English site, a Bahraini daily, a Senegalese site's English page, a Ugandan and a Namibian daily, a Barbadian
// daily, an Ecuadorian English-language site, a Cambodian English-language daily, an Alaskan local paper) is a TUNING
// set, released the day it was written, as T, V, X and Z were. Its figure before any tuning, on ebee567's extractor
// (reference scorer): F1 0.75 (P 0.75 R 0.76; tp 121 fp 40 fn 39; date 0.97, outlet 0.94). 79 optional gold claims, 22
// of them on issue `other`.
// own-ac (12 articles ac01-ac12, written and annotated blind 2026-12-02, thirty-second session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Mongolian English-language outlet, an
// Azerbaijani English-language site, a Belarusian exile outlet's English page, a Nepali, a Pakistani and a Kuwaiti
// daily, a Rwandan news site, a Zambian daily, a Fijian news site, a Maldivian outlet, an Uzbek outlet's English
// service, a Guyanese daily) is HELD OUT the same way. Its figure before any tuning, on fa0fb05's extractor
// (reference scorer): F1 0.60 (P 0.62 R 0.57; tp 101 fp 61 fn 76; date 0.93, outlet 0.85). 93 optional gold claims,
// 20 of them on issue `other`.
// It was held out for three whole sessions (thirty-second to thirty-fourth): F1 0.62 (P 0.66 R 0.58; tp 102 fp 52
// fn 75; date 0.96, outlet 0.94) on a9798f5 at its release; a tuning set since 2026-12-03 (thirty-fifth session).
// own-ad (12 articles ad01-ad12, written and annotated blind the same day, in twelve more house styles: a Singaporean
// daily, a Myanmar English-language outlet, a Bhutanese paper, a Liberian and a Malawian daily, a Cameroonian
// English-language paper, a Botswanan daily, a Bahamian paper, a Costa Rican English-language site, a Bolivian
// outlet's English page, a Papua New Guinea daily, a Montreal English-language paper) is a TUNING set, released the day
// it was written, as T, V, X, Z and AB were. Its figure before any tuning, on fa0fb05's extractor (reference scorer):
// F1 0.68 (P 0.69 R 0.68; tp 117 fp 52 fn 56; date 0.91, outlet 0.87). 123 optional gold claims, 29 of them on issue
// `other`.
// own-ae (12 articles ae01-ae12, written and annotated blind 2026-12-02, thirty-third session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Paraguayan English-language site, a
// Honduran daily's English page, a Panamanian paper's English page, a Lesotho daily, a Mozambican news agency's
// English service, an Ivorian news site, a Sierra Leonean daily, a Mauritian paper, a Somali news site, an Emirati
// English-language daily, an Afghan exile outlet's English page, a Bruneian paper) is HELD OUT the same way. Its figure
// before any tuning, on 0959b70's extractor (reference scorer): F1 0.60 (P 0.68 R 0.53; tp 109 fp 51 fn 96; date 0.94,
// outlet 0.97). 102 optional gold claims, 12 of them on issue `other`.
// It was held out for three whole sessions (thirty-third to thirty-fifth): F1 0.63 (P 0.73 R 0.56; tp 114 fp 43
// fn 91; date 0.95, outlet 0.96) on 76ea854 at its release; a tuning set since 2026-12-03 (thirty-sixth session).
// own-af (12 articles af01-af12, written and annotated blind 2026-12-02, thirty-third session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Guatemalan English-language site, a
// Dominican Republic paper, a Belizean weekly, an Angolan outlet's English page, a Gambian daily, a Seychellois paper,
// a Malagasy news site, a Djiboutian outlet, an Estonian public broadcaster's English news, a Hong Kong English-language
// daily, a Gibraltar paper, a Samoan news site) is a TUNING set, released the day it was written, as T, V, X, Z, AB and
// AD were. Its figure before any tuning, on 0959b70's extractor (reference scorer): F1 0.65 (P 0.67 R 0.63; tp 134 fp 65
// fn 80; date 0.90, outlet 0.89). 143 optional gold claims, 16 of them on issue `other`.
// own-ag (12 articles ag01-ag12, written and annotated blind 2026-12-03, before any extractor output was
// seen; all straight news in twelve house styles no set had used: a Lao television bulletin's English
// transcript, a Ghanaian shipping and trade weekly, a Ukrainian diaspora weekly in New Zealand, a Burundian regional
// radio station's web page, a Ugandan university student paper, a small New Zealand site rewriting AFP copy, a Tongan
// daily, a Sabah (Malaysia) evening paper, a Timor-Leste weekly, an Indian business weekly from Kerala, an Eswatini
// daily, a Solomon Islands news site) is HELD OUT the same way. Its figure before any tuning, on 72b1bd2's extractor
// (reference scorer): F1 0.57 (P 0.66 R 0.51; tp 87 fp 44 fn 85; date 0.91, outlet 0.95). 259 gold claims, 87 of them optional; 14 on issue `other` (10 of those optional).
// It was held out for three whole sessions (thirty-fourth to thirty-sixth): F1 0.57 (P 0.66 R 0.51; tp 87 fp 44
// fn 85; date 0.91, outlet 0.95) on bbc609f at its release; a tuning set since 2026-12-04 (thirty-seventh session).
// own-ah (12 articles ah01-ah12, written and annotated blind 2026-12-03, thirty-fourth session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Portuguese daily's English live blog
// with timestamped entries, a Bulgarian press agency's English feed of short items, a Yemeni paper, a Puerto Rican
// local paper re-running an AP story under its own top, an Iraqi daily, a Venezuelan paper's English edition, a
// Mexican business daily, a Northern Irish weekly news digest, a Monegasque explainer with a timeline of positions, a
// Chilean paper's English edition, a Cuban outlet's English edition, a Libyan paper) is a TUNING set, released the day
// it was written, as T, V, X, Z, AB, AD and AF were. Its figure before any tuning, on 72b1bd2's extractor (reference
// scorer): F1 0.51 (P 0.58 R 0.46; tp 79 fp 57 fn 94; date 0.87, outlet 0.85). 275 gold claims, 102 of them optional (11 of those on issue `other`); 23 on issue `other` in all.
// own-am (12 articles am01-am12, written and annotated blind 2026-12-04, thirty-eighth session, added without being
// read; all straight news in twelve house styles no set had used: an Åland Islands weekly's English page, a fertiliser trade newsletter with a demands list and a market-watch box, a Crimean Tatar diaspora outlet's English edition, a Basque daily's English page, a Surinamese paper carrying AFP, a Jersey evening paper, a Nunavut paper carrying Canadian Press, an Aruban daily with Reuters, a South Tyrol paper's English page, a Falklands weekly 'world this week' digest, a Sámi public broadcaster's English news, a St Helena paper compiling wire reports) is HELD OUT. Its figure before any
// tuning, on 180c674's extractor (reference scorer): F1 0.61 (P 0.70 R 0.55; tp 119 fp 52 fn 99; date 0.93, outlet
// 0.69). 351 gold lines, 133 of them optional; 19 on issue `other` (16 of those optional).
// It was held out for three whole sessions (thirty-eighth to fortieth): F1 0.63 (P 0.72 R 0.56; tp 123 fp 47 fn 95;
// date 0.92, outlet 0.69) on d4514f5 at its release; a tuning set since 2026-12-04 (forty-first session).
// own-ak (12 articles ak01-ak12, written and annotated blind 2026-12-04, thirty-seventh session, added at the
// thirty-eighth's start without being read; all straight news in twelve house styles no set had used: a Liechtenstein daily's English page, a Polish-American community weekly in Chicago, a Canadian farm newspaper's markets page, a Sudanese site re-running Reuters, a Bermuda daily, a Vanuatu daily re-running AFP, a European power-market newsletter, a Turkish Cypriot English paper, a Greenlandic site's English service, a Guernsey evening paper, a Cook Islands paper re-running AFP, a defence trade magazine) is
// HELD OUT. Its figure before any tuning, on dc6e612's extractor (reference scorer): F1 0.59 (P 0.65 R 0.55; tp 133
// fp 73 fn 109; date 0.92, outlet 0.98). 331 gold lines, 89 of them optional; 21 on issue `other` (12 of those optional).
// It was held out for three whole sessions (thirty-eighth to fortieth): F1 0.60 (P 0.66 R 0.55; tp 134 fp 69 fn 108;
// date 0.93, outlet 0.99) on d4514f5 at its release; a tuning set since 2026-12-04 (forty-first session). A helper's
// shell glob showed it one grain-deal gold line of ak03 in the fortieth session.
// own-al (12 articles al01-al12, written and annotated blind 2026-12-04, thirty-seventh session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Galician regional daily's English page,
// a Saint Lucian daily re-running Reuters, a Vanuatu paper with AFP, a Vienna think tank's weekly news digest, a Saipan
// paper with 'Quote:' blocks, a Greenlandic radio station's English bulletin as a timestamped transcript, a Kazakh
// Caspian regional paper, a Curaçao paper's English edition, a Cayman Islands business paper, a Bermuda paper, a
// Normandy regional paper's English page, a Bishkek policy centre's Eurasia digest) is a TUNING set, released the day it
// was written, as T, V, X, Z, AB, AD, AF, AH and AJ were. Its figure before any tuning, on a9b1915's extractor
// (reference scorer): F1 0.53 (P 0.55 R 0.51; tp 99 fp 81 fn 94; date 0.91, outlet 0.86). 299 gold claims, 106 of
// them optional; 15 on issue `other` (12 of those optional).
// own-ai (12 articles ai01-ai12, written and annotated blind 2026-12-03, thirty-fifth session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Kosovo broadcaster's web story built
// around a video transcript, a Cabo Verdean government news agency's English feed, a Palauan paper's 'World in Brief'
// column of short items, a Gabonese paper's morning briefing newsletter, a Nicaraguan exile news site's English edition
// carrying AFP copy, a student-run international-affairs site in Shillong (north-east India), a Marshall Islands paper
// re-running Reuters copy with a local paragraph, a Congolese (DRC) agency's WRAPUP combining four capitals, a Grenadian
// paper, a Turkmen state news agency's English feed, a Chadian paper's English service carrying AP copy, a Salvadoran
// paper's English edition) was HELD OUT for three whole sessions and released for tuning at the thirty-eighth session's
// start, 0.65 on 050366e (tp 82 fp 32 fn 57). Its figure before any tuning, on c42da56's extractor (reference
// scorer): F1 0.65 (P 0.72 R 0.59; tp 82 fp 32 fn 57; date 0.99, outlet 0.72). 237 gold claims, 98 of them optional; 11 on issue `other`.
// own-aj (12 articles aj01-aj12, written and annotated blind 2026-12-03, thirty-fifth session, before any extractor
// output was seen; all straight news in twelve house styles no set had used: a Faroese news site's English service, a
// Manx regional paper's foreign-news page, an ecumenical religious news service in Geneva, a Macau English-language
// daily, the English news of a Hiroshima broadcaster, an Ohio paper's print edition with jump lines ('Continued on
// A6'), the English site of a Korean television channel, an Andorran paper's English edition, a Dubai oil-market trade
// briefing, the English edition of a Miami Spanish-language broadcaster, an international-law news site, a Nordic wire's
// TIMELINE under a news top) is a TUNING set, released the day it was written, as T, V, X, Z, AB, AD, AF and AH were.
// Its figure before any tuning, on c42da56's extractor (reference scorer): F1 0.54 (P 0.55 R 0.53; tp 71 fp 58 fn 64;
// date 0.86, outlet 0.89). 262 gold claims, 127 of them optional
// (19 of those on issue `other`); 24 on issue `other` in all.
// The documents of the held-out sets: their predictions are never diffed or listed under another set either
// (the own sets read one folder of articles, which also holds the held-out sets' articles).
const heldOutDocs = heldOutDocsOf(root, readJsonl);

async function corpus(name, goldPath, paths, heldOut = false) {
  if (!wanted(name)) return;
  if (!existsSync(goldPath)) { console.log(`${name.padEnd(14)} (skipped: ${goldPath} not found)`); return; }
  const gold = readJsonl(goldPath);
  const all = await predictions(paths);
  // (Scored on every prediction; only a held-out set's own documents are kept out of what is shown.)
  // (And a set shows only its own documents: the own sets read one folder, so each would show every set's claims.)
  const docs = new Set(gold.map((g) => g.doc));
  const pred = heldOut ? all : all.filter((p) => !heldOutDocs.has(p.doc) && docs.has(p.doc));
  // (One file per checkout: two worktrees tuning at once must not diff against each other.)
  const last = join(tmpdir(), `parley-quality-${root.replace(/[^a-z0-9]+/gi, "_")}-${name}.json`);
  if (diff && !heldOut && existsSync(last)) {
    const before = new Set(JSON.parse(readFileSync(last, 'utf8'))), now = new Set(pred.map(key));
    for (const k of now) if (!before.has(k)) console.log(`  + ${k}`);
    for (const k of before) if (!now.has(k)) console.log(`  - ${k}`);
  }
  if (!heldOut) writeFileSync(last, JSON.stringify(pred.map(key)));
  const r = score(gold, all);
  const a = r.attributes;
  console.log(`${name.padEnd(14)} F1 ${f2(r.strict.f1)} (P ${f2(r.strict.precision)} R ${f2(r.strict.recall)}; tp ${r.strict.tp} fp ${r.strict.fp} fn ${r.strict.fn})  lenient ${f2(r.lenient.f1)}  party-issue ${f2(r.party_issue.f1)}  date ${f2(a.date)}  outlet ${f2(a.outlet)}  regions ${f2(a.regions_exact)}`);
  if (heldOut) return;
  if (args.includes('--dates') && (list === name || list === 'all')) {
    const d = scoreDetails(gold, pred);
    const { dayRange } = await import(dist('eval/score.js'));
    for (const [g, p] of d.strict.matches) {
      if (g.optional || !dayRange(g.date)) continue;
      const a = dayRange(g.date), b = dayRange(p.date);
      if (!(b && a[0] <= b[1] && b[0] <= a[1])) console.log(`    date  ${g.doc} ${g.actor} ${g.issue} gold ${JSON.stringify(g.date)} pred ${JSON.stringify(p.date)} “${String(p.quote).slice(0, 70)}”`);
    }
    const o = (x) => String(x ?? '').trim().toLowerCase().replace(/^the\s+/, '');
    for (const [g, p] of d.strict.matches) if (!g.optional && g.source?.outlet && o(g.source.outlet) !== o(p.source?.outlet)) console.log(`    outlet ${g.doc} gold ${g.source.outlet} pred ${p.source?.outlet} “${String(p.quote).slice(0, 60)}”`);
  } else if (list === name || list === 'all') {
    const d = scoreDetails(gold, pred);
    for (const g of d.gold.filter((x) => !x.optional && !d.strict.usedG.has(x._i))) console.log(`    missed ${g.doc} ${g.actor} ${[].concat(g.type).join('|')} ${g.issue} [${g._regions.join(',')}] “${String(g.quote ?? '').slice(0, 100)}”`);
    for (const p of d.preds.filter((x) => !d.strict.usedP.has(x._i))) console.log(`    extra  ${p.doc} ${p.actor} ${p.type} ${p.issue} [${p._regions.join(',')}] “${String(p.quote ?? '').slice(0, 100)}”`);
  }
}

function cases(file) { return parseCases(readFileSync(file, 'utf8'), file); }

function showCase(r, k) {
  const fmt = (e) => `${e.actor} ${[].concat(e.type).join('|')} ${e.issue}${e.regions?.length ? ` [${e.regions.join(',')}]` : ''}`;
  console.log(`  ✗ ${r.id}: ${k.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  for (const e of r.missed) console.log(`      missed ${fmt(e)}`);
  for (const c of r.extra) console.log(`      extra  ${fmt(c)}  “${c.quote.slice(0, 70)}”`);
}

const t0 = Date.now();
await corpus('dev', join(shared, 'corpus/dev/gold.jsonl'), [join(shared, 'corpus/dev/articles')]);
await corpus('own-a', join(root, 'test/fixtures/own-corpus/gold-a.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-b', join(root, 'test/fixtures/own-corpus/gold-b.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-c', join(root, 'test/fixtures/own-corpus/gold-c.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-d', join(root, 'test/fixtures/own-corpus/gold-d.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-e', join(root, 'test/fixtures/own-corpus/gold-e.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-f', join(root, 'test/fixtures/own-corpus/gold-f.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-g', join(root, 'test/fixtures/own-corpus/gold-g.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')]);
await corpus('own-h', join(root, 'test/fixtures/own-corpus/gold-h.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-h.jsonl'));
await corpus('own-i', join(root, 'test/fixtures/own-corpus/gold-i.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-i.jsonl'));
await corpus('own-j', join(root, 'test/fixtures/own-corpus/gold-j.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-j.jsonl'));
await corpus('own-k', join(root, 'test/fixtures/own-corpus/gold-k.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-k.jsonl'));
await corpus('own-l', join(root, 'test/fixtures/own-corpus/gold-l.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-l.jsonl'));
await corpus('own-m', join(root, 'test/fixtures/own-corpus/gold-m.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-m.jsonl'));
await corpus('own-n', join(root, 'test/fixtures/own-corpus/gold-n.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-n.jsonl'));
await corpus('own-o', join(root, 'test/fixtures/own-corpus/gold-o.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-o.jsonl'));
await corpus('own-p', join(root, 'test/fixtures/own-corpus/gold-p.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-p.jsonl'));
await corpus('own-q', join(root, 'test/fixtures/own-corpus/gold-q.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-q.jsonl'));
await corpus('own-r', join(root, 'test/fixtures/own-corpus/gold-r.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-r.jsonl'));
await corpus('own-s', join(root, 'test/fixtures/own-corpus/gold-s.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-s.jsonl'));
await corpus('own-t', join(root, 'test/fixtures/own-corpus/gold-t.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-t.jsonl'));
await corpus('own-u', join(root, 'test/fixtures/own-corpus/gold-u.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-u.jsonl'));
await corpus('own-v', join(root, 'test/fixtures/own-corpus/gold-v.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-v.jsonl'));
await corpus('own-w', join(root, 'test/fixtures/own-corpus/gold-w.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-w.jsonl'));
await corpus('own-x', join(root, 'test/fixtures/own-corpus/gold-x.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-x.jsonl'));
await corpus('own-y', join(root, 'test/fixtures/own-corpus/gold-y.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-y.jsonl'));
await corpus('own-z', join(root, 'test/fixtures/own-corpus/gold-z.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-z.jsonl'));
await corpus('own-aa', join(root, 'test/fixtures/own-corpus/gold-aa.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-aa.jsonl'));
await corpus('own-ab', join(root, 'test/fixtures/own-corpus/gold-ab.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ab.jsonl'));
await corpus('own-ac', join(root, 'test/fixtures/own-corpus/gold-ac.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ac.jsonl'));
await corpus('own-ad', join(root, 'test/fixtures/own-corpus/gold-ad.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ad.jsonl'));
await corpus('own-ae', join(root, 'test/fixtures/own-corpus/gold-ae.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ae.jsonl'));
await corpus('own-af', join(root, 'test/fixtures/own-corpus/gold-af.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-af.jsonl'));
await corpus('own-ag', join(root, 'test/fixtures/own-corpus/gold-ag.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ag.jsonl'));
await corpus('own-ah', join(root, 'test/fixtures/own-corpus/gold-ah.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ah.jsonl'));
await corpus('own-ai', join(root, 'test/fixtures/own-corpus/gold-ai.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ai.jsonl'));
await corpus('own-aj', join(root, 'test/fixtures/own-corpus/gold-aj.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-aj.jsonl'));
await corpus('own-al', join(root, 'test/fixtures/own-corpus/gold-al.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-al.jsonl'));
await corpus('own-ak', join(root, 'test/fixtures/own-corpus/gold-ak.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ak.jsonl'));
await corpus('own-am', join(root, 'test/fixtures/own-corpus/gold-am.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-am.jsonl'));
// own-an (12 articles an01-an12, written and annotated blind 2026-12-04, thirty-ninth session, added without being
// read; all straight news in twelve house styles no set had used: a Haitian paper's English page, a Togolese site carrying AFP, a Beninese daily's English edition, a San Marino paper's English page, a Mauritanian site's English edition, a Tahiti evening paper's English page, an Azores paper's English page, a Guam daily re-running AP, a Ukrainian-Canadian community weekly in Winnipeg, an Antigua and Barbuda daily re-running Reuters, a Canary Islands English-language weekly, a South Sudanese daily re-running Xinhua).
// Held out: scored only, never listed or diffed. Before any tuning, on 970cc2f's extractor (reference scorer): F1 0.56
// (P 0.65 R 0.49; tp 119 fp 65 fn 123; date 0.92, outlet 0.69). 358 gold lines, 116 of them optional; 14 on issue
// `other` (10 of those optional).
// It was held out for three whole sessions (fortieth to forty-second): F1 0.57 (P 0.66 R 0.50; tp 120 fp 62 fn 122;
// date 0.93, outlet 0.72) on c5b15f6 at its release; a tuning set since 2026-12-04 (forty-third session).
await corpus('own-an', join(root, 'test/fixtures/own-corpus/gold-an.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-an.jsonl'));
// own-ao (12 articles ao01-ao12, written and annotated blind 2026-12-04, fortieth session, added without being
// read; all straight news in twelve house styles no set had used: a Pohnpei weekly re-running AP, a Burkinabè daily's English edition, an aviation trade weekly, an Armenian-American community weekly in Watertown, a steel trade newsletter, a marine war-risk insurance weekly, a Manila Catholic weekly, a Belarusian state agency's English service, an Eritrean information ministry's English site, a Quebec daily in English translation, a Kiribati seafarers' union bulletin, a Flemish regional daily in English translation).
// Held out: scored only, never listed or diffed. Before any tuning, on 89ee5e5's extractor (reference scorer): F1 0.58
// (P 0.64 R 0.53; tp 103 fp 58 fn 90; date 0.89, outlet 0.86).
// 325 gold lines, 132 of them optional; 34 on issue `other` (27 of those optional).
// It was held out for three whole sessions (forty-first to forty-third): F1 0.60 (P 0.66 R 0.55; tp 107 fp 54 fn 86;
// date 0.90, outlet 0.99) on b68cb77 at its release; a tuning set since 2026-12-04 (forty-fourth session).
await corpus('own-ao', join(root, 'test/fixtures/own-corpus/gold-ao.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ao.jsonl'));
// own-ap (12 articles ap01-ap12, written and annotated blind 2026-12-04, forty-first session, added without being
// read; all straight news in twelve house styles no set had used: a Shetland weekly carrying Reuters, a Hawaii daily
// re-running AP, a Corsican daily's English edition, a Hungarian-minority weekly in Transcarpathia with an English
// page, a nuclear-industry trade newsletter, a sovereign-debt market newsletter, a St Kitts and Nevis paper re-running
// Reuters, a Malian daily's English edition, a Hokkaido daily's English page, a New Caledonian evening paper's English
// page, a Sarawak radio station's English web copy, a Cornish weekly's world page) was HELD OUT. Its figure before any
// tuning, on d4514f5's extractor (reference scorer): F1 0.63 (P 0.72 R 0.56; tp 119 fp 47 fn 93; date 0.94, outlet
// 0.97). 320 gold lines, 108 of them optional; 26 on issue `other` (12 of those optional; 11 on who runs the
// Zaporizhzhia plant).
// It was held out for three whole sessions (forty-second to forty-fourth): F1 0.64 (P 0.72 R 0.57; tp 121 fp 47 fn 91;
// date 0.94, outlet 0.98) on da11e5a at its release; a tuning set since 2026-12-04 (forty-fifth session).
await corpus('own-ap', join(root, 'test/fixtures/own-corpus/gold-ap.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ap.jsonl'));
// own-aq (12 articles aq01-aq12, written and annotated blind 2026-12-04, forty-second session, added without being
// read; all straight news in twelve house styles no set had used: a Sint Maarten daily re-running AP, a Dominica daily compiling Reuters, a Gagauz regional site's English page, a Comorian news site's English edition with AFP, a Sardinian daily's English page, a Danube inland-shipping trade bulletin, an Istanbul Armenian community weekly's English page, a Riga-based Russian exile outlet's English edition, a Frisian regional daily's English page, the English page of the Danish-minority daily in Flensburg, an Alsace regional daily's English page, a Réunion daily's English page) was HELD OUT.
// Its figure before any tuning, on 736cccb's extractor (reference scorer): F1 0.62 (P 0.72 R 0.54; tp 113 fp 45 fn 95;
// date 0.95, outlet 0.90). 288 gold lines, 80 of them optional; 9 on issue `other` (5 of those optional).
// It was held out for three whole sessions (forty-third to forty-fifth): F1 0.63 (P 0.73 R 0.56; tp 117 fp 44 fn 91;
// date 0.95, outlet 0.90) on ecb90ce at its release; a tuning set since 2026-12-05 (forty-sixth session).
await corpus('own-aq', join(root, 'test/fixtures/own-corpus/gold-aq.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-aq.jsonl'));
// own-ar (12 articles ar01-ar12, written and annotated blind 2026-12-04, forty-third session, added without being
// read; all straight news in twelve house styles no set had used: a Tuvalu paper's AFP rewrite, a Montserrat paper's Reuters rewrite, a Ramallah English-language paper with a numbered list, a St Vincent weekly, an Anguilla news site's AP copy with a 'Quote:' block, an LNG trade newsletter with a 'where the sides stand' section, a Turks and Caicos weekly's Reuters copy, a British Virgin Islands daily's AFP copy, a Svalbard English-language newsletter, a Nauru news site's AAP copy with 'the plan would…' passages, a Norfolk Island paper compiling Reuters and AFP, a Berlin English-language site) was HELD OUT.
// Its figure before any tuning, on c5b15f6's extractor (reference scorer): F1 0.74 (P 0.78 R 0.70; tp 148 fp 42 fn 64;
// date 0.92, outlet 0.86). 323 gold lines, 111 of them optional; 9 on issue `other` (5 of those optional).
// It was held out for three whole sessions (forty-fourth to forty-sixth): F1 0.74 (P 0.79 R 0.70; tp 149 fp 40 fn 63;
// date 0.92, outlet 0.87) on 014bb70 at its release; a tuning set since 2026-12-05 (forty-seventh session).
await corpus('own-ar', join(root, 'test/fixtures/own-corpus/gold-ar.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ar.jsonl'));
// own-as (12 articles as01-as12, written and annotated blind 2026-12-04, forty-fourth session, added without being
// read; all straight news in twelve house styles no set had used: an Orkney weekly carrying Reuters, a flour-milling trade weekly with a list of Russia's demands and a market-watch box, the English page of a Transnistrian paper in Tiraspol with 'Quote:' blocks, a Goa daily carrying PTI, a Guinean news site's English page carrying AFP, an Okinawa evening paper's English page carrying Kyodo, a critical-minerals trade newsletter with 'the plan would…' passages, a Kaliningrad outlet's English edition, a US Virgin Islands daily re-running AP, a Bornholm weekly's English page, a Greek-community weekly in Melbourne, a Messina daily's English page) was HELD OUT.
// Its figure before any tuning, on b68cb77's extractor (reference scorer): F1 0.61 (P 0.66 R 0.56; tp 116 fp 59 fn 91;
// date 0.96, outlet 0.97). 313 gold lines, 106 of them optional; 15 on issue `other` (10 of those optional).
// It was held out for three whole sessions (forty-fifth to forty-seventh): F1 0.62 (P 0.69 R 0.57; tp 118 fp 53 fn 89;
// date 0.96, outlet 0.97) on 80e936a at its release; a tuning set since 2026-12-05 (forty-eighth session).
await corpus('own-as', join(root, 'test/fixtures/own-corpus/gold-as.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-as.jsonl'));
// own-at (12 articles at01-at12, written and annotated blind 2026-12-04, forty-fifth session, added without being
// read; all straight news in twelve house styles no set had used: a Lofoten regional daily's English page, an Argentine
// grain exchange's market bulletin with a factbox, a Bali evening paper with a numbered list, a Tartu evening paper's
// English page built from 'Quote:' blocks, a Pune evening paper re-running AFP under a local top, a Swiss cantonal
// paper's English page, a reefer and dry-cargo shipping newsletter, a Ukrainian diaspora weekly in Ohio, a Masurian
// regional daily's English page with twin factboxes, an Alaskan Interior local paper, a Valais morning paper's English
// page with a numbered list of a plan's points, a Hebridean crofting weekly) was HELD OUT.
// Its figure before any tuning, on da11e5a's extractor (reference scorer): F1 0.57 (P 0.69 R 0.48; tp 109 fp 48 fn 116;
// date 0.99, outlet 0.99). 297 gold lines, 72 of them optional; 22 on issue `other` (7 of those optional).
// It was held out for three whole sessions (forty-sixth to forty-eighth): F1 0.57 (P 0.70 R 0.49; tp 110 fp 48 fn 115;
// date 0.99, outlet 0.99) on ebcb158 at its release; a tuning set since 2026-12-05 (forty-ninth session).
await corpus('own-at', join(root, 'test/fixtures/own-corpus/gold-at.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-at.jsonl'));
// own-au (12 articles au01-au12, written and annotated blind 2026-12-05, forty-sixth session, added without being
// read; all straight news in twelve house styles no set had used: a Sinop regional daily's English page, a Bristol
// Channel stevedores' members' circular with a bullet list of terms, a Makassar daily's English edition with a numbered
// list, an energy trade newsletter with MOSCOW / KYIV / THE OTHERS sections, an East African millers' weekly with
// 'Quote:' blocks, an Engadine community weekly's English page, a South Canterbury paper re-running Reuters under a local
// top, a Piraeus tanker newsletter with a bullet list of conditions, a Cappadocia paper's English page with a factbox for
// each side's memorandum, an upstate New York paper re-running AP under a local top, a Tasmanian regional paper with a
// plan's numbered points, a Fenland market-town weekly) was HELD OUT.
// Its figure before any tuning, on ecb90ce's extractor (reference scorer): F1 0.57 (P 0.67 R 0.50; tp 109 fp 54 fn 109;
// date 0.99, outlet 1.00). 290 gold lines, 72 of them optional; 30 on issue `other` (11 of those optional).
// It was held out for three whole sessions (forty-seventh to forty-ninth): F1 0.57 (P 0.65 R 0.50; tp 110 fp 59 fn 108;
// date 0.99, outlet 1.00) on c5ed31d at its release; a tuning set since 2026-12-05 (fiftieth session).
await corpus('own-au', join(root, 'test/fixtures/own-corpus/gold-au.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-au.jsonl'));
// own-av (12 articles av01-av12, written and annotated blind 2026-12-05, forty-eighth session, added without being
// read; all straight news in twelve house styles no set had used: a Turkish Black Sea regional daily's English page, a
// Chittagong grain and edible-oil importers' circular with a numbered list of the deal's terms, a Ukrainian community
// weekly in Brazil, an Australian goldfields paper re-running AFP under a local top, a Finnish regional paper's English
// page with 'Quote:' blocks, a Limpopo regional daily, a Thun lakeside paper's English page with two numbered lists side
// by side, a Constanta port agents' newsletter with a bullet list of demands, a Chernivtsi regional page comparing the two
// memoranda, a Kodiak local paper, a French border-town paper's factbox, a Brest radio bulletin's English transcript) was
// HELD OUT.
// Its figure before any tuning, on 80e936a's extractor (reference scorer): F1 0.58 (P 0.74 R 0.48; tp 115 fp 41 fn 125;
// date 0.98, outlet 0.95). 305 gold lines, 65 of them optional; 23 on issue `other` (11 of those optional).
// It was held out for three whole sessions (forty-eighth to fiftieth): F1 0.64 (P 0.75 R 0.55; tp 133 fp 44 fn 107;
// date 0.98, outlet 0.91) on 05006c3 at its release; a tuning set since 2026-12-05 (fifty-first session).
await corpus('own-av', join(root, 'test/fixtures/own-corpus/gold-av.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-av.jsonl'));
// own-aw (12 articles aw01-aw12, written and annotated blind 2026-12-05, forty-ninth session, added without being
// read; all straight news in twelve house styles no set had used: an Irish lakeside community weekly with a local top
// over Reuters copy, a Ukrainian diaspora weekly in Edmonton with a numbered list, an Egyptian bakers' guild newsletter,
// a Saudi regional daily's English page, a Ticino weekly's English page with a communique factbox, a Gulf expat weekly
// set out in 'Quote:' blocks, an Australian regional paper running AAP and Reuters copy, a Bursa daily's English page
// with the two memoranda side by side, a Kenai Peninsula local paper, a Nyon lakeside paper's English page with a
// plan's numbered points, a Brandenburg district paper's English page, a Portsmouth naval-community weekly) was HELD OUT.
// Its figure before any tuning, on ebcb158's extractor (reference scorer): F1 0.64 (P 0.73 R 0.57; tp 127 fp 47 fn 97;
// date 0.94, outlet 0.93). 273 gold lines, 49 of them optional; 19 on issue `other` (3 of those optional).
// It was held out for three whole sessions (forty-ninth to fifty-first): F1 0.64 (P 0.73 R 0.57; tp 128 fp 47 fn 96;
// date 0.95, outlet 0.93) on b73c699 at its release; a tuning set since 2026-12-05 (fifty-second session).
await corpus('own-aw', join(root, 'test/fixtures/own-corpus/gold-aw.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-aw.jsonl'));
// own-ax (12 articles ax01-ax12, written and annotated blind 2026-12-05, fiftieth session, added without being read;
// all straight news in twelve house styles no set had used: a Finnish lakeland daily's English page under a local top, a
// Tunis semolina millers' trade letter with a numbered list of the deal's terms, an Australian grain-belt paper
// re-running Reuters under a local top, a Hejaz daily's English page with a country-by-country factbox, a Swiss valley
// paper's English page with a numbered list of conditions, a Cebu evening paper running AFP, a Slavic community weekly in
// Pennsylvania with a 'quotes of the week' block, an Edirne border paper's English page in 'Quote:' blocks, an Alaskan
// valley local paper compiling Reuters and AP, a Ukrainian club's bulletin in Bradford with a plan's numbered points, a
// Rouen regional daily's English page in sections, a Japanese nuclear-town paper's English page) was HELD OUT.
// Its figure before any tuning, on c5ed31d's extractor (reference scorer): F1 0.62 (P 0.71 R 0.56; tp 123 fp 50 fn 98;
// date 0.96, outlet 0.78). 277 gold lines, 56 of them optional; 27 on issue `other` (6 of those optional).
// It was held out for three whole sessions (fiftieth to fifty-second): F1 0.64 (P 0.71 R 0.57; tp 127 fp 52 fn 94;
// date 0.96, outlet 0.76) on e0a27930 at its release; a tuning set since 2026-12-06 (fifty-third session).
await corpus('own-ax', join(root, 'test/fixtures/own-corpus/gold-ax.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ax.jsonl'));
// own-ay (12 articles ay01-ay12, written and annotated blind 2026-12-05, fifty-first session, added without being
// read; all straight news in twelve house styles no set had used: an Izmit Gulf daily's English page with section heads,
// a Ukrainian parish-hall weekly in Winnipeg with a numbered list of the ten points, a Duluth-Superior grain-elevator
// newsletter with a numbered list of Russia's conditions, a Yanbu industrial paper re-running AFP under a local top, a Zug
// business weekly's English page with two factboxes, a Sri Lankan hill-country daily in 'Quote:' blocks, a Rotterdam
// oilseed crushers' letter with a numbered list of the Kremlin's conditions, a Toronto community weekly with the
// memoranda's terms in lists, a Yukon local paper re-running Reuters under a local top, a Madurai evening paper's English
// edition with a factbox, a Plymouth dockyard weekly, a Walloon regional daily's English page with a 'What was agreed'
// list) was HELD OUT.
// Its figure before any tuning, on 05006c3's extractor (reference scorer): F1 0.60 (P 0.71 R 0.52; tp 133 fp 55 fn 123;
// date 0.96, outlet 0.98). 319 gold lines, 63 of them optional; 31 on issue `other` (11 of those optional).
// It was held out for three whole sessions (fifty-first to fifty-third): F1 0.62 (P 0.73 R 0.54; tp 137 fp 50 fn 119;
// date 0.96, outlet 0.99) on aac22a45 at its release; a tuning set since 2026-12-06 (fifty-fourth session).
await corpus('own-ay', join(root, 'test/fixtures/own-corpus/gold-ay.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ay.jsonl'));
// own-az (12 articles az01-az12, written and annotated blind 2026-12-05, fifty-second session, added without being
// read; all straight news in twelve house styles no set had used: a Gaziantep regional daily's English page, a Ludhiana
// flour millers' circular with headed sections and a bulleted summary of the deal, a Geelong Ukrainian community weekly
// with the peace formula's ten points as a numbered list, a Tabuk daily's English page with a Saudi Press Agency
// statement, a Swiss valley paper's English page with a factbox in bullets, a Puget Sound local paper re-running AFP
// under a local top, a Klaipeda evening paper's English page in 'Quote:' blocks, a Batumi English-language paper, a
// Juneau regional paper's four-day recap crediting Reuters, CNN and NBC, a Luxembourg custody and settlement trade
// letter, an Uckermark regional paper's English page, a Gozo radio bulletin's English transcript) was HELD OUT.
// Its figure before any tuning, on b73c699's extractor (reference scorer): F1 0.60 (P 0.70 R 0.52; tp 132 fp 57 fn 122;
// date 0.98, outlet 0.95). 296 gold lines, 42 of them optional; 16 on issue `other` (2 of those optional).
// It was held out for three whole sessions (fifty-second to fifty-fourth): F1 0.61 (P 0.70 R 0.53; tp 135 fp 57 fn 119;
// date 0.99, outlet 0.95) on cadb8409 at its release; a tuning set since 2026-12-06 (fifty-fifth session).
await corpus('own-az', join(root, 'test/fixtures/own-corpus/gold-az.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-az.jsonl'));
// own-ba (12 articles ba01-ba12, written and annotated blind 2026-12-06, fifty-third session, added without being
// read; all straight news in twelve house styles no set had used: a Valdivia radio station's English bulletin transcript,
// a Cluj-Napoca regional daily's English page with a bulleted list of Kyiv's proposals, a fish-feed makers' trade letter
// with a numbered list of Moscow's demands, a Ukrainian community weekly in Lisbon with the peace formula's numbered
// points, a Darwin local paper re-running Reuters under a local top, a Limpopo local paper re-running AFP, a hotel-industry
// trade letter with a bulleted summary of a communique, a Kochi paper for Gulf migrant workers in questions and answers,
// a Ukrainian refugee newsletter in Krakow setting two memoranda side by side, a Sao Paulo brokerage's numbered morning
// note, a commodity traders' letter with a bulleted list of a draft's terms, a Thessaloniki daily's English edition) was
// HELD OUT. Its figure before any tuning, on e0a27930's extractor (reference scorer): F1 0.75 (P 0.82 R 0.69; tp 115 fp 25
// fn 52; date 0.97, outlet 0.95). 257 gold lines, 90 of them optional (a larger share than earlier sets: its writer
// marked every line on issue `other` optional, 25 of them, and 65 borderline stances).
// It was held out for three whole sessions (fifty-third to fifty-fifth): F1 0.76 (P 0.82 R 0.71; tp 118 fp 26 fn 49;
// date 0.97, outlet 0.95) on 0a79857e at its release; a tuning set since 2026-12-06 (fifty-sixth session).
await corpus('own-ba', join(root, 'test/fixtures/own-corpus/gold-ba.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-ba.jsonl'));
// own-bb (12 articles bb01-bb12, written and annotated blind 2026-12-06, fifty-fourth session, added without being
// read; all straight news in twelve house styles no set had used: a Dunedin regional daily re-running AFP under a local
// top with a bulleted list of the Kremlin's conditions, a Douala radio bulletin's transcript with a spoken list, a
// maltsters' trade letter with a numbered list of Russia's conditions, a Ukrainian community weekly in Dublin with the
// peace formula's ten points in a factbox, an Ostrava evening paper's English page with two bulleted lists, a
// Pietermaritzburg provincial daily with the African mission's points bulleted, a Montana small-town weekly re-running AP
// under a local top, a Manila ship-manning agencies' newsletter with a numbered list of the Kremlin's conditions, a Novi
// Sad daily's English page under sub-headings, a McAllen Spanish-language weekly's English edition laid out day by day
// with Reuters and FT credits, a Carouge local paper's English page with the 28 points as a numbered list, a Channel
// Islands weekly's world page) was HELD OUT. Its figure before any tuning, on aac22a45's extractor (reference scorer):
// F1 0.63 (P 0.72 R 0.57; tp 121 fp 47 fn 93; date 0.96, outlet 0.98). 250 gold lines, 36 of them optional; 23 on
// issue `other` (3 of those optional; the reference scorer sets every prediction on `other` aside, so the 20 required
// ones are misses for any extractor).
// It was held out for three whole sessions (fifty-fourth to fifty-sixth): F1 0.63 (P 0.72 R 0.57; tp 121 fp 48 fn 93;
// date 0.96, outlet 0.98) on 72929dfc at its release; a tuning set since 2026-12-06 (fifty-seventh session).
await corpus('own-bb', join(root, 'test/fixtures/own-corpus/gold-bb.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bb.jsonl'));
// own-bc (12 articles bc01-bc12, written and annotated blind 2026-12-06, fifty-fifth session, added without being
// read; all straight news in twelve house styles no set had used: a Kajaani regional daily's English page with a border
// angle, a Giresun hazelnut exporters' trade letter with a bulleted list of Kyiv's Istanbul proposals, an Istanbul Strait
// pilots' circular with a numbered list of Russia's grain-deal conditions, a Ukrainian community fortnightly in Brno with
// AFP and Economist credits, a Saaremaa local paper re-running AFP under a local top with the communique in bullets, a
// Semey regional daily's English page, a Francistown radio bulletin's transcript with a correspondent two-way, a Taif
// regional daily's English page with the Jeddah statement in bullets, a rail-freight trade newsletter from Malaszewicze,
// a Nome local paper re-running AP under a local top, a Liepaja regional daily's English page with the 28 points as a
// numbered list, a Dubai events-and-venues trade letter with a background box) was HELD OUT. Its figure before any
// tuning, on cadb8409's extractor (reference scorer): F1 0.62 (P 0.64 R 0.60; tp 85 fp 47 fn 57; date 0.96, outlet
// 0.91). 177 gold lines, 35 of them optional; 18 on issue `other` (13 of those required: misses for any extractor, as
// the reference scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (fifty-fifth to fifty-seventh): F1 0.63 (P 0.65 R 0.61; tp 86 fp 46 fn 56;
// date 0.97, outlet 0.91) on 30a8d976 at its release; a tuning set since 2026-12-06 (fifty-eighth session).
await corpus('own-bc', join(root, 'test/fixtures/own-corpus/gold-bc.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bc.jsonl'));
// own-bd (12 articles bd01-bd12, written and annotated blind 2026-12-06, fifty-sixth session, added without being
// read; all straight news in twelve house styles no set had used: a Kecskemet regional radio station's English-hour
// bulletin transcript, an Alesund herring and mackerel exporters' trade newsletter with a bulleted list of Kyiv's
// Istanbul proposals, a Ukrainian community monthly in Adelaide with a numbered list of the grain deal's terms, an East
// Java daily's English page with the peace formula's ten points numbered, a Gqeberha evening paper with a local trade
// angle, a Guwahati tea brokers' weekly with China's twelve points numbered, a Kilkenny local paper re-running AFP under a
// local top, a Canberra community radio morning bulletin's transcript, a London marine war-risks underwriting note with
// the Kremlin's conditions in bullets, a Ukrainian community weekly in Sacramento with the memorandum's options in bullets
// and Reuters credits, a Gdansk regional evening daily's English page with a Polish-angle section, a Brussels
// defence-procurement trade letter with the 28-point draft and the European counter-text in bullets) was HELD OUT. Its
// figure before any tuning, on 0a79857e's extractor (reference scorer): F1 0.61 (P 0.67 R 0.56; tp 103 fp 51 fn 82;
// date 0.98, outlet 0.99). 230 gold lines, 45 of them optional; 8 on issue `other` (all required: misses for any
// extractor, as the reference scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (fifty-sixth to fifty-eighth): F1 0.62 (P 0.67 R 0.58; tp 107 fp 52 fn 78;
// date 0.98, outlet 0.99) on 265f292f at its release; a tuning set since 2026-12-06 (fifty-ninth session).
await corpus('own-bd', join(root, 'test/fixtures/own-corpus/gold-bd.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bd.jsonl'));
// own-be (12 articles be01-be12, written and annotated blind 2026-12-06, fifty-seventh session, added without being
// read; all straight news in twelve house styles no set had used: a Zanzibar radio station's English evening news
// transcript with presenter and correspondent parts, a Ukrainian community weekly in Tbilisi with a numbered list of
// Kyiv's Istanbul proposals, a Lahore poultry-feed trade newsletter with section heads and an "at a glance" box, a
// Penang daily's English world page summarising China's twelve points, a Bulawayo evening paper on the African mission
// with two anonymous diplomats, a Whanganui local paper re-running AP under a local top, a Tashkent daily's English page
// on the Riyadh talks, a Fujairah bunker traders' newsletter with the Kremlin's conditions in bullets, a Trieste daily's
// English page with the Russian memorandum's terms in bullets credited to RIA Novosti, a Reykjavik daily's English page
// with a quote carried over paragraphs, a Porto regional daily's English page with the 28-point draft numbered and
// credited to Axios, an Aarhus district-heating trade letter with a factbox) was HELD OUT. Its figure before any tuning,
// on 00c577ed's extractor (reference scorer): F1 0.69 (P 0.71 R 0.68; tp 104 fp 42 fn 50; date 0.97, outlet 0.81).
// 174 gold lines, 20 of them optional; 12 on issue `other` (10 of those required: misses for any extractor, as the
// reference scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (fifty-seventh to fifty-ninth): F1 0.70 (P 0.72 R 0.69; tp 106 fp 41 fn 48;
// date 0.97, outlet 0.81) on 2f853afb at its release; a tuning set since 2026-12-06 (sixtieth session).
await corpus('own-be', join(root, 'test/fixtures/own-corpus/gold-be.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-be.jsonl'));
// own-bf (12 articles bf01-bf12, written and annotated blind 2026-12-06, fifty-eighth session, added without being
// read; all straight news in twelve house styles no set had used: a Ukrainian community weekly in Melbourne with a
// bulleted list of Kyiv's Istanbul proposals, a Lille starch and sweetener trade newsletter with a numbered key-terms
// factbox on the grain deal, a Pontianak regional daily's English page with the ten-point formula numbered, a
// Lethbridge local paper re-running Canadian Press under a local top, a Saint-Louis (Senegal) regional paper's English
// page with the African mission's elements in bullets, a Konstanz regional radio English evening-news transcript, a
// Bordeaux regional daily's English page with a local charity top, a Leipzig electricity-trading desk note with section
// heads, a Vancouver Island local paper re-running Reuters under a local top, a Busan daily's English edition with
// subheaded sections, a Ukrainian community weekly in Manchester with the 28 points numbered, a Karachi evening paper
// with a port-trade angle) was HELD OUT. Its figure before any tuning, on 30a8d976's extractor (reference scorer): F1
// 0.65 (P 0.72 R 0.59; tp 107 fp 41 fn 75; date 0.96, outlet 0.88). 212 gold lines, 30 of them optional; 21 on issue
// `other` (19 of those required: misses for any extractor, as the reference scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (fifty-eighth to sixtieth): F1 0.65 (P 0.72 R 0.59; tp 107 fp 41 fn 75;
// date 0.96, outlet 0.88) on 3ddf50ed at its release; a tuning set since 2026-12-07 (sixty-first session).
await corpus('own-bf', join(root, 'test/fixtures/own-corpus/gold-bf.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bf.jsonl'));
// own-bg (12 articles bg01-bg12, written and annotated blind 2026-12-06, fifty-ninth session, added without being
// read; all straight news in twelve house styles no set had used: a Rijeka regional radio English noon bulletin
// transcript with presenter and correspondent, an Edinburgh Ukrainian community weekly with a bulleted list of Kyiv's
// Istanbul proposals, a Hamburg biodiesel-feedstock trade newsletter with a terms list, a Medan regional daily's English
// page with a numbered ten-point factbox, an Armidale local paper re-running AAP under a local wool-trade top, a
// Bloemfontein evening paper with Ramaphosa's proposals in bullets, a Biel watch-industry trade letter with Putin's
// conditions and the communique points in bullets, a Port Sudan regional daily's English page with the joint statement
// numbered, an Antalya regional daily's English page crediting RIA Novosti, a Vaasa regional daily's English page with
// Financial Times and Reuters credits, a Frankfurt law firm's sanctions client alert with a lettered list of provisions,
// a Hamilton (NZ) community radio morning news transcript) was HELD OUT. Its figure before any tuning, on 3825a2d2's
// extractor (reference scorer): F1 0.67 (P 0.77 R 0.59; tp 99 fp 30 fn 69; date 0.95, outlet 0.85). 202 gold lines,
// 34 of them optional; 22 on issue `other` (17 of those required: misses for any extractor, as the reference scorer sets
// every prediction on `other` aside).
// It was held out for three whole sessions (fifty-ninth to sixty-first): F1 0.67 (P 0.76 R 0.60; tp 100 fp 31 fn 68;
// date 0.95, outlet 0.85) on 26c08706 at its release; a tuning set since 2026-12-07 (sixty-second session).
await corpus('own-bg', join(root, 'test/fixtures/own-corpus/gold-bg.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bg.jsonl'));
// own-bh (12 articles bh01-bh12, written and annotated blind 2026-12-06, sixtieth session, added without being read;
// all straight news in twelve house styles no set had used: an Osijek regional radio English evening bulletin
// transcript, a Minneapolis Ukrainian community weekly with a local volunteer top, a Jakarta flour-milling and noodle
// trade letter with a key-terms factbox, a Kaohsiung daily's English page with China's twelve points numbered, a
// Brazzaville evening paper's English page with the African mission's points in bullets, a Castlemaine local paper
// re-running AP under a local top, a Plovdiv regional daily's English page on Putin's terms and the Burgenstock
// communique, a Rhodes radio English morning news transcript, a Denizli textile exporters' bulletin with a numbered
// list of demands, a Kristiansand regional daily's English page, a Gisborne local paper re-running Reuters with the
// plan's points listed, a Manama aluminium-market trade letter) was HELD OUT. Its figure before any tuning, on
// 0b6cb29d's extractor (reference scorer): F1 0.63 (P 0.67 R 0.59; tp 99 fp 48 fn 70; date 0.97, outlet 0.97). 203
// gold lines, 34 of them optional; 17 on issue `other` (all required: misses for any extractor, as the reference
// scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (sixtieth to sixty-second): F1 0.62 (P 0.67 R 0.59; tp 99 fp 49 fn 70;
// date 0.97, outlet 0.97) on 0dd39e96 at its release; a tuning set since 2026-12-07 (sixty-third session).
await corpus('own-bh', join(root, 'test/fixtures/own-corpus/gold-bh.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bh.jsonl'));
// own-bi (12 articles bi01-bi12, written and annotated blind 2026-12-07, sixty-first session, added without being read;
// all straight news in twelve house styles no set had used: a Linz regional daily's English page, a Philadelphia
// Ukrainian community weekly with a numbered list of Kyiv's Istanbul proposals, a Mersin citrus exporters' trade
// bulletin with a factbox, a Vientiane paper's English edition with China's twelve points in bullets, a Stellenbosch
// wine-export trade letter, a Kosice regional daily's English page with Putin's June 2024 conditions numbered, a
// Toowoomba cotton growers' newsletter, a Duluth local paper re-running AP under a local top, a Surat diamond traders'
// weekly with Reuters and CNN credits, a Tarragona regional daily's English page with the 28 points in bullets, a Paphos
// radio English news bulletin transcript, a Ploiesti oil refiners' trade letter) was HELD OUT. Its figure before any
// tuning, on 0d3d4ced's extractor (reference scorer): F1 0.70 (P 0.78 R 0.63; tp 102 fp 29 fn 59; date 0.99, outlet
// 0.95). 197 gold lines, 36 of them optional; 12 on issue `other` (11 of those required: misses for any extractor, as
// the reference scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (sixty-first to sixty-third): F1 0.72 (P 0.80 R 0.66; tp 106 fp 26 fn 55;
// date 0.99, outlet 0.95) on 530b2a6c at its release; a tuning set since 2026-12-07 (sixty-fourth session).
await corpus('own-bi', join(root, 'test/fixtures/own-corpus/gold-bi.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bi.jsonl'));
// own-bj (12 articles bj01-bj12, written and annotated blind 2026-12-07, sixty-second session, added without being
// read; all straight news in twelve house styles no set had used: a Bermuda regional daily, a Luxor regional daily's
// English edition, a Sibu (Sarawak) community weekly's Q&A explainer, a Réunion radio English evening bulletin script, a
// Ukrainian diaspora weekly in Curitiba, a Belize City news site's live blog, an Apia regional wire's rewrite of agency
// copy, a Figueres regional daily translated from Catalan, a Guwahati regional daily with a PTI dateline, a Jaffna
// regional daily's English edition, a Saint John (New Brunswick) daily with a Canadian Press dateline, an English-
// language weekly in Ponta Delgada) was HELD OUT. Its figure before any tuning, on 26c08706's extractor (reference
// scorer): F1 0.73 (P 0.76 R 0.70; tp 149 fp 48 fn 64; date 0.95, outlet 0.86). 268 gold lines, 55 of them optional;
// 18 on issue `other` (15 of those required: misses for any extractor, as the reference scorer sets every prediction on
// `other` aside). (The writer's gold named the publisher by the outlet's name alone; its outlet was set to the header's
// full outlet line, as in every other set, before scoring: 211 lines.)
// It was held out for three whole sessions (sixty-second to sixty-fourth): F1 0.73 (P 0.76 R 0.71; tp 151 fp 48 fn 62;
// date 0.95, outlet 0.86) on 5b6974eb at its release; a tuning set since 2026-12-07 (sixty-fifth session).
await corpus('own-bj', join(root, 'test/fixtures/own-corpus/gold-bj.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bj.jsonl'));
// own-bk (12 articles bk01-bk12, written and annotated blind 2026-12-07, sixty-third session, added without being
// read; all straight news in twelve house styles no set had used: a Mildura grain-market trade newsletter, a Broome
// community radio evening bulletin script, a Winnipeg Ukrainian community weekly, a Cork regional daily's live blog,
// a Thrissur evening daily's Q&A explainer, a Lublin regional daily translated from Polish, a Honolulu wire rewrite
// service compiling agency copy, a Yakima regional daily, a Frankfurt fixed-income morning newsletter, a Kisumu
// regional daily, a Sharjah English-language evening daily, a Macau business daily with bulleted sections) was HELD
// OUT. Its figure before any tuning, on 0dd39e96's extractor (reference scorer): F1 0.65 (P 0.77 R 0.57; tp 112 fp 33
// fn 86; date 0.95, outlet 0.96). 228 gold lines, 30 of them optional; 24 on issue `other` (23 of those required:
// misses for any extractor, as the reference scorer sets every prediction on `other` aside).
// It was held out for three whole sessions (sixty-third to sixty-fifth): F1 0.65 (P 0.77 R 0.56; tp 111 fp 33 fn 87;
// date 0.95, outlet 0.96) on 44ced48d at its release; a tuning set since 2026-12-07 (sixty-sixth session).
await corpus('own-bk', join(root, 'test/fixtures/own-corpus/gold-bk.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bk.jsonl'));
// own-bl (12 articles bl01-bl12, written and annotated blind 2026-12-07, sixty-fourth session, added without being
// read; all straight news in twelve house styles no set had used: a Sami community radio station's English bulletin
// script, a Georgian diaspora weekly in France, an Antwerp edible-oils market letter, an Argentine agency's English
// wire rewrite, a Tamale (northern Ghana) regional daily, a Taranaki news site's live blog, a Bautzen Sorbian daily
// translated, an Ulsan industrial daily's English edition, a Niigata evening paper translated from Japanese, a Spencer
// Gulf regional paper's Q&A explainer, a Catania daily's English weekly digest, a Cebu regional daily) was HELD OUT.
// Its figure before any tuning, on 530b2a6c's extractor (reference scorer): F1 0.78 (P 0.79 R 0.77; tp 141 fp 37 fn
// 43; date 0.97, outlet 0.98). 237 gold lines, 53 of them optional; 16 on issue `other`, all of them marked optional
// by this writer (the spec leaves `other` unscored; earlier writers left most of theirs required, where they are
// misses for any extractor), so its recall is not comparable line for line with the sets before it.
// It was held out for three whole sessions (sixty-fourth to sixty-sixth): F1 0.78 (P 0.79 R 0.77; tp 141 fp 37 fn 43;
// date 0.97, outlet 0.98) on 8e2172b8 at its release; a tuning set since 2026-12-07 (sixty-seventh session).
await corpus('own-bl', join(root, 'test/fixtures/own-corpus/gold-bl.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bl.jsonl'));
// own-bm (12 articles bm01-bm12, written and annotated blind 2026-12-07, sixty-fifth session, added without being
// read; all straight news in twelve house styles no set had used: an Orkney community radio bulletin script, a Iasi
// regional daily translated from Romanian, a marine war-risk insurance newsletter, a Lisbon Lusophone African diaspora
// weekly, a Naha weekly's Q&A explainer, a Corfu daily's live blog, a Port Blair agency rewrite desk, a Burgas regional
// daily's English edition, a Karaganda daily translated from Russian, a Midland (Texas) oil and gas newsletter, a
// Zeeland expat newsletter, a Katowice daily's English edition) was HELD OUT. Its figure before any tuning, on
// 5b6974eb's extractor (reference scorer): F1 0.66 (P 0.75 R 0.59; tp 119 fp 40 fn 82; date 0.96, outlet 0.87).
// 236 gold lines, 35 of them optional; 15 on issue `other` (14 of those required: misses for any extractor, as the
// reference scorer sets every prediction on `other` aside). Its lines carry `id` and `span` too (the spec's fields).
// It was held out for three whole sessions (sixty-fifth to sixty-seventh): F1 0.66 (P 0.74 R 0.60; tp 120 fp 42 fn 81;
// date 0.96, outlet 0.87) on 9b54f709 at its release; a tuning set since 2026-12-07 (sixty-eighth session).
await corpus('own-bm', join(root, 'test/fixtures/own-corpus/gold-bm.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bm.jsonl'));
// own-bn (12 articles bn01-bn12, written and annotated blind 2026-12-07, sixty-sixth session, added without being
// read; all straight news in twelve house styles no set had used: a Chernivtsi regional daily translated, an Andorra
// weekly's Q&A explainer, a Mindanao regional daily, a Bujumbura radio bulletin script, a Bermuda live blog, an
// offshore business wire's rewrite of agency copy, a Prague agricultural commodities letter, a Chicago Ukrainian
// diaspora weekly, a Pokhara weekend Q&A explainer, a Bolhrad minority weekly translated, a Brisbane regional daily, a
// Monaco private-banking newsletter) was HELD OUT. Its figure before any tuning, on 44ced48d's extractor (main
// 400a0e6a; reference scorer): F1 0.60 (P 0.71 R 0.53; tp 110 fp 46 fn 98; date 0.94, outlet 0.92). 241 gold lines,
// 33 of them optional; 26 on issue `other` (24 of those required: misses for any extractor, as the reference scorer
// sets every prediction on `other` aside). Its lines carry `id` and `span` too (the spec's fields).
// It was held out for three whole sessions (sixty-sixth to sixty-eighth): F1 0.65 (P 0.73 R 0.58; tp 120 fp 44 fn 88;
// date 0.94, outlet 0.85) on 3864214c at its release; a tuning set since 2026-12-08 (sixty-ninth session).
await corpus('own-bn', join(root, 'test/fixtures/own-corpus/gold-bn.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bn.jsonl'));
// own-bo (12 articles bo01-bo12, written and annotated blind 2026-12-07, sixty-seventh session, added without being
// read; all straight news in twelve house styles no set had used: a Duisburg steelworkers' works-council newsletter's
// English summary, a Kaunas evening paper's English page, a Kuwaiti business daily's wire digest page, a Rome lay
// Catholic association's newsletter, a Japanese prefectural daily's English digest, a Chernihiv regional TV website's
// evening-news transcript, a Colombo business daily's Davos column, an Alberta energy-services newsletter, a Danish
// parliamentary committee's unofficial English digest, a Maribor evening paper's English page, a Lima think tank's
// morning brief, a UAE port authority's news page; on episodes earlier sets used little: the peace formula at the
// G20, China's twelve points, Jeddah, the Zuppi mission, the IAEA's five principles, a UAE-mediated swap, Davos, the
// energy-strike pause, the Paris coalition summit, the shelved Budapest summit, the Witkoff-Kushner Moscow talks, the
// first Abu Dhabi trilateral) is HELD OUT. Its figure before any tuning, on 3199ee33's extractor (main 3199ee33;
// reference scorer): F1 0.60 (P 0.69 R 0.53; tp 74 fp 34 fn 65; date 0.84, outlet 0.95). 220 gold lines, 81 of them
// optional (more than any set before it: its recall rests on 139 required lines); 19 on issue `other` (8 of those
// required: misses for any extractor, as the reference scorer sets every prediction on `other` aside). Its lines carry
// `id` and `span` (spans added from the quotes when the set was added).
await corpus('own-bo', join(root, 'test/fixtures/own-corpus/gold-bo.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bo.jsonl'));
// own-bp (12 articles bp01-bp12, written and annotated blind 2026-12-07, sixty-eighth session, added without being
// read; all straight news in twelve house styles no set had used: a Turkish Black Sea nut-trade weekly's English
// edition, an Alberta teachers' federation bulletin, a Kenyan Anglican diocesan monthly, a Lisbon think tank's morning
// note, a Brazilian sports daily's politics page, a North Dakota farm weekly, a Western Australian mining weekly, a
// Greek-Australian community weekly's English section, a Milan bilateral chamber of commerce note, an Irish
// parliamentary newsletter, a Dubai business daily's wire digest, a Kyrgyz local TV station's website transcript; on
// moments earlier sets used little: the Antalya meeting, the annexation and Kyiv's no-talks decree, the Christmas 2022
// statements, the Copenhagen advisers' meeting, Putin's December 2023 Direct Line, the Kellogg plan, the Oval Office
// clash and the minerals deal, the Easter truce, the May 2025 ceasefire ultimatum and Istanbul offer, the Berlin round,
// the second Abu Dhabi round, Putin in Bishkek and the Miami round) is HELD OUT. Its figure before any tuning, on
// 610fbaa7's extractor (main 610fbaa7; reference scorer): F1 0.63 (P 0.73 R 0.55; tp 106 fp 40 fn 87; date 0.95,
// outlet 0.95). 243 gold lines, 50 of them optional; 12 on issue `other` (10 of those required: misses for any
// extractor, as the reference scorer sets every prediction on `other` aside); 63 lines carry two types. Its lines carry
// `id` and `span` (written by the writer from the quotes).
await corpus('own-bp', join(root, 'test/fixtures/own-corpus/gold-bp.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bp.jsonl'));
// own-bq (12 articles bq01-bq12, written and annotated blind 2026-12-08, sixty-ninth session, added without being
// read; all straight news in twelve house styles no set had used: a nuclear-safety association's circular, a Beirut
// consumer group's bread-price weekly, a Batam business-radio transcript, an Antibes yacht brokers' letter, a Parana
// coffee co-operative's bulletin, a Gyor automotive suppliers' weekly, a Halle free weekly's English page, an EU-affairs
// podcast transcript, a Guernsey parliamentary research brief, a Crimean Tatar association's newsletter in Romania, a
// Helsinki-Tallinn ferry's onboard news sheet, a Palm Beach bar association's e-newsletter; on moments earlier sets used
// little: the IAEA's proposed safety zone at Zaporizhzhia, Russia leaving and rejoining the grain deal, Prabowo's plan at
// Shangri-La, the Malta advisers' round, the Brazil-China six points, Orban's "peace mission", the Scholz-Putin call,
// the Trump-Putin call and Munich, the London summit of March 2025, the US "final offer" on Crimea, the third Istanbul
// round, Zelensky at Mar-a-Lago) is HELD OUT. Its figure before any tuning, on f7b70a3d's extractor (main f7b70a3d;
// reference scorer): F1 0.54 (P 0.66 R 0.46; tp 89 fp 45 fn 105; date 0.97, outlet 0.94). 222 gold lines, 28 of them
// optional; 29 on issue `other` (27 of those required: misses for any extractor, as the reference scorer sets every
// prediction on `other` aside); 10 lines carry two types. Its lines carry `id` and `span` (written by the writer).
await corpus('own-bq', join(root, 'test/fixtures/own-corpus/gold-bq.jsonl'), [join(root, 'test/fixtures/own-corpus/articles')], HELD_OUT_GOLD.includes('test/fixtures/own-corpus/gold-bq.jsonl'));
const heldOutSets = new Set(['early', 'late', 'third', 'fourth', 'fifth', 'sixth'].filter((x) => HELD_OUT_GOLD.includes(`test/fixtures/blind-raw/gold-${x}.jsonl`)));
for (const set of ['early', 'late', 'third', 'fourth', 'fifth', 'sixth']) {
  const goldPath = join(root, `test/fixtures/blind-raw/gold-${set}.jsonl`);
  if (!existsSync(goldPath)) continue;
  const docs = [...new Set(readJsonl(goldPath).map((g) => g.doc))];
  // (The third, fourth, fifth and sixth sets mix both folders of the raw corpus.)
  const paths = docs.flatMap((d) => ['early', 'late'].map((f) => join(shared, 'corpus/raw', f, `${d}.txt`))).filter((p) => existsSync(p));
  await corpus(`blind-${set}`, goldPath, paths, heldOutSets.has(set));
}

// Our English translations of the raw corpus's 16 non-English articles, annotated blind (2026-11-29). They stay
// outside the repository (real articles' text), next to the checkout: skipped where absent. Before any tuning
// on them: F1 0.42 (P 0.48 R 0.37; tp 26 fp 28 fn 45) on 190fd4b. A tuning set since.
const translated = join(root, '..', 'translated');
if (existsSync(join(translated, 'gold.jsonl'))) await corpus('translated', join(translated, 'gold.jsonl'), [join(translated, 'articles')]);

/** A set of one-sentence cases by family (constructions, the paraphrase battery): its score line, its families, and with
 * `--list NAME` (or a family's name, or `all`) the cases that fail. */
function caseSet(name, path) {
  if (!wanted(name)) return;
  const all = cases(path);
  const results = all.map((k) => runCase(k));
  const fam = scoreFamilies(results);
  console.log(`${name.padEnd(14)} ${fam.total.passed}/${fam.total.cases} cases pass; claims tp ${fam.total.tp} fn ${fam.total.fn} fp ${fam.total.fp}`);
  console.log('  ' + fam.families.map((f) => `${f.family} ${f.passed}/${f.cases}`).join('  '));
  results.forEach((r, i) => { if (!r.pass && (list === r.family || list === name || list === 'all')) showCase(r, all[i]); });
}

caseSet('constructions', join(root, 'test/fixtures/constructions/cases.jsonl'));

// The paraphrase battery (test/fixtures/paraphrase/battery.jsonl, 176 one-sentence items written blind on
// 2026-11-30, seventeenth session, mostly about other conflicts: six claim types in several verbs, nouns and
// shapes each, and 32 sentences that must give no claim). A measure of how general the rules are; its figure
// before any rule was written against it: see the commit that added it here.
caseSet('paraphrase', join(root, 'test/fixtures/paraphrase/battery.jsonl'));

// Paraphrase battery 3 (test/fixtures/paraphrase/battery-3.jsonl, 97 items written blind on 2026-12-01, nineteenth
// session, before its author read src/extract, src/annotate or src/discourse or ran the extractor on any of it; 83
// involve no Russian or Ukrainian party). A TUNING set of the shape battery 2 measures: 81 passages of two to four
// sentences in eight discourse families (speaker-carried, group-holder, document-holder, list-spread, stance-noun,
// reference-back, condition-split, credited-report, the last with outlet and count checked) and 16 that must give no
// claim. Its figure before any rule was written against it (main's extractor, 2026-12-01): 38/97 cases pass; claims
// tp 52 fn 81 fp 31, on 0dca50f (main at the time; adding the set changes no extractor code).
caseSet('paraphrase-3', join(root, 'test/fixtures/paraphrase/battery-3.jsonl'));

/** A HELD-OUT set of cases (scripts/held-out.mjs, HELD_OUT_CASES): one line only, cases passed and claims tp/fn/fp. No
 * family line, and no `--list` of any name (the set's, a family's or `all`) ever shows its cases, misses or extras:
 * its items are never read while writing rules, so that its figure stays a measure of wording no rule was tuned on. */
function heldOutCaseSet(name, path) {
  if (!wanted(name)) return;
  if (!existsSync(path)) { console.log(`${name.padEnd(14)} (skipped: ${path} not found)`); return; }
  const total = scoreFamilies(cases(path).map((k) => runCase(k))).total;
  console.log(`${name.padEnd(14)} ${total.passed}/${total.cases} cases pass; claims tp ${total.tp} fn ${total.fn} fp ${total.fp}  (held out: scored only)`);
}

// Paraphrase battery 2 (test/fixtures/paraphrase/battery-2.jsonl, 166 items written blind on 2026-11-30, eighteenth
// session, before any extractor output on them; 128 involve no Russian or Ukrainian party). Unlike battery 1, most
// items (130) are short passages of two to four sentences, since most errors on unseen articles lie across sentences:
// twelve families (a quote's speaker carried on, pronoun or group holders, plans as holders, lists, conditions, hope
// and expectation, evaluative verbs, preconditions, harmful-action threats, several parties in one claim, credited
// sources with outlet and count checked, a negation's scope) and 32 passages that must give no claim. HELD OUT: scored
// only. Its figure before any rule could be written against it: 75/166 cases pass; claims tp 98 fn 126 fp 56, on bf8f226
// (main at the time; adding the set changes no extractor code).
for (const f of HELD_OUT_CASES) heldOutCaseSet(f.name, join(root, f.path));

if (wanted('challenge')) {
const chal = cases(join(root, 'test/fixtures/challenge/cases.jsonl'));
const chalResults = chal.map((k) => runCase(k));
console.log(`challenge      ${chalResults.filter((r) => r.pass).length}/${chal.length} sentences of challenge.md give their expected claims`);
chalResults.forEach((r, i) => { if (!r.pass && (list === 'challenge' || list === 'all')) showCase(r, chal[i]); });
}

for (const set of ['dev', 'blind']) {
  if (!wanted(`plover-${set}`)) continue;
  const ks = cases(join(root, `test/fixtures/plover/${set}.jsonl`));
  const rs = ks.map((k) => runCase(k));
  const st = scoreStances(ks, rs);
  const ev = Object.entries(st.byEvent).map(([e, v]) => `${e} ${v.found}/${v.sentences}`).join('  ');
  console.log(`plover-${set.padEnd(6)} stances found ${st.stancesFound}/${st.stanceSentences} (${(100 * st.stancesFound / st.stanceSentences).toFixed(0)}%)  false alarms ${st.falseAlarms}/${st.quietSentences} (${(100 * st.falseAlarms / st.quietSentences).toFixed(0)}%)  claims matched ${st.claimsMatched}/${st.claims}  [${ev}]`);
  const name = set === 'dev' ? 'plover' : 'plover-blind';
  rs.forEach((r, i) => { if (!r.pass && (list === name || list === 'all')) showCase(r, ks[i]); });
}
// The date battery (test/fixtures/dates/battery.jsonl, scripts/date-battery.mjs; written 2026-12-01
// on other disputes, before any date code was changed: found 93/98, overlap 88/93, exact 81/93 on its first
// 93 cases with main's extractor of the day): dates only, its summary line here, `node scripts/date-battery.mjs --list` for the misses.
if (wanted('dates')) {
  const { execFileSync } = await import('node:child_process');
  console.log(execFileSync(process.execPath, [join(root, 'scripts/date-battery.mjs')], { encoding: 'utf8' }).split('\n')[0]);
}
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
