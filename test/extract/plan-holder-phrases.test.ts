// A plan's holder named in its own phrase, past what stood in the way: a leader's name before a government noun and a
// possessive is that government (discourse/leader-government), a long phrase keeps its determiner so that the plan heads
// its clause (discourse/documents), and a participle of reporting set off by commas after the plan is no trailing
// speaker (content/reported-apposition). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a leader\'s government holds its plan', [
  { body: "The Trump administration's 28-point peace plan would include an agreement to halt NATO expansion.", want: ['USA PROPOSE alliance []'] },
  { body: "The Netanyahu government's proposal, reported by two outlets this week, would include a 60-day truce and the release of all hostages.", want: ['ISR PROPOSE ceasefire []', 'ISR PROPOSE humanitarian []'] },
  { body: "The Vucic government's plan would see Serbian police withdraw from the north.", want: ['SRB PROPOSE territory []'] },
  { body: "The White House's 28-point peace plan would include an agreement to halt NATO expansion.", want: ['USA PROPOSE alliance []'] },
  { body: "The Egyptian proposal, first reported by Axios, would see the crossings reopen for aid convoys.", want: ['EGY PROPOSE humanitarian []'] },
  // Without a possessive the leader stays a person: the "it" of the clause is the party the call is made to.
  { body: 'The Biden administration encouraged Kyiv to signal that it was open to negotiations with Russia.', want: ['USA PROPOSE talks []'] },
  // A credit at the end of the sentence is still its speaker's.
  { body: 'Israel rejected the Egyptian proposal for a truce, reported by Al Jazeera.', want: ['ISR REJECT ceasefire []', 'EGY PROPOSE ceasefire []'] },
]);
