/**
 * Analysis: events into assertions by holders, assertions into propositions, and the verdicts
 * on each (range, contest, corroboration, admissions against interest) under analysts' reviews.
 * Pure functions over data the store hands over; no I/O.
 * @module
 */
export { buildAssertions, UNKNOWN_HOLDER } from './assertions.js';
export {
  createPropositionGrouper,
  groupPropositions,
  placesCompatible,
  targetsCompatible,
  typeFamily,
  type PropositionGrouper,
} from './group-propositions.js';
export {
  figuresContested,
  judgeWith,
  latestReviews,
  rangeOf,
  summarizeReview,
  type LatestReviews,
} from './judge-proposition.js';
export { admissionMatcher, ADMISSION_RULES, type AdmissionRule } from './admissions.js';
export { holderGroups, UNKNOWN_GROUP } from './holder-group.js';
