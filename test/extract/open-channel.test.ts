// A channel to the other side kept open, opened or reopened is the line of talks (issues.json talks frame: a channel
// noun within three words of a word of openness or of diplomatic contact). Sentences written for this test, on other
// disputes; a channel of television or a messaging app names nothing.
import { claimCases } from './helpers.js';

claimCases('a channel kept or opened to the other side is the talks', [
  { body: 'Switzerland was ready to keep every channel to Tehran open, the minister said.', want: ['CHE OFFER talks []'] },
  { body: 'Seoul called for the diplomatic channels with Pyongyang to be restored.', want: ['KOR DEMAND talks []'] },
  { body: 'Serbia proposed to reopen the channel of dialogue with Pristina.', want: ['SRB PROPOSE talks []'] },
  { body: 'Hungary urged the EU to open its own channel to Moscow.', want: ['HUN DEMAND talks []'] },
]);

claimCases('a channel of media or messages names no talks', [
  { body: 'Baku demanded that the French television channel be shut down.', want: ['AZE DEMAND other []'] },
  { body: 'Armenia offered to broadcast the ceremony on a public channel.', want: [] },
]);
