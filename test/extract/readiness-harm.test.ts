// Readiness for a harmful step is a threat, not an offer (trigger/harmful-act): putting or placing sanctions on a
// party ("is prepared to put very strong banking sanctions and tariffs on Russia"), going on raising the pressure
// ("will keep increasing pressure on Moscow"). Putting a proposal forward, or an item on an agenda, harms no one.
// Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('readiness to put sanctions on a party, or to keep raising pressure, is a threat', [
  { body: 'The United States is prepared to put very strong banking sanctions and tariffs on Iran.', want: ['USA THREATEN sanctions []'] },
  { body: 'The European Union is ready to place new sanctions on Belarus.', want: ['EU THREATEN sanctions []'] },
  { body: 'The EU is prepared to put tough sanctions on Russian banks.', want: ['EU THREATEN sanctions []'] },
  { body: 'Washington is ready to put secondary tariffs on Indian oil purchases.', want: ['USA THREATEN sanctions []'] },
  { body: 'Britain said it would keep ramping up the pressure on Iran.', want: ['GBR THREATEN sanctions []'] },
  { body: 'Brussels said it will keep increasing pressure on Minsk, including through a new package of sanctions.', want: ['EU THREATEN sanctions []'] },
]);

claimCases('negatives: putting forward a proposal, an item on the agenda, an offer on the table', [
  { body: 'Washington is prepared to put forward a proposal on sanctions relief.', want: ['USA OFFER sanctions []'] },
  { body: 'Ankara is ready to put the issue of sanctions on the agenda of the summit.', want: ['TUR OFFER sanctions []'] },
  { body: 'Brussels is ready to put sanctions relief on the table.', want: ['EU OFFER sanctions []'] },
]);

test('going on raising aid or contacts threatens nothing', () => {
  assertNone(['Washington would keep increasing aid to Kyiv.', 'Ankara will keep increasing its contacts with both sides.'], ' THREATEN ');
});

claimCases('lessening the help given to another party is a threat; lessening force is a concession', [
  { body: 'Washington had signaled it could scale back intelligence sharing and weapons deliveries if Kyiv refused the plan.', want: ['USA THREATEN military_limits []', 'USA DEMAND other []'] },
  { body: 'Berlin could reduce military aid to Kyiv unless the reforms pass.', want: ['DEU THREATEN military_limits []'] },
  { body: 'Brussels warned it would curtail financial assistance to Belgrade.', want: ['EU THREATEN other []'] },
  { body: 'Israel could scale back strikes in Gaza if Hamas releases the hostages.', want: ['ISR OFFER ceasefire []', 'ISR DEMAND humanitarian []'] },
  { body: 'The US could reduce sanctions on Belarus.', want: ['USA OFFER sanctions []'] },
  { body: 'Moscow is ready to scale down its military activity near Kyiv.', want: ['RUS OFFER ceasefire []'] },
]);

// Halting an invasion, an aggression, an occupation or a blockade concedes, as halting strikes does
// (trigger/harmful-act 'cooperativeObjects').
claimCases('halting an invasion is an offer', [
  { body: 'The envoy said Eritrea was ready to halt its invasion along the current front line.', want: ['ERI OFFER ceasefire []'] },
  { body: 'Eritrea was ready to halt grain imports from Ethiopia.', want: ['ERI THREATEN sanctions []'] },
]);

// Having no plan or intention to take a harmful step is a reassurance about the war, no threat and no term of a
// settlement (trigger/harmful-act); having none to take a step of the settlement is still a refusal.
claimCases('no plans to attack is no threat', [
  { body: 'Lavrov said Serbia had no plans to attack Kosovo.', want: [] },
  { body: 'Aliyev said Azerbaijan had no intention of invading Armenia.', want: [] },
  { body: 'Vucic said Serbia had no plans to recognise Kosovo.', want: ['SRB REJECT recognition []'] },
]);

claimCases('stepping down is no stepping up', [
  { body: 'Pashinyan said he was ready to step down once the war was over.', want: ['ARM OFFER governance []'] },
  { body: 'Aliyev said Azerbaijan was ready to step up its attacks on the border.', want: ['AZE THREATEN ceasefire []'] },
]);

// Not obstructing another party's step under a modal lets it pass, an acceptance (candidate/modal
// 'obstructingVerbs'); not stopping the fighting is still a refusal.
claimCases('would not block is an acceptance', [
  { body: 'Hungary said it would not block Moldova\'s accession talks.', want: ['HUN ACCEPT other []'] },
  { body: 'Pashinyan said Armenia would not create obstacles to the talks in Abu Dhabi.', want: ['ARM ACCEPT talks []'] },
  { body: 'Serbia said it would not stop the fighting in the north.', want: ['SRB REJECT ceasefire []'] },
]);

// Keeping up the pressure, with no hostile act named, is economic and political pressure: sanctions.
claimCases('keeping up the pressure threatens sanctions', [
  { body: 'Macron said France would keep up the pressure on Serbia, including sanctions.', want: ['FRA THREATEN sanctions []'] },
  { body: 'Aliyev said Azerbaijan would keep up the attacks on the border.', want: ['AZE THREATEN ceasefire []'] },
]);
