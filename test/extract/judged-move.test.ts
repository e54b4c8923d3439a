// A whole move judged as such — appraised by a copula's predicate or said not to be one — is refused or accepted as
// a whole, a stance on the talks (spec rule 9), even where its noun refers back to another party's stance on some
// other issue (content/judged-move). Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

const keepJudge = (actor: string) => (c: { actor: string }) => c.actor === actor;

claimCases('a move judged not in good faith or not a proposal is refused as a whole: talks', [
  { body: 'Aliyev demanded that Armenia hand over the villages near Tavush. Macron said the offer was "not made in good faith".', want: ['FRA REJECT talks []'] },
  { body: 'Khartoum demanded that the paramilitaries lift the siege of El Fasher. The African Union envoy said the proposal was "not a peace proposal".', want: ['AU REJECT talks []'] },
], (c) => c.actor === 'FRA' || c.actor === 'AU');

claimCases('a whole draft appraised is accepted or refused as a whole: talks', [
  { body: 'Belgrade proposed to lift the sanctions on Kosovo\'s exports. Kurti said the Serbian proposal was "propaganda".', want: ['XKX REJECT talks []'] },
], keepJudge('XKX'));

claimCases('a refusal of the referred stance itself keeps its issue', [
  { body: 'Aliyev demanded that Armenia hand over the villages near Tavush. Pashinyan rejected the demand.', want: ['ARM REJECT territory []'] },
], keepJudge('ARM'));
