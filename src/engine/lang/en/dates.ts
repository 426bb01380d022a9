// Names of days and months, as lower-cased tokens ("Monday", "Sept."): a date
// next to a name or a verb is no part of the name ("Marsh on Monday said").
export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
export const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;

/** A day's or a month's name. */
export function isDateWord(lo: string): boolean {
  return WEEKDAY.test(lo) || MONTH.test(lo);
}
