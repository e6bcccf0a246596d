/** The codes a code column of the contract may hold: statuses, methods, channels, kinds, levels. */
export const PAYMENT_METHODS = ["Transfer", "DirectDebit", "Card", "Cash", "Cheque"] as const;
export const INVOICE_STATUSES = ["Draft", "Issued", "PartiallyPaid", "Paid", "Overdue", "Cancelled"] as const;
export const PAYMENT_STATUSES = ["Received", "Pending", "Reversed", "Chargeback", "Failed"] as const;
export const INVESTIGATION_STATUSES = ["Open", "Resolved"] as const;
export const ORDER_STATUSES = ["Open", "Confirmed", "Shipped", "Delivered", "Cancelled"] as const;
export const QUOTE_STATUSES = ["Draft", "Sent", "Accepted", "Rejected", "Expired"] as const;
export const VISIT_STATUSES = ["Planned", "Done", "Cancelled"] as const;
export const CLIENT_STATUSES = ["Active", "Inactive", "Prospect"] as const;
export const REQUEST_CHANNELS = ["Email", "Phone", "Visit", "Web", "Letter"] as const;
export const REQUEST_KINDS = ["Request", "Complaint", "Question"] as const;
export const LEVELS = ["High", "Medium", "Low"] as const;
export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export const REQUEST_STATUSES = ["Open", "InProgress", "Resolved", "Closed"] as const;
export const MEETING_STATUSES = ["Planned", "Held", "Cancelled"] as const;
export const REMINDER_CHANNELS = ["Letter", "Email", "Phone"] as const;
/** how a campaign went out: a mailing list (sheet or CSV, for post or a mailing tool), .eml files, Outlook drafts */
export const CAMPAIGN_CHANNELS = ["List", "Email", "Outlook"] as const;
