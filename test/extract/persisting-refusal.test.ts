// A threat whose condition is the other side going on refusing something ("if Baku kept refusing a ceasefire") refers
// back to a demand already made: the sentence states the threat alone, no second DEMAND (claim/persisting-refusal).
// A plain condition, a negated one and a hostile act going on keep their demand (claim/if-condition).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a refusal going on refers back to a demand already made: the threat alone', [
  { body: 'The leaders of France and Germany said they would coordinate further sanctions on Azerbaijan if Baku kept refusing a ceasefire.', want: ['FRA THREATEN sanctions []', 'DEU THREATEN sanctions []'] },
  { body: 'Norway said it would back a new package of sanctions against Eritrea if Asmara continued to reject the truce.', want: ['NOR THREATEN sanctions []'] },
  { body: "Washington said it would impose new tariffs on Sudan's army if the generals kept rejecting a ceasefire.", want: ['USA THREATEN sanctions []'] },
  { body: 'Kosovo warned it would suspend the talks if Serbia still refused to recognise its independence.', want: ['XKX THREATEN talks []'] },
]);

claimCases('a plain, negated or hostile condition still states its demand', [
  { body: 'The EU warned it would freeze accession funds for Serbia if Belgrade rejected the talks with Pristina.', want: ['EU THREATEN alliance []', 'EU DEMAND talks []'] },
  { body: 'The leaders of France and Germany said they would coordinate further sanctions on Azerbaijan if Baku did not accept a ceasefire.', want: ['FRA THREATEN sanctions []', 'DEU THREATEN sanctions []', 'FRA DEMAND ceasefire []', 'DEU DEMAND ceasefire []'] },
  { body: 'The EU warned it would impose new sanctions on Eritrea if Asmara kept shelling the border towns.', want: ['EU THREATEN sanctions []', 'EU DEMAND ceasefire []'] },
  { body: "Washington said it would impose new tariffs on Sudan's army if the generals continued to block aid convoys.", want: ['USA THREATEN sanctions []', 'USA DEMAND humanitarian []'] },
]);
