/** A figure over fewer clients than this (a campaign's side, a region, a segment's answers) is said to be indicative only. */
export const FEW_CLIENTS = 5;
