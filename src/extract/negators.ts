// The words that deny a verb right before it or between it and its modal ("will not remain", "won't stay" cut into
// "won", "'" and "t", "never be maintained", "cannot take place"), shared by the candidate finders that check a denial
// word by word (persisting-penalty.ts, possible-meeting.ts, trigger/want-needs-act). The cue stage's own negation
// (trigger/negation) reads its words from rules.json with the cues.
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 't', 'cannot']);
