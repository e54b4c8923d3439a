// Issue words outside the fixed phrases, as classes (issue 7, "Issue gate"): people held or handed over are
// prisoners, not land; air travel and seized aircraft are sanctions; the realities on the ground are the front
// (territory); a promise not to attack again and guaranteeing a truce line are security guarantees; an offered
// pledge is the offer's object. Sentences written for this test, with other parties than the fixtures.
import { claimCases } from './helpers.js';

claimCases('people held or handed over are humanitarian', [
  { body: 'Baku announced that it will hand over 32 Armenian servicemen next week.', want: ['AZE OFFER humanitarian []'] },
  { body: 'Seoul demanded that Pyongyang free the sailors seized from the trawler.', want: ['KOR DEMAND humanitarian []'] },
  { body: 'Israel wants Hamas to free the soldiers captured in October.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Belgrade would release the Kosovo journalists held in Nis, the Serbian president said.', want: ['SRB OFFER humanitarian []'] },
  // Handing over land or keys is no exchange of people.
  { body: 'Baku demanded that Yerevan hand over the villages near the border.', want: ['AZE DEMAND territory []'] },
  { body: 'The mayor said he would hand over the keys of the city hall on Monday.', want: [] },
]);

claimCases('air travel and seized aircraft are sanctions', [
  { body: 'Minsk demanded that Lithuania reopen its airspace to Belarusian airlines.', want: ['BLR DEMAND sanctions []'] },
  { body: "Tehran demanded that the seized aircraft of Iran Air be returned.", want: ['IRN DEMAND sanctions []'] },
  { body: 'Washington proposed an end to the overflight ban on Venezuelan carriers.', want: ['USA PROPOSE sanctions []'] },
]);

claimCases('the realities on the ground are about the land', [
  { body: 'Any settlement must reflect the realities on the ground, the Serbian foreign minister said.', want: ['SRB DEMAND territory []'] },
  { body: 'Baku insisted that the facts on the ground be taken into account in any deal.', want: ['AZE DEMAND territory []'] },
]);

claimCases('a promise not to attack again, guaranteeing a truce line', [
  { body: 'Pyongyang offered Seoul a legally binding pledge not to attack it again.', want: ['PRK OFFER security_guarantees []'] },
  { body: 'Yerevan demanded a written commitment not to invade Armenian land again.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'The French president pledged that Paris would help guarantee any truce line in Gaza.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'Ankara said it would police the demarcation line between Armenia and Azerbaijan.', want: ['TUR OFFER security_guarantees []'] },
  // A promise to stop shelling is a ceasefire; a pledge of money is no guarantee.
  { body: 'Baku offered a pledge to stop shelling Armenian villages for a week.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Norway offered a pledge of 50 million kroner to a football charity.', want: [] },
]);
