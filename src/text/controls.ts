// Control characters in text that arrived from outside. A news text never means them; a terminal
// does: `ESC [2J` clears an operator's screen, `ESC ] 0;…BEL` retitles it, and the same bytes can
// hide or fake lines in logs. They are removed where documents enter the system (the sequence as a
// whole, so that no `[2J` is left behind); tab and line feed, which are text, stay.

/** ESC or C1 CSI sequences, OSC strings, other two-byte escapes; then any single control left. */
const SEQUENCES = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The text without terminal control sequences and control characters (tab and line feed kept). */
export function withoutControls(text: string): string {
  // Almost every text has none: one scan, and the text itself back.
  if (!ANY.test(text)) return text;
  // A removed sequence between two words leaves their two spaces: one is kept.
  return text.replace(SEQUENCES, '').replace(CONTROLS, '').replace(/ {2,}/g, ' ');
}
