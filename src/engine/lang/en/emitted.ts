// One attribution as the English rules build it, with what later passes need.
import type { Candidate } from '../types.js';
import type { SourceInfo } from './classify.js';
import type { Cue } from './cues.js';

export interface Emitted {
  cand: Candidate;
  pos: number;
  info: SourceInfo;
  /** The cue that made it (absent for hedges and "Name:" lines). */
  cue?: Cue;
  /** Made by a noun of saying ("her warning that …"): a report of its own even inside another's claim. */
  noun?: boolean;
  /** The attribution this one is reported through. */
  via?: Emitted;
  /** A headline description ("New Poll") to resolve to a later source of this type. */
  forward?: string;
  /** A headline's bare noun ("mayor says", "union says"): the first later source whose words name it. */
  forwardHead?: string;
}
