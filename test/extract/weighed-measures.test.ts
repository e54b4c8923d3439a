// Threats of economic measures voiced without a verb of threatening (candidate/weighed-measure): weighing sanctions
// aloud, pricing them against a refusal ("… or face tariffs"), or calling them the only choice left. Sentences
// written for this test, with other parties and places.
import { claimCases } from './helpers.js';

const threats = (c: { type: string }) => c.type === 'THREATEN';

claimCases('weighing, pricing or leaving no choice but a punitive measure threatens it', [
  { body: 'Trump said he was "strongly considering" large-scale banking sanctions on Iran.', want: ['USA THREATEN sanctions []'] },
  { body: 'The European Commission is weighing new sanctions on Belgrade over the violence in the north of Kosovo.', want: ['EU THREATEN sanctions []'] },
  { body: 'Trump gave Iran 50 days to reach a deal or face "very severe" tariffs of about 100 percent.', want: ['USA THREATEN sanctions []'] },
  { body: 'Serbia must recognise Kosovo or face sanctions, the EU said.', want: ['EU THREATEN sanctions []'] },
  { body: 'The White House told Azerbaijan to withdraw its troops or face sanctions.', want: ['USA THREATEN sanctions []'] },
  { body: 'Trump wrote that he would have "no other choice" than to put high levels of taxes, tariffs and sanctions on anything sold by Sudan.', want: ['USA THREATEN sanctions []'] },
], threats);

claimCases('relief, negation or a mere risk threatens nothing', [
  { body: 'The EU is considering lifting sanctions on Belgrade.', want: [] },
  { body: 'The European Commission is not considering new sanctions on Serbia.', want: [] },
  { body: 'Hungary said it was considering whether to join the sanctions.', want: [] },
  { body: 'Serbia could face sanctions, analysts said.', want: [] },
], threats);
