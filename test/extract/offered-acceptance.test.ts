// Which type a found stance takes when its frame inverts the cue's own type. Sentences written for this test,
// with other parties and places.
import { claimCases } from './helpers.js';

// Readiness to agree to a thing no one's proposal is named for, and accepting a status of one's own, offer it
// (content/offered-acceptance; spec §2: OFFER "willing to, ready to"; ACCEPT agrees to another's proposal).
claimCases('agreeing out of readiness or to a status of one\'s own offers', [
  { body: 'Baku is ready to agree to a ceasefire, Aliyev said.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Khartoum was ready to agree to a short humanitarian pause of some days, the minister said.', want: ['SDN OFFER ceasefire []'] },
  { body: 'Eritrea is willing to agree to a prisoner exchange, officials said.', want: ['ERI OFFER humanitarian []'] },
  // (Accepting presupposes something put forward: "ready to accept a truce" stays an acceptance.)
  { body: 'Eritrea is willing to accept a prisoner exchange, officials said.', want: ['ERI ACCEPT humanitarian []'] },
  { body: 'Belgrade would accept neutrality, Vucic said.', want: ['SRB OFFER alliance []'] },
  { body: 'Yerevan said it could accept limits on its army.', want: ['ARM OFFER military_limits []'] },
  // (Another's proposal or terms named: an acceptance.)
  { body: 'Baku is ready to accept the EU proposal for a truce, Aliyev said.', want: ['AZE ACCEPT ceasefire []', 'EU PROPOSE ceasefire []'] },
  { body: "Yerevan would accept Baku's terms, Pashinyan said.", want: ['ARM ACCEPT talks []'] },
]);

// Preparing a force or a mission offers it (cue preparing-force); not preparing to act, nor an offensive.
claimCases('preparing a force offers it', [
  { body: 'Ankara is preparing a monitoring mission for the line, the minister said.', want: ['TUR OFFER security_guarantees []'] },
  { body: 'Britain and France are preparing a reassurance force for Armenia.', want: ['GBR OFFER security_guarantees []', 'FRA OFFER security_guarantees []'] },
  { body: 'Russia is preparing a new offensive in the east.', want: [] },
  { body: 'Baku was preparing to annex the villages.', want: [] },
]);

// A call's infinitive after its addressee's title and phrases of place and time is what the call demands
// (sentence/addressee-adjuncts), not the caller's own acceptance.
claimCases('a call reaches its infinitive past the addressee\'s adjuncts', [
  { body: 'Washington urged Serbian President Aleksandar Vucic in Belgrade on Monday to accept a ceasefire.', want: ['USA DEMAND ceasefire []'] },
  {
    body: "Aliyev had pressed Armenian Prime Minister Nikol Pashinyan at the summit on Friday to accept Baku's terms and hand over the villages.",
    want: ['AZE DEMAND talks []', 'AZE DEMAND territory []'],
  },
]);
