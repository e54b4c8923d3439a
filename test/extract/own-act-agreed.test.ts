// One party agreeing to do something itself offers its own act (claim/own-act-agreed, spec §2 OFFER); agreeing to
// a thing, agreeing together or with another party, and agreeing to accept are acceptances. Sentences written for
// this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('one party agreeing to an act of its own offers it', [
  {
    body: 'Serbia agreed to withdraw its police units from northern Kosovo.',
    want: ['SRB OFFER territory []'],
  },
  {
    body: 'Pakistan agreed to release the captured Indian pilot.',
    want: ['PAK OFFER humanitarian []'],
  },
  {
    body: 'Washington agreed to immediately lift its pause on military aid to Armenia.',
    want: ['USA OFFER military_limits []'],
  },
  // (A day between the cue and its "to".)
  {
    body: 'Aliyev agreed on Tuesday to halt shelling along the border for 30 days after a long call with Pashinyan.',
    want: ['AZE OFFER ceasefire []'],
  },
]);

claimCases('agreeing together, to a thing, or to accept stays an acceptance', [
  {
    body: 'Armenia and Azerbaijan agreed to exchange 32 prisoners of war.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Eritrea agreed to a truce along the border.',
    want: ['ERI ACCEPT ceasefire []'],
  },
  {
    body: 'India agreed to talks with Pakistan in Geneva.',
    want: ['IND ACCEPT talks []'],
  },
  {
    body: 'Kosovo agreed to accept the proposal for a ceasefire in the north.',
    want: ['XKX ACCEPT ceasefire []'],
  },
  // (A mutual act: each side hands over bodies; a joint body with the other side.)
  {
    body: 'Khartoum said it had agreed to hand over 40 bodies on each side.',
    want: ['SDN ACCEPT humanitarian []'],
  },
  // (An act on another's proposal.)
  {
    body: 'Belgrade agreed to work on the ceasefire along the lines of the European draft.',
    want: ['SRB ACCEPT ceasefire []'],
  },
]);

claimCases('agreeing to a fact or a negated agreement is no offer', [
  {
    body: 'Yerevan and Baku agreed that the situation on the border was serious.',
    want: [],
  },
  {
    body: 'Eritrea would not agree to withdraw its troops from the border town.',
    want: ['ERI REJECT territory []'],
  },
]);

// (claim/own-act-agreed 'attendVerbs': going to a meeting another called accepts the talks; sending troops stays an offer.)
claimCases('one party agreeing to go to a meeting accepts the talks', [
  {
    body: 'Pashinyan agreed to fly to Brussels for talks with Aliyev on Monday.',
    want: ['ARM ACCEPT talks []'],
  },
  {
    body: 'Vucic said he had agreed to go to Brussels for talks with Kurti.',
    want: ['SRB ACCEPT talks []'],
  },
  {
    body: 'Eritrea agreed to travel to Nairobi for a new round of negotiations.',
    want: ['ERI ACCEPT talks []'],
  },
  {
    body: 'Armenia agreed to send troops to the monitoring mission.',
    want: ['ARM OFFER security_guarantees []'],
  },
]);
