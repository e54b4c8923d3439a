// Taking part in a process named just before is the talks (content/participation-act): "… and Serbian representatives
// should take part in it" after a peace summit, "Serbia should be represented there" after a conference, "Serbia
// would not attend" after a summit. A deontic one puts forward a format (PROPOSE). Not when what was named before is
// no process of talks, nor when the stance names its own object. Sentences written for this test, with other parties
// and places.
import { claimCases } from './helpers.js';

claimCases('taking part in a meeting named before is the talks', [
  { body: 'Kosovo was still preparing for a second peace summit, Kurti said, and Serbian representatives should take part in it.', want: ['XKX PROPOSE talks []'] },
  { body: 'Kurti said another conference would be held in June. "The president and I share the opinion that Serbia should be represented there," he said.', want: ['XKX PROPOSE talks []'] },
  { body: 'Baku said the next summit would be in Prague. Azerbaijan was ready to participate, Aliyev said.', want: ['AZE OFFER talks []'] },
]);

claimCases('taking part in anything else, or in an object it names, is not the talks', [
  { body: 'Minsk said the invasion had started. Belarus should take part in it, Lukashenko said.', want: [] },
  { body: 'Hungary said it would not take part in any war coalition.', want: [] },
  { body: 'The summit ended on Friday. Aliyev said Azerbaijan was ready to take part in the reconstruction of the region.', want: [] },
]);
