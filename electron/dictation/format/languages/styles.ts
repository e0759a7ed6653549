// How marks sit between words, shared by every language's table: what differs between
// languages is the characters (French puts a no-break space inside "\u202F?"), not the rules.

import type { TokenStyle } from '../tokens.js';

export const ENDS_SENTENCE: TokenStyle = { attachLeft: true, attachRight: false, capitalAfter: 'capitalise' };
export const INSIDE_SENTENCE: TokenStyle = { attachLeft: true, attachRight: false, capitalAfter: 'continue' };
export const OPENS: TokenStyle = { attachLeft: false, attachRight: true, capitalAfter: 'keep' };
export const CLOSES: TokenStyle = { attachLeft: true, attachRight: false, capitalAfter: 'keep' };
/** New line and new paragraph: no spaces around them, and the next word gets a capital
 *  (a line break in prose starts a list item, a greeting's body, an address line). */
export const BREAKS_LINE: TokenStyle = { attachLeft: true, attachRight: true, capitalAfter: 'capitalise' };
/** "@", "_", "/", a hyphen and "no space": no space on either side. */
export const JOINS: TokenStyle = { attachLeft: true, attachRight: true, capitalAfter: 'continue' };
/** "#", "$": a space before, none after ("#voskey"). */
export const PREFIXES: TokenStyle = { attachLeft: false, attachRight: true, capitalAfter: 'continue' };
/** A dash between words, "&", "+": a space each side. */
export const SPACED: TokenStyle = { attachLeft: false, attachRight: false, capitalAfter: 'continue' };
