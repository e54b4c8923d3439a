// Saying the war will end with or when something happens names what the speaker's side requires (cues.json
// war-end-condition, DEMAND): own set AJ, "the war would end with the restoration of Ukraine's 1991 borders", "the
// war would end either when Russian soldiers left Ukraine or when Ukraine drove them out". Only with the war, the
// conflict or the fighting as subject, and an issue after it. Sentences written for this test, with other parties
// and places.
import { claimCases } from './helpers.js';

claimCases('the war ending with or when something happens demands it', [
  { body: 'Pashinyan said the conflict will end only when Azerbaijani troops leave Armenian territory.', want: ['ARM DEMAND territory []'] },
  { body: "Kurti said the war would end with the withdrawal of Serbian forces from Kosovo's territory.", want: ['XKX DEMAND territory []'] },
  { body: 'Podolyak said Kyiv would not negotiate on Russia\'s terms and that the war would end with the restoration of Ukraine\'s 1991 borders.', want: ['UKR REJECT talks []', 'UKR DEMAND territory []'] },
]);

claimCases('another subject, or no issue after it, is no demand', [
  { body: 'The summit will end with a press conference in Addis Ababa.', want: [] },
  { body: 'Putin said the war will end when Russia achieves its goals.', want: [] },
]);
