// A document after "in" frames the provisions of its clause as its authors' ("In the document, Ukraine would cede …",
// holder/under-document), but not when "in" follows a noun naming a part or the wording of a text: "some of the points
// in the document", "the language in the draft" put the document inside that noun phrase, and the sentence's stances
// stay their own speakers' (holder/in-document-part). Sentences written for this test, about several disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const CHINA = 'China published a peace plan on Friday. Zelensky said several clauses in the document did not suit Ukraine, and his government repeated that any plan must begin with the full withdrawal of Russian troops.';
const ALIYEV = 'Washington circulated a draft treaty to Armenia and Azerbaijan on Monday. Aliyev said the language in the document was acceptable, but his government insisted that Armenia must change its constitution first.';
const ABIY = 'Kenya presented a mediation plan for Ethiopia and Eritrea. Ethiopian Prime Minister Abiy Ahmed said many of the provisions in the draft were welcome, and his cabinet repeated that Eritrea must withdraw its troops from Badme.';

test('"the points in the document": the speakers\' stances, not the document authors\'', () => {
  assertIncludes([
    [CHINA, 'UKR DEMAND territory []'],
    [CHINA, 'UKR REJECT talks []'],
    [ALIYEV, 'AZE DEMAND governance []'],
    [ALIYEV, 'AZE ACCEPT talks []'],
    [ABIY, 'ETH DEMAND territory []'],
  ]);
  assertNone([CHINA], /^CHN (REJECT talks|PROPOSE territory|DEMAND territory)/);
  assertNone([ALIYEV], /^USA PROPOSE (governance|talks)/);
  assertNone([ABIY], /^KEN PROPOSE territory/);
});

test('"in" heading its clause: the document\'s provision', () => {
  assertIncludes([
    ['The United States circulated a draft agreement on Monday. In the document, Ukraine would cede the rest of Donetsk.', 'USA PROPOSE territory [UA-14]'],
    ['The United States circulated a draft agreement on Monday. Kyiv said that in the document, Ukraine would have to cede the rest of Donetsk.', 'USA PROPOSE territory [UA-14]'],
    ['Washington circulated a draft treaty to Armenia and Azerbaijan on Monday. Aliyev said that in the document, Armenia would have to change its constitution.', 'USA PROPOSE governance []'],
  ]);
});
