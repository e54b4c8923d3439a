// A predicate's describer may stand far before it when the described thing is long or scare-quoted, and a foreign
// "military involvement" is a foreign military presence (issue 7, holders: holder/predicate-speaker; issue gate:
// security_guarantees terms). Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the describer of a long or scare-quoted subject holds the predicate', [
  { body: "Beijing called any Western 'military involvement' in post-war Taiwan unacceptable.", want: ['CHN REJECT security_guarantees []'] },
  { body: 'Tehran called any American "military presence" on the islands of the Persian Gulf unacceptable.', want: ['IRN REJECT security_guarantees []'] },
]);

claimCases('a foreign military involvement is a foreign military presence', [
  { body: 'Beijing called any Western military involvement in Taiwan unacceptable.', want: ['CHN REJECT security_guarantees []'] },
]);
